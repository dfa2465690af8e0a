import { TEAM_MANAGER_RIGHTS, type TeamManagerRight } from "@/lib/access/rights";
import type { AccountGrants } from "@/lib/admin/account-grants";
import type { AgentFunction } from "@/lib/agent-functions/catalog";
import type { PortalFeature } from "@/lib/portals/portal-features";

export type AccountGrant = keyof AccountGrants;

type Switches = {
  agentFunctions?: readonly AgentFunction[];
  rights?: readonly TeamManagerRight[];
  portalFeatures?: readonly PortalFeature[];
  accountGrants?: readonly AccountGrant[];
};

/**
 * Features the manual describes that Lotse does not have yet, each with the switches that will turn
 * it on and off. Until a feature exists its switches are shown as "noch nicht verfügbar" and
 * disabled on every page, and saving a form keeps what is stored for them instead of reading "off"
 * from a control the browser did not send (a forged "on" changes nothing either) — so nothing a
 * manager set before is lost, and nothing promises what does not work.
 *
 * The issue that builds a feature deletes its entry here when the feature lands: its switches then
 * work everywhere at once, with the values stored until then.
 */
const PLANNED_FEATURES = {
  // Dashboard monitors: logging agents out, cancelling waiting requests (the portal page's
  // "Wartende Anfragen abbrechen" is the company manager's, not this team-manager right).
  dashboard: { rights: ["logOutAgents", "cancelRequests"] },
  // Automatic answers to customers.
  autoResponses: { rights: ["setAutoResponses"] },
  // The team-manager right over simultaneous sessions: today every team manager may set the
  // multi-session function and the maximum, with or without it.
  simultaneousSessionsRight: { rights: ["simultaneousSessions"] },
  // An agent console that remembers the sign-in password (the web console never stores it).
  savedLoginPassword: { agentFunctions: ["saveLoginPassword"] },
} satisfies Record<string, Switches>;

const planned: Switches[] = Object.values(PLANNED_FEATURES);
const unavailable = <K extends keyof Switches>(kind: K) =>
  new Set<string>(planned.flatMap((feature) => (feature[kind] ?? []) as readonly string[]));

const UNAVAILABLE = {
  agentFunctions: unavailable("agentFunctions"),
  rights: unavailable("rights"),
  portalFeatures: unavailable("portalFeatures"),
  accountGrants: unavailable("accountGrants"),
};

export const isAgentFunctionAvailable = (fn: AgentFunction) => !UNAVAILABLE.agentFunctions.has(fn);
export const isTeamManagerRightAvailable = (right: TeamManagerRight) => !UNAVAILABLE.rights.has(right);
export const isPortalFeatureAvailable = (feature: PortalFeature) => !UNAVAILABLE.portalFeatures.has(feature);
export const isAccountGrantAvailable = (grant: AccountGrant) => !UNAVAILABLE.accountGrants.has(grant);

/**
 * What a form's switches store, in the order of `keys`: the submitted value of every available
 * switch, and for every unavailable one what is stored (nothing, when nothing is) — whatever the
 * request says about it.
 */
export function keepUnavailable<K extends string, V>(
  keys: readonly K[],
  isAvailable: (key: K) => boolean,
  submitted: Partial<Record<K, V>>,
  stored: Partial<Record<K, V>>,
): Partial<Record<K, V>> {
  const result: Partial<Record<K, V>> = {};
  for (const key of keys) {
    const value = isAvailable(key) ? submitted[key] : stored[key];
    if (value !== undefined) result[key] = value;
  }
  return result;
}

/** The same for a list of granted rights: the submitted available ones and the stored unavailable ones. */
export function keepUnavailableRights(
  submitted: readonly TeamManagerRight[],
  stored: readonly TeamManagerRight[],
): TeamManagerRight[] {
  const on = (list: readonly TeamManagerRight[]) => Object.fromEntries(list.map((right) => [right, true]));
  const kept = keepUnavailable(TEAM_MANAGER_RIGHTS, isTeamManagerRightAvailable, on(submitted), on(stored));
  return TEAM_MANAGER_RIGHTS.filter((right) => kept[right]);
}
