import "server-only";
import { randomInt } from "node:crypto";
import { db, type Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { loadConsoleAgent } from "./agent-context";

const CODE_VALIDITY_MS = 20 * 60_000;

/**
 * Connection code portals: the agent generates a code in the console and tells the customer, who
 * enters it on the portal page and reaches that agent directly. Six digits, valid 20 minutes, used
 * once; an agent has at most one live code (a new one replaces it).
 */
export async function generateConnectionCode(
  actor: Principal,
  now = new Date(),
): Promise<{ code: string; expiresAt: Date }> {
  const agent = await loadConsoleAgent(actor);
  return inTransaction(async (tx) => {
    await tx.connectionCode.deleteMany({
      where: { OR: [{ agentId: agent.id, usedAt: null }, { expiresAt: { lt: now } }] },
    });
    for (;;) {
      const code = String(randomInt(100_000, 1_000_000));
      if (await tx.connectionCode.findUnique({ where: { code } })) continue;
      const expiresAt = new Date(now.getTime() + CODE_VALIDITY_MS);
      await tx.connectionCode.create({ data: { code, agentId: agent.id, createdAt: now, expiresAt } });
      return { code, expiresAt };
    }
  });
}

/** The agent's live code, for the console. */
export async function currentConnectionCode(actor: Principal, now = new Date()) {
  if (actor.kind !== "agent") throw new NotFoundError("agent");
  return db.connectionCode.findFirst({
    where: { agentId: actor.userId, usedAt: null, expiresAt: { gt: now } },
    select: { code: true, expiresAt: true },
  });
}

/**
 * Redeems a code for a request in a sub-portal (inside the submission's transaction): the agent it
 * belongs to, if the code is live and that agent's team serves the sub-portal; else null.
 */
export async function redeemConnectionCode(
  tx: Tx,
  code: string,
  subPortalId: string,
  now: Date,
): Promise<string | null> {
  const row = await tx.connectionCode.findUnique({ where: { code } });
  if (!row || row.usedAt || row.expiresAt <= now) return null;
  const serves = await tx.agentProfile.count({
    where: { userId: row.agentId, team: { subPortals: { some: { subPortalId } } } },
  });
  if (serves === 0) return null;
  await tx.connectionCode.update({ where: { code }, data: { usedAt: now } });
  return row.agentId;
}
