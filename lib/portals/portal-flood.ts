import "server-only";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Principal } from "@/lib/auth/principal";
import { announceCancelled, cancelWaiting } from "@/lib/live/cancel-requests";
import { PORTAL_SUBMISSION_RATE_LIMIT, PORTAL_SUBMISSION_SCOPE } from "@/lib/support-requests/rate-limit";
import { findLivePortal } from "./get-portal";
import { portalAccess } from "./portal-access";

export type PortalQueueState = {
  waiting: number;
  /** When the portal's request ceiling is reached: until when new requests are refused. */
  busyUntil: Date | null;
};

const ceilingKey = (portalId: string) => `${PORTAL_SUBMISSION_SCOPE}:${portalId}`;

/**
 * What a company manager needs to see a flood on a portal: how many requests wait, and whether the
 * portal's ceiling (PORTAL_SUBMISSION_RATE_LIMIT) currently turns customers away.
 */
export async function portalQueueState(
  actor: Principal,
  portalId: string,
  now = new Date(),
): Promise<PortalQueueState> {
  await portalAccess(actor);
  await findLivePortal(portalId);
  const [waiting, ceiling] = await Promise.all([
    db.supportRequest.count({ where: { status: "waiting", subPortal: { portalId } } }),
    db.rateLimit.findUnique({ where: { key: ceilingKey(portalId) } }),
  ]);
  const windowEnd = ceiling ? new Date(ceiling.windowStart.getTime() + PORTAL_SUBMISSION_RATE_LIMIT.windowMs) : null;
  const busy = ceiling && windowEnd && windowEnd > now && ceiling.count >= PORTAL_SUBMISSION_RATE_LIMIT.limit;
  return { waiting, busyUntil: busy ? windowEnd : null };
}

/**
 * "Wartende Anfragen abbrechen": ends every waiting request of a portal in one step and reopens the
 * portal to new requests (its ceiling starts over) — the way out of a flood of junk requests.
 * Company managers only, like everything on the portal pages; the customers' waiting pages show
 * that their request was cancelled. Returns how many requests were cancelled.
 */
export async function cancelWaitingRequests(actor: Principal, portalId: string, now = new Date()): Promise<number> {
  await portalAccess(actor);
  const portal = await findLivePortal(portalId);
  const cancelled = await inTransaction(async (tx) => {
    const waiting = await tx.supportRequest.findMany({
      where: { status: "waiting", subPortal: { portalId } },
      select: { id: true, subPortal: { select: { id: true, name: true } } },
    });
    const ids = await cancelWaiting(
      tx,
      waiting.map((r) => ({ id: r.id, subPortal: { ...r.subPortal, portal: { id: portal.id, name: portal.name } } })),
      actor.loginId,
      now,
    );
    await tx.rateLimit.deleteMany({ where: { key: ceilingKey(portalId) } });
    await writeAudit(tx, {
      actor,
      action: "portal.waiting_requests_cancelled",
      targetType: "portal",
      targetId: portalId,
      summary: { cancelled: ids.length },
    });
    return ids;
  });
  announceCancelled(cancelled);
  return cancelled.length;
}
