import type { ReportFilters } from "./report-filters";
import type { ReportScope } from "./report-scope";

/**
 * The conditions a viewer's scope and a report's filters put on rows that carry a team, an agent and
 * a sub-portal (sessions and activity events alike): each one narrows, none widens.
 */
export function ownerConditions(
  scope: ReportScope,
  filters: ReportFilters,
): ({ teamId: { in: string[] } } | { agentId: string } | { subPortalId: { in: string[] } })[] {
  return [
    ...(scope.kind === "teams" ? [{ teamId: { in: [...scope.teamIds] } }] : []),
    ...(scope.kind === "agent" ? [{ agentId: scope.agentId }] : []),
    ...(filters.subPortalIds ? [{ subPortalId: { in: [...filters.subPortalIds] } }] : []),
    ...(filters.teamIds ? [{ teamId: { in: [...filters.teamIds] } }] : []),
    ...(filters.agentId ? [{ agentId: filters.agentId }] : []),
  ];
}
