import "server-only";
import type { Tx } from "@/lib/db/client";
import { type Actor, actorLabel } from "@/lib/auth/principal";

export type AuditEntry = {
  /** Who acted; null for an anonymous request (e.g. "Passwort vergessen"). */
  actor: Actor | null;
  /** The acting user when there is no principal yet, e.g. at sign-in. */
  actorUser?: { id: string; loginId: string };
  action: string;
  targetType: string;
  targetId?: string | null;
  /** What changed. Never put secrets (passwords, tokens) here. */
  summary?: Record<string, unknown>;
};

function rowOf(entry: AuditEntry) {
  return {
    actorId: entry.actorUser?.id ?? (entry.actor?.type === "user" ? entry.actor.userId : null),
    actorLabel: entry.actorUser?.loginId ?? (entry.actor ? actorLabel(entry.actor) : "anonymous"),
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    summary: JSON.stringify(entry.summary ?? {}),
  };
}

/** Writes one audit row; call it inside the mutation's transaction so both land or neither. */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: rowOf(entry) });
}

/** Many rows in one statement, for bulk operations. */
export async function writeAuditMany(tx: Tx, entries: AuditEntry[]): Promise<void> {
  if (entries.length > 0) await tx.auditLog.createMany({ data: entries.map(rowOf) });
}
