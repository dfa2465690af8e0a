import type { Prisma } from "@/lib/db/client";
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

/** Declined offers: by agents of the scope (and the filters). */
export function declinedWhere(scope: ReportScope, filters: ReportFilters): Prisma.ActivityEventWhereInput {
  return { AND: ownerConditions(scope, filters) };
}

/**
 * Requests before a team has them: per sub-portal. Null where the viewer has no portal figures —
 * an agent, a team manager whose rights keep them away — and where the report is narrowed to a
 * team or an agent (a request that nobody took belongs to neither).
 */
export function portalFigureWhere(scope: ReportScope, filters: ReportFilters): Prisma.ActivityEventWhereInput | null {
  if (scope.kind === "agent" || filters.teamIds || filters.agentId) return null;
  if (scope.kind === "teams" && !scope.portalFigures) return null;
  const conditions: Prisma.ActivityEventWhereInput[] = [];
  if (scope.kind === "teams") conditions.push({ subPortalId: { in: [...scope.portalFigures!.subPortalIds] } });
  if (filters.subPortalIds) conditions.push({ subPortalId: { in: [...filters.subPortalIds] } });
  return { AND: conditions };
}
