import "server-only";
import { db } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { agentTeamFilter } from "@/lib/access/management-scope";
import { FILTERS, type MonitorKind } from "./monitor-kinds";
import { dashboardScope, watchablePortalIds } from "./monitors";

type Choice = { id: string; label: string };

/** What a monitor of this kind may watch, for its settings form: only what the manager manages. */
export async function monitorSettingsChoices(
  actor: Principal,
  kind: MonitorKind,
): Promise<{ teams?: Choice[]; portals?: Choice[]; agents?: Choice[] }> {
  const scope = await dashboardScope(actor);
  const offered = FILTERS[kind];
  const result: { teams?: Choice[]; portals?: Choice[]; agents?: Choice[] } = {};
  if (offered.includes("teams")) {
    const roots =
      scope.kind === "company"
        ? scope.forest.children(null)
        : [...scope.rootTeamIds].map((id) => scope.forest.get(id)!).filter(Boolean);
    result.teams = roots.flatMap((root) =>
      scope.forest.subtree(root.id).map((team) => ({
        id: team.id,
        label: scope.forest
          .chain(team.id)
          .reverse()
          .map((t) => t.name)
          .join(" › "),
      })),
    );
  }
  if (offered.includes("portals")) {
    const ids = await watchablePortalIds(scope);
    const portals = await db.portal.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    });
    result.portals = portals.map((p) => ({ id: p.id, label: p.name }));
  }
  if (offered.includes("agents")) {
    const teams = agentTeamFilter(scope);
    const agents = await db.agentProfile.findMany({
      where: teams ? { teamId: { in: teams } } : {},
      select: { userId: true, firstName: true, lastName: true },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      take: 1000,
    });
    result.agents = agents.map((a) => ({ id: a.userId, label: `${a.lastName}, ${a.firstName}` }));
  }
  return result;
}
