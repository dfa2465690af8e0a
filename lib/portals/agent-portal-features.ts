import "server-only";
import { db } from "@/lib/db/client";
import { managementScope, managesTeam } from "@/lib/access/management-scope";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { loadFeatureInputs } from "@/lib/features/feature-inputs";
import { resolveAllFeatures } from "@/lib/features/resolve-feature";

/** The agent page's matrix: for every portal the agent reaches through their team, each feature's value and why. */
export async function agentPortalFeatures(actor: Principal, agentId: string) {
  const scope = await managementScope(actor);
  const agent = await db.agentProfile.findUnique({
    where: { userId: agentId },
    select: { teamId: true, functions: true },
  });
  if (!agent || !managesTeam(scope, agent.teamId)) throw new NotFoundError("agent");
  if (!agent.teamId) return [];
  const [subPortals, inputsOf] = await Promise.all([
    db.subPortal.findMany({
      where: { deletedAt: null, portal: { deletedAt: null }, teams: { some: { teamId: agent.teamId } } },
      orderBy: [{ portal: { name: "asc" } }, { createdAt: "asc" }],
      select: { name: true, portal: { select: { id: true, name: true, features: true } } },
    }),
    loadFeatureInputs([agent], scope.forest),
  ]);
  const byPortal = new Map<
    string,
    { portalId: string; portalName: string; subPortals: string[]; features: ReturnType<typeof resolveAllFeatures> }
  >();
  for (const s of subPortals) {
    const entry = byPortal.get(s.portal.id);
    if (entry) {
      entry.subPortals.push(s.name);
      continue;
    }
    byPortal.set(s.portal.id, {
      portalId: s.portal.id,
      portalName: s.portal.name,
      subPortals: [s.name],
      features: resolveAllFeatures(inputsOf(s.portal, agent)),
    });
  }
  return [...byPortal.values()];
}
