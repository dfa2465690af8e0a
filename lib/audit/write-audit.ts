import "server-only";
import type { Tx } from "@/lib/db/client";
import { type Actor, actorLabel } from "@/lib/auth/principal";
import { type ClientInfo, currentClient } from "@/lib/http/client";

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
  /** The request's client; taken from the request being handled when not given. */
  client?: ClientInfo | null;
};

function rowOf(entry: AuditEntry, client: ClientInfo | null) {
  // What an API manager does through a token names the token (decision record 28).
  const apiToken = entry.actor?.type === "user" ? entry.actor.apiToken?.name : undefined;
  const summary = apiToken ? { ...entry.summary, apiToken } : (entry.summary ?? {});
  return {
    actorId: entry.actorUser?.id ?? (entry.actor?.type === "user" ? entry.actor.userId : null),
    actorLabel: entry.actorUser?.loginId ?? (entry.actor ? actorLabel(entry.actor) : "anonymous"),
    action: entry.action,
    area: entry.action.split(".")[0]!,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    summary: JSON.stringify(summary),
    ip: client?.address ?? null,
    userAgent: client?.userAgent || null,
  };
}

/** Writes one audit row; call it inside the mutation's transaction so both land or neither. */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: rowOf(entry, entry.client ?? (await currentClient())) });
}

/** Many rows in one statement, for bulk operations. */
export async function writeAuditMany(tx: Tx, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const client = await currentClient();
  await tx.auditLog.createMany({ data: entries.map((entry) => rowOf(entry, entry.client ?? client)) });
}
