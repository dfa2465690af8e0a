import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import type { ResolvedPeriod } from "./period";
import type { ReportFilters } from "./report-filters";
import type { ReportScope } from "./report-scope";
import { declinedWhere, portalFigureWhere } from "./summary";

/** The request figures a Zusammenfassung links to. */
export const REQUEST_FIGURES = ["submitted", "posted", "noAgentResponse", "abandoned", "declined"] as const;
export type RequestFigure = (typeof REQUEST_FIGURES)[number];

export type RequestDetailRow = {
  eventId: number;
  at: Date;
  requestId: number | null;
  portalName: string | null;
  subPortalName: string | null;
  /** The agent who declined (declines only). */
  agentName: string | null;
  customerName: string;
};

/**
 * The rows behind one request figure of a Zusammenfassung (drill-down): the activity events it
 * counted, with the request's customer, in the order they were recorded, a page at a time. Exactly the rows the figure
 * counts: the same scope and filters, and "not found" where the viewer has no such figure.
 */
export async function requestDetailPage(
  scope: ReportScope,
  filters: ReportFilters,
  period: ResolvedPeriod,
  figure: RequestFigure,
  { afterId = 0, limit = 100 }: { afterId?: number; limit?: number } = {},
): Promise<{ rows: RequestDetailRow[]; nextAfterId: number | null }> {
  const where: Prisma.ActivityEventWhereInput | null =
    figure === "declined" ? declinedWhere(scope, filters) : portalFigureWhere(scope, filters);
  if (!where) return { rows: [], nextAfterId: null };
  const events = await db.activityEvent.findMany({
    where: { AND: [where, { type: figure }, { at: { gte: period.from, lt: period.to } }, { id: { gt: afterId } }] },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true, at: true, requestId: true, portalName: true, subPortalName: true, agentName: true },
  });
  const requestIds = events.flatMap((e) => (e.requestId === null ? [] : [e.requestId]));
  const customers = new Map(
    (
      await db.supportRequest.findMany({ where: { id: { in: requestIds } }, select: { id: true, customerName: true } })
    ).map((r) => [r.id, r.customerName]),
  );
  const rows = events.map((e) => ({
    eventId: e.id,
    at: e.at,
    requestId: e.requestId,
    portalName: e.portalName,
    subPortalName: e.subPortalName,
    agentName: e.agentName,
    customerName: (e.requestId !== null && customers.get(e.requestId)) || "",
  }));
  return { rows, nextAfterId: rows.length === limit ? rows.at(-1)!.eventId : null };
}
