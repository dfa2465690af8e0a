import "server-only";
import type { Tx } from "@/lib/db/client";
import { eventBus } from "@/lib/events/event-bus";
import { recordActivity } from "./activity";
import { QUEUE_CHANNEL, requestChannel } from "./channels";

type WaitingRequest = {
  id: number;
  subPortal: { id: string; name: string; portal: { id: string; name: string } };
};

/**
 * Support ends waiting requests ("Wartende Anfragen abbrechen" on a portal, "Anfrage abbrechen" on
 * the Dashboard): each is marked cancelled and recorded, inside the caller's transaction. A request
 * an agent accepted in the meantime is left alone (the status guard). Returns the ids it cancelled;
 * pass them to announceCancelled after the commit.
 */
export async function cancelWaiting(tx: Tx, requests: WaitingRequest[], by: string, now: Date): Promise<number[]> {
  const cancelled: number[] = [];
  for (const request of requests) {
    const { count } = await tx.supportRequest.updateMany({
      where: { id: request.id, status: "waiting" },
      data: { status: "cancelled", closedAt: now, offeredToId: null, offeredAt: null },
    });
    if (count === 0) continue;
    await recordActivity(tx, {
      type: "cancelled",
      at: now,
      requestId: request.id,
      portal: request.subPortal.portal,
      subPortal: { id: request.subPortal.id, name: request.subPortal.name },
      data: { by },
    });
    cancelled.push(request.id);
  }
  return cancelled;
}

/** The customers' waiting pages and the live queues hear of it. */
export function announceCancelled(requestIds: number[]): void {
  for (const id of requestIds) eventBus.publish(requestChannel(id), { type: "cancelled" });
  if (requestIds.length) eventBus.publish(QUEUE_CHANNEL, { type: "cancelled" });
}
