import { describe, expect, it } from "vitest";
import { AGENT_FUNCTIONS, FUNCTION_DEFAULTS, type FunctionSettings } from "@/lib/agent-functions/catalog";
import type { TeamLevel } from "@/lib/agent-functions/resolve";
import {
  AGENT_FUNCTION_OF_FEATURE,
  PORTAL_FEATURES,
  PORTAL_FEATURE_DEFAULTS,
  type PortalFeature,
} from "@/lib/portals/portal-features";
import { isPortalFeatureAvailable } from "./availability";
import { resolveAllFeatures, resolveFeature } from "./resolve-feature";

// Every level a feature passes through, each in every state it can take.
const GRANT = [true, false] as const;
const PORTAL = [true, false] as const;
const SETTING = [undefined, true, false] as const; // undefined = not set at that level

type Case = {
  feature: PortalFeature;
  grant: boolean;
  portal: boolean;
  agent: boolean | undefined;
  team: boolean | undefined;
  parent: boolean | undefined;
};

function cases(): Case[] {
  const all: Case[] = [];
  for (const feature of PORTAL_FEATURES)
    for (const grant of GRANT)
      for (const portal of PORTAL)
        for (const agent of SETTING)
          for (const team of SETTING)
            for (const parent of SETTING) all.push({ feature, grant, portal, agent, team, parent });
  return all;
}

function chainOf(fn: string | null, team: boolean | undefined, parent: boolean | undefined): TeamLevel[] {
  const settings = (value: boolean | undefined): FunctionSettings => (fn && value !== undefined ? { [fn]: value } : {});
  return [
    { id: "l2", name: "Support L2", functions: settings(team), maxSessions: null },
    { id: "support", name: "Support", functions: settings(parent), maxSessions: null },
  ];
}

/** The rule written out independently of the implementation: the first "off" wins. */
function expected(c: Case) {
  const fn = AGENT_FUNCTION_OF_FEATURE[c.feature];
  if (c.feature === "sessionRecording" && !c.grant) return { on: false, level: "account" };
  if (!c.portal) return { on: false, level: "portal" };
  if (!fn) return { on: true, level: "portal" };
  if (c.agent !== undefined) return { on: c.agent, level: "agent" };
  if (c.team !== undefined) return { on: c.team, level: "team:l2" };
  if (c.parent !== undefined) return { on: c.parent, level: "team:support" };
  return { on: FUNCTION_DEFAULTS[fn], level: "default" };
}

describe("resolveFeature", () => {
  const table = cases();

  it("covers every combination of grant, portal, agent, team and parent team for every feature", () => {
    expect(table).toHaveLength(PORTAL_FEATURES.length * 2 * 2 * 27);
  });

  // The rule once every feature exists (until then lib/features/availability switches some off; below).
  it.each(table)("%o", (c) => {
    const fn = AGENT_FUNCTION_OF_FEATURE[c.feature];
    const result = resolveFeature(
      c.feature,
      {
        localRecordingAllowed: c.grant,
        portalFeatures: { ...PORTAL_FEATURE_DEFAULTS, [c.feature]: c.portal },
        agentOverrides: fn && c.agent !== undefined ? { [fn]: c.agent } : {},
        teamChain: chainOf(fn, c.team, c.parent),
      },
      () => true,
    );
    const d = result.decidedBy;
    const level =
      d.level !== "agentLevel" ? d.level : d.source.kind === "team" ? `team:${d.source.teamId}` : d.source.kind;
    expect({ on: result.on, level }).toEqual(expected(c));
  });

  it("an agent without a team takes the default at agent level", () => {
    const result = resolveFeature("fileTransferSend", {
      localRecordingAllowed: true,
      portalFeatures: PORTAL_FEATURE_DEFAULTS,
      agentOverrides: {},
      teamChain: [],
    });
    expect(result).toEqual({
      on: FUNCTION_DEFAULTS.fileTransferSend,
      decidedBy: { level: "agentLevel", source: { kind: "default" } },
    });
  });

  it("reports the inheriting team's parent as inherited", () => {
    const result = resolveFeature("diagnostics", {
      localRecordingAllowed: true,
      portalFeatures: PORTAL_FEATURE_DEFAULTS,
      agentOverrides: {},
      teamChain: chainOf("diagnostics", undefined, false),
    });
    expect(result.decidedBy).toEqual({
      level: "agentLevel",
      source: { kind: "team", teamId: "support", teamName: "Support", inherited: true },
    });
  });

  it("keeps a feature Lotse does not have yet off at every agent, whatever every level says", () => {
    const everythingOn = {
      localRecordingAllowed: true,
      portalFeatures: Object.fromEntries(PORTAL_FEATURES.map((f) => [f, true])) as Record<PortalFeature, boolean>,
      agentOverrides: Object.fromEntries(AGENT_FUNCTIONS.map((fn) => [fn, true])),
      teamChain: [],
    };
    // Every portal feature works today; the rule is checked with a feature that would not.
    const allButRecording = (feature: PortalFeature) => feature !== "sessionRecording";
    for (const feature of PORTAL_FEATURES) {
      expect(resolveFeature(feature, everythingOn, allButRecording), feature).toEqual(
        feature === "sessionRecording"
          ? { on: false, decidedBy: { level: "notAvailable" } }
          : resolveFeature(feature, everythingOn, () => true),
      );
    }
    expect(resolveAllFeatures(everythingOn).sessionRecording.on).toBe(isPortalFeatureAvailable("sessionRecording"));
  });
});
