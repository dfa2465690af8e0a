import "server-only";
import { loadForest } from "@/lib/access/management-scope";
import { readAccountGrants } from "@/lib/admin/account-grants";
import { parseFunctionSettings } from "@/lib/agent-functions/catalog";
import { portalFeaturesOf } from "@/lib/portals/portal-features";
import type { TeamForest } from "@/lib/teams/team-forest";
import { teamLevelsOfMany } from "@/lib/teams/teams";
import type { FeatureInputs } from "./resolve-feature";

/** An agent as the resolution needs them: their own overrides (as stored) and their team. */
export type FeatureAgent = { functions: string; teamId: string | null };

/** The inputs for one portal (its stored features) and one agent (null: the agent is gone). */
export type FeatureInputsOf = (portal: { features: string }, agent: FeatureAgent | null) => FeatureInputs;

/**
 * Reads once what `resolveFeature` needs beside a portal and an agent, for any number of both: the
 * Admin Center grant and the team chains of the agents' teams (one query for all chains). Every page
 * and check that resolves features loads through here, so they cannot come to disagree. The forest
 * is read only when an agent has a team and the caller has none at hand.
 */
export async function loadFeatureInputs(agents: FeatureAgent[], forest?: TeamForest): Promise<FeatureInputsOf> {
  const teamIds = agents.flatMap((agent) => (agent.teamId ? [agent.teamId] : []));
  const [{ localRecordingAllowed }, chainOf] = await Promise.all([
    readAccountGrants(),
    teamIds.length === 0
      ? () => []
      : Promise.resolve(forest ?? loadForest()).then((teams) => teamLevelsOfMany(teams, teamIds)),
  ]);
  return (portal, agent) => ({
    localRecordingAllowed,
    portalFeatures: portalFeaturesOf(portal.features),
    agentOverrides: parseFunctionSettings(agent?.functions ?? "{}"),
    teamChain: agent ? chainOf(agent.teamId) : [],
  });
}
