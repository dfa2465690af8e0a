import {
  AGENT_FUNCTIONS,
  type AgentFunction,
  DEFAULT_MAX_SESSIONS,
  FUNCTION_DEFAULTS,
  type FunctionSettings,
} from "./catalog";

/** Where an effective value comes from, so the UI can answer "why is X off for this agent?". */
export type FunctionSource =
  { kind: "agent" } | { kind: "team"; teamId: string; teamName: string; inherited: boolean } | { kind: "default" };

export type ResolvedFunction = { value: boolean; source: FunctionSource };

export type TeamLevel = { id: string; name: string; functions: FunctionSettings; maxSessions: number | null };

/**
 * The agent-level value of a function: the agent's own override if set, else the nearest team up
 * the chain (the agent's team first, then its parent, …) that sets it, else the default.
 * `teamChain` starts with the agent's own team; it is empty for an agent without a team.
 */
export function resolveAgentFunction(
  fn: AgentFunction,
  agentOverrides: FunctionSettings,
  teamChain: TeamLevel[],
): ResolvedFunction {
  const own = agentOverrides[fn];
  if (own !== undefined) return { value: own, source: { kind: "agent" } };
  for (const [depth, team] of teamChain.entries()) {
    const value = team.functions[fn];
    if (value !== undefined) {
      return { value, source: { kind: "team", teamId: team.id, teamName: team.name, inherited: depth > 0 } };
    }
  }
  return { value: FUNCTION_DEFAULTS[fn], source: { kind: "default" } };
}

export function resolveAllAgentFunctions(agentOverrides: FunctionSettings, teamChain: TeamLevel[]) {
  return Object.fromEntries(
    AGENT_FUNCTIONS.map((fn) => [fn, resolveAgentFunction(fn, agentOverrides, teamChain)]),
  ) as Record<AgentFunction, ResolvedFunction>;
}

/** The inherited value a team sees for a function it does not set itself (its parent chain). */
export function resolveTeamFunction(fn: AgentFunction, teamChain: TeamLevel[]): ResolvedFunction {
  return resolveAgentFunction(fn, {}, teamChain);
}

export function resolveMaxSessions(agentMax: number | null, teamChain: TeamLevel[]): number {
  return agentMax ?? teamChain.find((team) => team.maxSessions !== null)?.maxSessions ?? DEFAULT_MAX_SESSIONS;
}

/**
 * How many sessions an agent may hold at once — the one rule the console and the settings pages
 * both use: one, unless the multi-session function is on for the agent; then the max simultaneous
 * sessions (the agent's own value, else the nearest team's). `multiSessionOff` says why it is one.
 */
export function resolveSessionLimit(
  agentOverrides: FunctionSettings,
  agentMax: number | null,
  teamChain: TeamLevel[],
): { limit: number; multiSessionOff: boolean } {
  if (!resolveAgentFunction("multiSession", agentOverrides, teamChain).value)
    return { limit: 1, multiSessionOff: true };
  return { limit: resolveMaxSessions(agentMax, teamChain), multiSessionOff: false };
}
