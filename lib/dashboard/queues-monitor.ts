import "server-only";
import { db } from "@/lib/db/client";
import { type ManagementScope, hasRight } from "@/lib/access/management-scope";
import { availableAgentsBySubPortal } from "./available-agents";
import { type Watch, within } from "./watch";

export type QueueRow = {
  subPortalId: string;
  portalName: string;
  subPortalName: string;
  waiting: { requestId: number; customerName: string; since: Date }[];
  oldestSince: Date | null;
  /** Requests offered to an agent right now (queue mode) or addressed to one (agent selection, code). */
  offered: number;
  availableAgents: number;
};

export type QueuesMonitor = { rows: QueueRow[]; mayCancel: boolean };

/** Warteschlangen: per watched sub-portal, what waits, since when, and who could take it. */
export async function queueRows(
  scope: ManagementScope,
  watch: Watch,
  { sortOrder }: { sortOrder: string },
): Promise<QueuesMonitor> {
  const subPortals = await db.subPortal.findMany({
    where: { id: within(watch.subPortalIds), deletedAt: null, portal: { deletedAt: null } },
    select: { id: true, name: true, portal: { select: { name: true } } },
    take: 500,
  });
  const ids = subPortals.map((s) => s.id);
  const [waiting, available] = await Promise.all([
    db.supportRequest.findMany({
      where: { status: "waiting", subPortalId: { in: ids } },
      select: {
        id: true,
        subPortalId: true,
        customerName: true,
        createdAt: true,
        offeredToId: true,
        chosenAgentId: true,
      },
      orderBy: { createdAt: "asc" },
    }),
    availableAgentsBySubPortal(scope, ids),
  ]);
  const rows = subPortals.map((sub): QueueRow => {
    const mine = waiting.filter((r) => r.subPortalId === sub.id);
    return {
      subPortalId: sub.id,
      portalName: sub.portal.name,
      subPortalName: sub.name,
      waiting: mine.map((r) => ({ requestId: r.id, customerName: r.customerName, since: r.createdAt })),
      oldestSince: mine[0]?.createdAt ?? null,
      offered: mine.filter((r) => r.offeredToId !== null || r.chosenAgentId !== null).length,
      availableAgents: available.get(sub.id) ?? 0,
    };
  });
  return { rows: rows.sort(queueOrder(sortOrder)), mayCancel: hasRight(scope, "cancelRequests") };
}

function queueOrder(sortOrder: string) {
  const byName = (a: QueueRow, b: QueueRow) =>
    `${a.portalName} ${a.subPortalName}`.localeCompare(`${b.portalName} ${b.subPortalName}`, "de");
  switch (sortOrder) {
    case "waiting":
      return (a: QueueRow, b: QueueRow) => b.waiting.length - a.waiting.length || byName(a, b);
    case "portal":
      return byName;
    default:
      return (a: QueueRow, b: QueueRow) =>
        (a.oldestSince?.getTime() ?? Infinity) - (b.oldestSince?.getTime() ?? Infinity) || byName(a, b);
  }
}
