import { describe, expect, it } from "vitest";
import { TEAM_MANAGER_RIGHTS } from "@/lib/access/rights";
import { AGENT_FUNCTIONS } from "@/lib/agent-functions/catalog";
import { AGENT_FUNCTION_OF_FEATURE, PORTAL_FEATURES } from "@/lib/portals/portal-features";
import {
  isAccountGrantAvailable,
  isAgentFunctionAvailable,
  isPortalFeatureAvailable,
  isTeamManagerRightAvailable,
  keepUnavailable,
  keepUnavailableRights,
} from "./availability";

// What Lotse has today. The issue that builds one of the others flips it in availability.ts and here.
describe("switches of features Lotse does not have yet", () => {
  it("is this agent function: every other one works (screen sharing and recording among them)", () => {
    expect(AGENT_FUNCTIONS.filter((fn) => !isAgentFunctionAvailable(fn))).toEqual(["saveLoginPassword"]);
  });

  it("are these team-manager rights: sub-teams, agents, names, passwords, business hours, Sitzungseinsicht and Sitzungswiedergabe work", () => {
    expect(TEAM_MANAGER_RIGHTS.filter((right) => !isTeamManagerRightAvailable(right))).toEqual([
      "setAutoResponses",
      "cancelRequests",
      "logOutAgents",
      "simultaneousSessions",
    ]);
  });

  it("are none of the portal features and none of the Admin Center's grants", () => {
    expect(PORTAL_FEATURES.filter((f) => !isPortalFeatureAvailable(f))).toEqual([]);
    expect(isAccountGrantAvailable("localRecordingAllowed")).toBe(true);
    expect(isAccountGrantAvailable("companyManagersMayChangePortals")).toBe(true);
    expect(isAccountGrantAvailable("companyManagersMayCreateApiManagers")).toBe(true);
  });

  it("come as one: a portal feature is available exactly when the agent function it needs is", () => {
    for (const feature of PORTAL_FEATURES) {
      const fn = AGENT_FUNCTION_OF_FEATURE[feature];
      if (fn) expect(isPortalFeatureAvailable(feature), feature).toBe(isAgentFunctionAvailable(fn));
    }
  });
});

describe("keepUnavailable", () => {
  const available = (key: string) => key !== "planned";
  const keys = ["a", "planned", "b"] as const;

  it("takes the submitted value of an available switch and the stored one of an unavailable switch", () => {
    expect(keepUnavailable(keys, available, { a: false, planned: false }, { a: true, planned: true, b: true })).toEqual(
      { a: false, planned: true },
    );
  });

  it("ignores a forged value for an unavailable switch, and stores none where none is stored", () => {
    expect(keepUnavailable(keys, available, { planned: true, b: false }, {})).toEqual({ b: false });
  });

  it("keeps the order of the keys, whatever the order of the input", () => {
    expect(Object.keys(keepUnavailable(keys, available, { b: 1, a: 2 }, { planned: 3 }))).toEqual([
      "a",
      "planned",
      "b",
    ]);
  });

  it("keeps stored unavailable rights, drops forged ones and takes the submitted available ones", () => {
    expect(
      keepUnavailableRights(["addDeleteAgents", "setAutoResponses"], ["logOutAgents", "manageBusinessHours"]),
    ).toEqual(["addDeleteAgents", "logOutAgents"]);
    expect(keepUnavailableRights(["setAutoResponses", "cancelRequests"], [])).toEqual([]);
  });
});
