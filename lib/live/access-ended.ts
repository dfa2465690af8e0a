/**
 * The last event of a stream whose reader may no longer read (signed out elsewhere, deactivated,
 * the portal or session gone). The server sends it before closing, so the browser does not
 * reconnect into a refusal: the page stops listening and renders anew, which shows the reader what
 * they may see now (the sign-in page, or that the session is over).
 */
export const ACCESS_ENDED_EVENT = "access-ended";
