import "server-only";
import { db } from "@/lib/db/client";
import { readAccountGrants } from "@/lib/admin/account-grants";
import { loadForest } from "@/lib/access/management-scope";
import { parseFunctionSettings } from "@/lib/agent-functions/catalog";
import { type FeatureDecider, resolveFeature } from "@/lib/features/resolve-feature";
import {
  AGENT_FUNCTION_OF_FEATURE,
  PORTAL_FEATURES,
  type PortalFeature,
  portalFeaturesOf,
} from "@/lib/portals/portal-features";
import { teamLevels } from "@/lib/teams/teams";

/** Like `ResolvedFeature`, plus: the session's agent was deleted, so no agent level can allow it. */
export type SessionFeature = { on: boolean; decidedBy: FeatureDecider | { level: "agentDeleted" } };

export type SessionFeatures = Record<PortalFeature, SessionFeature>;

/**
 * What the session may use right now: every portal feature resolved for the session's agent in the
 * session's portal, with the agent's current overrides and team chain (a change a manager makes
 * during a session applies at once). Takes a session the caller already reached through
 * `sessionOf`, so it needs no actor of its own.
 */
export async function sessionFeatures(session: { agentId: string | null; portalId: string }): Promise<SessionFeatures> {
  const [portal, agent, grants] = await Promise.all([
    db.portal.findUnique({ where: { id: session.portalId }, select: { features: true } }),
    session.agentId
      ? db.agentProfile.findUnique({ where: { userId: session.agentId }, select: { functions: true, teamId: true } })
      : null,
    readAccountGrants(),
  ]);
  const portalFeatures = portalFeaturesOf(portal?.features ?? "{}");
  const teamChain = agent ? await teamLevels(await loadForest(), agent.teamId) : [];
  const inputs = {
    localRecordingAllowed: grants.localRecordingAllowed,
    portalFeatures,
    agentOverrides: parseFunctionSettings(agent?.functions ?? "{}"),
    teamChain,
  };
  return Object.fromEntries(
    PORTAL_FEATURES.map((feature): [PortalFeature, SessionFeature] => {
      const resolved = resolveFeature(feature, inputs);
      const needsAgent = AGENT_FUNCTION_OF_FEATURE[feature] !== null;
      // Only an "on" depends on the agent level; an "off" from the account or portal stays as it is.
      if (!agent && needsAgent && resolved.on) return [feature, { on: false, decidedBy: { level: "agentDeleted" } }];
      return [feature, resolved];
    }),
  ) as SessionFeatures;
}

export async function sessionFeatureOn(
  session: { agentId: string | null; portalId: string },
  feature: PortalFeature,
): Promise<boolean> {
  return (await sessionFeatures(session))[feature].on;
}
