import "server-only";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { managementScope, managesTeam, requireRight } from "@/lib/access/management-scope";
import { hashPassword } from "@/lib/auth/password";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import {
  type BulkAgent,
  type BulkProblem,
  MAX_BULK_BYTES,
  MAX_BULK_LINES,
  parseBulkText,
  validateBulkRecords,
} from "./bulk-input";
import { insertAgents } from "./create-agents";
import { loginConflicts } from "./login-availability";
import { logger } from "@/lib/logging/logger";

const HASH_CONCURRENCY = 4;
const PROGRESS_EVERY = 20;

export type BulkEntryCheck = { bulkEntryId: string } | { problems: BulkProblem[] };
/** Where the text came from: the text area, or an uploaded file (read with readBulkFile). */
export type BulkSource = "bulkText" | "bulkFile";

/**
 * Masseneingabe: checks every line first; only a fully valid input starts the bulk entry, which then
 * hashes the passwords in the background (reporting progress) and creates all agents in one
 * transaction — so nothing is created unless everything is. A problem with the input as a whole is
 * reported on the field it came from.
 */
export async function startBulkEntry(
  actor: Principal,
  text: string,
  source: BulkSource = "bulkText",
): Promise<BulkEntryCheck> {
  const scope = await managementScope(actor);
  requireRight(scope, "addDeleteAgents");
  if (Buffer.byteLength(text, "utf8") > MAX_BULK_BYTES) throw new ValidationError({ [source]: "bulkTooLarge" });
  const parsed = parseBulkText(text);
  if (parsed.refused) throw new ValidationError({ [source]: parsed.refused });
  if (parsed.problems.length > 0) return { problems: parsed.problems };
  if (parsed.records.length === 0) throw new ValidationError({ [source]: "bulkEmpty" });
  if (parsed.records.length > MAX_BULK_LINES) throw new ValidationError({ [source]: "bulkTooManyLines" });
  const logins = parsed.records.map((r) => (r.fields[2] ?? "").trim().toLowerCase());
  const conflicts = await loginConflicts(db, logins);
  const { agents, problems } = validateBulkRecords(
    parsed.records,
    scope.forest,
    (id) => managesTeam(scope, id),
    conflicts,
  );
  if (problems.length > 0) return { problems };
  const job = await db.bulkEntry.create({
    data: { managerId: actor.userId, status: "running", total: agents.length },
  });
  void runBulkEntry(actor, job.id, agents);
  return { bulkEntryId: job.id };
}

async function runBulkEntry(actor: Principal, bulkEntryId: string, agents: BulkAgent[]) {
  try {
    const hashes: string[] = new Array(agents.length);
    let done = 0;
    for (let i = 0; i < agents.length; i += HASH_CONCURRENCY) {
      const batch = agents.slice(i, i + HASH_CONCURRENCY);
      const batchHashes = await Promise.all(batch.map((a) => hashPassword(a.password)));
      batchHashes.forEach((hash, j) => (hashes[i + j] = hash));
      done += batch.length;
      if (done % PROGRESS_EVERY < HASH_CONCURRENCY || done === agents.length) {
        await db.bulkEntry.update({ where: { id: bulkEntryId }, data: { processed: done } });
      }
    }
    await inTransaction(
      async (tx) => {
        await insertAgents(
          tx,
          actor,
          agents.map((a, i) => ({ ...a, email: a.loginId, passwordHash: hashes[i]! })),
          "bulk",
        );
      },
      { timeout: 120_000 },
    );
    await db.bulkEntry.update({
      where: { id: bulkEntryId },
      data: { status: "done", created: agents.length, finishedAt: new Date() },
    });
  } catch (error) {
    const code = error instanceof ValidationError ? Object.values(error.fieldErrors)[0] : "bulkFailed";
    if (!(error instanceof ValidationError)) logger.error({ err: error }, "bulk entry failed");
    await db.bulkEntry.update({
      where: { id: bulkEntryId },
      data: { status: "failed", error: code, finishedAt: new Date() },
    });
  }
}

/** Progress of one's own bulk entry; someone else's is "not found". */
export async function getBulkEntry(actor: Principal, bulkEntryId: string) {
  const job = await db.bulkEntry.findFirst({ where: { id: bulkEntryId, managerId: actor.userId } });
  if (!job) throw new NotFoundError("bulk entry");
  return job;
}

/** Bulk entries that were running when the server stopped can't finish: they created nothing. */
export async function failInterruptedBulkEntries() {
  await db.bulkEntry.updateMany({
    where: { status: "running" },
    data: { status: "failed", error: "bulkInterrupted", finishedAt: new Date() },
  });
}
