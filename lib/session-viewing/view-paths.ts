/** Where Schließen leads when the page was not given a way back: the dashboard with its monitors. */
export const SESSION_VIEW_BACK = "/manager/dashboard";

/** The Sitzungseinsicht of a session, with the way back if it is not the default one. */
export function sessionViewPath(sessionId: string, back?: string): string {
  const path = `/manager/sessions/${encodeURIComponent(sessionId)}/view`;
  return back && back !== SESSION_VIEW_BACK ? `${path}?back=${encodeURIComponent(back)}` : path;
}
