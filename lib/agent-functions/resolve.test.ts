import { describe, expect, it } from "vitest";
import { AGENT_FUNCTIONS, FUNCTION_DEFAULTS, type FunctionSettings } from "./catalog";
import { resolveAgentFunction, resolveMaxSessions, resolveSessionLimit, type TeamLevel } from "./resolve";

const team = (id: string, functions: FunctionSettings, maxSessions: number | null = null): TeamLevel => ({
  id,
  name: `Team ${id}`,
  functions,
  maxSessions,
});

describe("resolveAgentFunction", () => {
  // Every combination of: agent override (unset/on/off) × team (unset/on/off) × parent (unset/on/off).
  const states = [undefined, true, false] as const;
  for (const fn of AGENT_FUNCTIONS) {
    for (const agent of states) {
      for (const own of states) {
        for (const parent of states) {
          it(`${fn}: agent=${agent} team=${own} parent=${parent}`, () => {
            const chain = [
              team("child", own === undefined ? {} : { [fn]: own }),
              team("parent", parent === undefined ? {} : { [fn]: parent }),
            ];
            const result = resolveAgentFunction(fn, agent === undefined ? {} : { [fn]: agent }, chain);
            if (agent !== undefined) expect(result).toEqual({ value: agent, source: { kind: "agent" } });
            else if (own !== undefined)
              expect(result).toEqual({
                value: own,
                source: { kind: "team", teamId: "child", teamName: "Team child", inherited: false },
              });
            else if (parent !== undefined)
              expect(result).toEqual({
                value: parent,
                source: { kind: "team", teamId: "parent", teamName: "Team parent", inherited: true },
              });
            else expect(result).toEqual({ value: FUNCTION_DEFAULTS[fn], source: { kind: "default" } });
          });
        }
      }
    }
  }

  it("uses the defaults for an agent without a team", () => {
    expect(resolveAgentFunction("screenSharing", {}, [])).toEqual({ value: true, source: { kind: "default" } });
    expect(resolveAgentFunction("sessionRecording", {}, [])).toEqual({ value: false, source: { kind: "default" } });
  });

  it("walks any depth of sub-teams", () => {
    const chain = [team("a", {}), team("b", {}), team("c", {}), team("d", { diagnostics: false })];
    expect(resolveAgentFunction("diagnostics", {}, chain)).toMatchObject({ value: false, source: { teamId: "d" } });
  });
});

describe("resolveMaxSessions", () => {
  it("takes the agent's, else the nearest team's, else one", () => {
    expect(resolveMaxSessions(3, [team("a", {}, 2)])).toBe(3);
    expect(resolveMaxSessions(null, [team("a", {}), team("b", {}, 4)])).toBe(4);
    expect(resolveMaxSessions(null, [])).toBe(1);
  });
});

describe("resolveSessionLimit", () => {
  it.each([
    // multi-session as the agent, team and parent set it × the agent's and team's max → limit
    [{}, {}, 3, null, { limit: 1, multiSessionOff: true }],
    [{ multiSession: false }, { multiSession: true }, 3, 5, { limit: 1, multiSessionOff: true }],
    [{}, { multiSession: true }, null, 5, { limit: 5, multiSessionOff: false }],
    [{ multiSession: true }, {}, 3, 5, { limit: 3, multiSessionOff: false }],
    [{}, { multiSession: true }, null, null, { limit: 1, multiSessionOff: false }],
  ] as const)("agent %j, team %j, agent max %j, team max %j → %j", (agent, own, agentMax, teamMax, expected) => {
    expect(resolveSessionLimit(agent, agentMax, [team("t", own, teamMax)])).toEqual(expected);
  });
});
