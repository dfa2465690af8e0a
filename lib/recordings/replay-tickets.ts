import "server-only";
import { randomBytes } from "node:crypto";

/**
 * Replay tickets (decision record 26): unlocking a recording opens its data key once, with the
 * passphrase typed for that viewing, and hands out an opaque ticket that the `<video>` element's
 * Range requests carry. The key lives only in this process's memory for 30 minutes — never in the
 * database, a cookie or a log — so the passphrase is asked once per viewing and never stored. A
 * restart forgets every ticket: the viewer unlocks again.
 */
export type ReplayPurpose = "replay" | "export";

export type ReplayTicket = {
  dataKey: Buffer;
  recordingId: string;
  sessionId: string;
  userId: string;
  purpose: ReplayPurpose;
  expiresAt: number;
};

const TICKET_LIFETIME_MS = 30 * 60_000;

// One map per process, shared by every bundle: the action that issues a ticket, the page and the
// route handler that read it are bundled apart, and a module-level map would be one per bundle.
const state = globalThis as unknown as { lotseReplayTickets?: Map<string, ReplayTicket> };
const tickets: Map<string, ReplayTicket> = (state.lotseReplayTickets ??= new Map());

function sweep(now: number) {
  for (const [id, ticket] of tickets) if (ticket.expiresAt <= now) tickets.delete(id);
}

export function issueTicket(ticket: Omit<ReplayTicket, "expiresAt">, now = Date.now()): string {
  sweep(now);
  const id = randomBytes(32).toString("base64url");
  tickets.set(id, { ...ticket, expiresAt: now + TICKET_LIFETIME_MS });
  return id;
}

/** The ticket if it exists, has not expired and belongs to this user; else null. */
export function ticketOf(id: unknown, userId: string, now = Date.now()): ReplayTicket | null {
  if (typeof id !== "string" || id.length !== 43) return null;
  const ticket = tickets.get(id);
  if (!ticket) return null;
  if (ticket.expiresAt <= now) {
    tickets.delete(id);
    return null;
  }
  return ticket.userId === userId ? ticket : null;
}
