import type { FunctionSettings } from "@/lib/agent-functions/catalog";
import { type FunctionSource, resolveAgentFunction, type TeamLevel } from "@/lib/agent-functions/resolve";
import { AGENT_FUNCTION_OF_FEATURE, PORTAL_FEATURES, type PortalFeature } from "@/lib/portals/portal-features";
import { isPortalFeatureAvailable } from "./availability";

/** What decides a feature, in the order it is checked ("notAvailable": Lotse does not have it yet). */
export type FeatureDecider =
  | { level: "notAvailable" }
  | { level: "account" }
  | { level: "portal" }
  | ({ level: "agentLevel" } & { source: FunctionSource });

export type ResolvedFeature = { on: boolean; decidedBy: FeatureDecider };

export type FeatureInputs = {
  /** Admin Center grants; only session recording depends on one. */
  localRecordingAllowed: boolean;
  /** The portal's effective feature settings (defaults filled in). */
  portalFeatures: Record<PortalFeature, boolean>;
  agentOverrides: FunctionSettings;
  /** The agent's team first, then its parent, …; empty for an agent without a team. */
  teamChain: TeamLevel[];
};

/**
 * Whether a feature is on for an agent in a (sub-)portal (docs/architecture.md, "When a feature is
 * on"): on only if the account allows it, the portal enables it and the agent level (agent
 * override, else team, else parent team, …, else the default) enables it. `decidedBy` names the
 * first level that says "off", or — when on — the level that decided the agent's value, so the UI
 * can explain every value. A feature Lotse does not have yet is off whatever is stored
 * (`isAvailable`: lib/features/availability).
 */
export function resolveFeature(
  feature: PortalFeature,
  inputs: FeatureInputs,
  isAvailable: (feature: PortalFeature) => boolean = isPortalFeatureAvailable,
): ResolvedFeature {
  if (!isAvailable(feature)) return { on: false, decidedBy: { level: "notAvailable" } };
  if (feature === "sessionRecording" && !inputs.localRecordingAllowed)
    return { on: false, decidedBy: { level: "account" } };
  if (!inputs.portalFeatures[feature]) return { on: false, decidedBy: { level: "portal" } };
  const agentFunction = AGENT_FUNCTION_OF_FEATURE[feature];
  if (agentFunction === null) return { on: true, decidedBy: { level: "portal" } };
  const agentLevel = resolveAgentFunction(agentFunction, inputs.agentOverrides, inputs.teamChain);
  return { on: agentLevel.value, decidedBy: { level: "agentLevel", source: agentLevel.source } };
}

export function resolveAllFeatures(inputs: FeatureInputs): Record<PortalFeature, ResolvedFeature> {
  return Object.fromEntries(PORTAL_FEATURES.map((f) => [f, resolveFeature(f, inputs)])) as Record<
    PortalFeature,
    ResolvedFeature
  >;
}
