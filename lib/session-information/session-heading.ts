/**
 * The columns that name a support session wherever it is listed or shown (session information, the
 * session details report, Sitzungseinsicht): its number, where the request came in, who took it, when.
 */
export const sessionHeadingSelect = {
  id: true,
  number: true,
  startedAt: true,
  endedAt: true,
  portalName: true,
  subPortalName: true,
  teamName: true,
  agentName: true,
} as const;

/** What sessionHeadingSelect reads, but `endedAt`: null while a session runs, so each view types it. */
export type SessionHeading = {
  id: string;
  number: string;
  portalName: string;
  subPortalName: string;
  teamName: string;
  agentName: string;
  startedAt: Date;
};

/** The heading fields of a session row read with sessionHeadingSelect (or more). */
export function sessionHeadingOf(session: SessionHeading): SessionHeading {
  const { id, number, portalName, subPortalName, teamName, agentName, startedAt } = session;
  return { id, number, portalName, subPortalName, teamName, agentName, startedAt };
}
