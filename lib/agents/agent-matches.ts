import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { managementScope, type ManagementScope, requireRight, requireTeam } from "@/lib/access/management-scope";
import { writeAuditMany } from "@/lib/audit/write-audit";
import type { Principal } from "@/lib/auth/principal";
import { db, type Prisma, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { NotFoundError, StaleSelectionError } from "@/lib/errors/domain-errors";
import { stopSchedulesOfDeletedUsers } from "@/lib/reports/delivery/report-schedules";
import { type AgentFilter, agentFilterSchema, agentFilterWhere } from "./agent-filter";
import { agentAudits, deletedSummary, movedSummary } from "./move-and-delete-agents";

/**
 * "Alle … Treffer auswählen": moving or deleting every agent a filter of the Agents page matches,
 * on all pages. The request names the filter, never the agents; the filter is run again here,
 * inside the actor's scope, so it can only ever reach agents the actor manages. The confirmation
 * page fixes how many agents and which (a fingerprint of their IDs); the change runs the filter
 * once more in its transaction and refuses when that is no longer the same set
 * (decision record 13).
 */

/** How many agents the confirmation page names before "and N more". */
const MATCH_PREVIEW = 10;

/** What a confirmation page fixed: the number of agents and a fingerprint of exactly which. */
const confirmedSchema = z.object({
  count: z.coerce.number().int().min(1).max(10_000_000),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ConfirmedSelection = z.infer<typeof confirmedSchema>;

const purposeSchema = z.enum(["move", "delete"]);
const teamIdSchema = z.string().min(1).max(100);

/** Anything that is not a plausible filter or confirmation is answered like an ID nobody may see. */
function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new NotFoundError("selection");
  return parsed.data;
}

/** SHA-256 of the sorted IDs: equal exactly when the sets are. Not a secret: it only detects change. */
function selectionFingerprint(ids: string[]): string {
  return createHash("sha256")
    .update([...ids].sort().join("\n"))
    .digest("hex");
}

const MATCH_ROW = {
  userId: true,
  teamId: true,
  firstName: true,
  lastName: true,
  user: { select: { loginId: true } },
} satisfies Prisma.AgentProfileSelect;

function matchWhere(scope: ManagementScope, filter: AgentFilter) {
  return agentFilterWhere(scope, filter, { lenient: false }).where;
}

/** The confirmation page of "all matches": how many, their fingerprint, and the first few by name. */
export async function describeAgentMatches(actor: Principal, input: { filter: unknown; purpose: unknown }) {
  const scope = await managementScope(actor);
  if (parse(purposeSchema, input.purpose) === "delete") requireRight(scope, "addDeleteAgents");
  const filter = parse(agentFilterSchema, input.filter);
  const where = matchWhere(scope, filter);
  const [ids, preview] = await db.$transaction([
    db.agentProfile.findMany({ where, select: { userId: true } }),
    db.agentProfile.findMany({
      where,
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { userId: "asc" }],
      take: MATCH_PREVIEW,
      select: MATCH_ROW,
    }),
  ]);
  return {
    count: ids.length,
    fingerprint: selectionFingerprint(ids.map((a) => a.userId)),
    filter: {
      q: filter.q,
      team: filter.team,
      teamPath: filter.team && filter.team !== "none" ? scope.forest.path(filter.team) : null,
    },
    preview: preview.map((a) => ({
      id: a.userId,
      name: `${a.firstName} ${a.lastName}`,
      loginId: a.user.loginId,
      teamPath: a.teamId ? scope.forest.path(a.teamId) : null,
    })),
  };
}

/** Inside the change's transaction: the agents the filter matches now, if they are what was confirmed. */
async function confirmedMatches(tx: Tx, where: Prisma.AgentProfileWhereInput, confirmed: ConfirmedSelection) {
  const agents = await tx.agentProfile.findMany({ where, select: MATCH_ROW });
  if (
    agents.length !== confirmed.count ||
    selectionFingerprint(agents.map((a) => a.userId)) !== confirmed.fingerprint
  ) {
    throw new StaleSelectionError(agents.length);
  }
  return agents;
}

/** "Mitarbeiter verschieben" for all matches: the target must be a team the actor manages. */
export async function moveAgentMatches(
  actor: Principal,
  input: { filter: unknown; targetTeamId: unknown; confirmed: unknown },
) {
  const scope = await managementScope(actor);
  const targetTeamId = parse(teamIdSchema, input.targetTeamId);
  requireTeam(scope, targetTeamId);
  const filter = parse(agentFilterSchema, input.filter);
  const confirmed = parse(confirmedSchema, input.confirmed);
  const where = matchWhere(scope, filter);
  return inTransaction(async (tx) => {
    const agents = await confirmedMatches(tx, where, confirmed);
    // The transaction read these rows; the same filter now updates exactly them.
    const { count } = await tx.agentProfile.updateMany({ where, data: { teamId: targetTeamId } });
    if (count !== agents.length) throw new StaleSelectionError(count);
    const selection = { allMatches: filter };
    await writeAuditMany(
      tx,
      agentAudits(actor, "agent.moved", agents, (agent) => ({ ...movedSummary(agent, targetTeamId), selection })),
    );
    return agents.length;
  });
}

/** "Gewählte Mitarbeiter löschen" for all matches: needs the add/delete agents right. */
export async function deleteAgentMatches(actor: Principal, input: { filter: unknown; confirmed: unknown }) {
  const scope = await managementScope(actor);
  requireRight(scope, "addDeleteAgents");
  const filter = parse(agentFilterSchema, input.filter);
  const confirmed = parse(confirmedSchema, input.confirmed);
  const where = matchWhere(scope, filter);
  return inTransaction(async (tx) => {
    const agents = await confirmedMatches(tx, where, confirmed);
    // As "Gewählte Mitarbeiter löschen" does: their running report series are recorded as stopped.
    await stopSchedulesOfDeletedUsers(
      tx,
      actor,
      agents.map((agent) => agent.userId),
    );
    const { count } = await tx.user.deleteMany({ where: { kind: "agent", agent: { is: where } } });
    if (count !== agents.length) throw new StaleSelectionError(count);
    const selection = { allMatches: filter };
    await writeAuditMany(
      tx,
      agentAudits(actor, "agent.deleted", agents, (agent) => ({ ...deletedSummary(agent), selection })),
    );
    return agents.length;
  });
}
