/** Team-level rights a company manager grants to a team manager (docs/architecture.md, "Team-manager rights"). */
export const TEAM_MANAGER_RIGHTS = [
  "addDeleteSubTeams",
  "addDeleteAgents",
  "editAgentNameLogin",
  "editAgentPassword",
  "scheduleReports",
  "monthlyReports",
  "sessionReplay",
  "exportSessionReplay",
  "setAutoResponses",
  "cancelRequests",
  "logOutAgents",
  "supervisorViewing",
  "simultaneousSessions",
  "disallowPortalReports",
  "manageBusinessHours",
  "viewAuditLog",
] as const;

export type TeamManagerRight = (typeof TEAM_MANAGER_RIGHTS)[number];

export function isTeamManagerRight(value: unknown): value is TeamManagerRight {
  return typeof value === "string" && (TEAM_MANAGER_RIGHTS as readonly string[]).includes(value);
}

/** Parses the stored JSON list, dropping anything unknown. */
export function parseRights(json: string): TeamManagerRight[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter(isTeamManagerRight) : [];
  } catch {
    return [];
  }
}
