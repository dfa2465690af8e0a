import "server-only";
import { db } from "@/lib/db/client";
import { loadFeatureInputs } from "@/lib/features/feature-inputs";
import { type FeatureDecider, resolveFeature } from "@/lib/features/resolve-feature";
import { AGENT_FUNCTION_OF_FEATURE, PORTAL_FEATURES, type PortalFeature } from "@/lib/portals/portal-features";

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
  const [portal, agent] = await Promise.all([
    db.portal.findUnique({ where: { id: session.portalId }, select: { features: true } }),
    session.agentId
      ? db.agentProfile.findUnique({ where: { userId: session.agentId }, select: { functions: true, teamId: true } })
      : null,
  ]);
  const inputsOf = await loadFeatureInputs(agent ? [agent] : []);
  const inputs = inputsOf(portal ?? { features: "{}" }, agent);
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
