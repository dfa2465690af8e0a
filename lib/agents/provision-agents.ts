import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { managementScope, managesTeam, requireRight } from "@/lib/access/management-scope";
import { hashPassword } from "@/lib/auth/password";
import type { Principal } from "@/lib/auth/principal";
import { ValidationError } from "@/lib/errors/domain-errors";
import { newAgentSchema, type NewAgentInput } from "./agent-input";
import { insertAgents } from "./create-agents";
import { loginConflicts } from "./login-availability";
import { errorKeyOr, type FieldErrors } from "@/lib/errors/error-key";

/** As many agents as a Masseneingabe takes. */
export const MAX_PROVISIONED_AGENTS = 5000;
const HASH_CONCURRENCY = 4;

/**
 * One agent as a program sends it: the fields of "Mitarbeiter hinzufügen". Without a password the
 * agent gets an unguessable one and sets their own with "Passwort vergessen" (identity providers
 * usually send none).
 */
export type ProvisionedAgentInput = Omit<NewAgentInput, "password" | "teamId"> & {
  password?: string;
  externalId?: string | null;
  /**
   * null: without a team, as "Team löschen" leaves agents — for a company-wide scope only. Identity
   * providers create users before they send the groups that place them (decision record 28).
   */
  teamId: string | null;
};

/** Stands in for "no team" while the form's schema checks the other fields. */
const NO_TEAM = "(no team)";

/**
 * Creates agents for the API and SCIM: each checked like "Zur Liste hinzufügen" (the same schema,
 * the same team scope, the same login rules), then all created in one transaction or none — the
 * rule of the Masseneingabe. Problems are keyed "<index>.<field>", every one of every agent, so a
 * caller can name the rows. Returns the new agents' ids in input order.
 */
export async function provisionAgents(actor: Principal, inputs: ProvisionedAgentInput[], via: "api" | "scim") {
  const scope = await managementScope(actor);
  requireRight(scope, "addDeleteAgents");
  if (inputs.length === 0) throw new ValidationError({ form: "bulkEmpty" });
  if (inputs.length > MAX_PROVISIONED_AGENTS) throw new ValidationError({ form: "bulkTooManyLines" });
  const problems: FieldErrors = {};
  const firstIndexOf = new Map<string, number>();
  const agents = inputs.map((input, index) => {
    const withoutTeam = input.teamId === null;
    const parsed = newAgentSchema.safeParse({
      ...input,
      teamId: input.teamId ?? NO_TEAM,
      password: input.password ?? unguessablePassword(),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems[`${index}.${String(issue.path[0] ?? "form")}`] ??= errorKeyOr(issue.message);
      return null;
    }
    const agent = parsed.data;
    const teamAllowed = withoutTeam
      ? managesTeam(scope, null)
      : !!scope.forest.get(agent.teamId) && managesTeam(scope, agent.teamId);
    if (!teamAllowed) problems[`${index}.teamId`] = "teamRequired";
    if (firstIndexOf.has(agent.loginId)) problems[`${index}.loginId`] = "loginIdDuplicateInInput";
    else firstIndexOf.set(agent.loginId, index);
    return { ...agent, teamId: withoutTeam ? null : agent.teamId, externalId: input.externalId ?? null };
  });
  const conflicts = await loginConflicts(db, [...firstIndexOf.keys()]);
  for (const [loginId, code] of conflicts) problems[`${firstIndexOf.get(loginId)}.loginId`] ??= code;
  if (Object.keys(problems).length > 0) throw new ValidationError(problems);
  const valid = agents.filter((agent) => agent !== null);
  const hashes = await hashAll(valid.map((agent) => agent.password));
  return inTransaction(
    (tx) =>
      insertAgents(
        tx,
        actor,
        valid.map(({ password: _clear, ...agent }, i) => ({ ...agent, passwordHash: hashes[i]! })),
        via,
      ),
    { timeout: 120_000 },
  );
}

function unguessablePassword(): string {
  return randomBytes(24).toString("base64url");
}

/** Hashes a few at a time: argon2 runs on libuv's pool, and more at once only queue there. */
async function hashAll(passwords: string[]): Promise<string[]> {
  const hashes: string[] = [];
  for (let i = 0; i < passwords.length; i += HASH_CONCURRENCY) {
    hashes.push(...(await Promise.all(passwords.slice(i, i + HASH_CONCURRENCY).map(hashPassword))));
  }
  return hashes;
}
