import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import type { ResolvedPeriod } from "./period";
import type { ReportFilters } from "./report-filters";
import type { ReportScope } from "./report-scope";
import { declinedWhere, ownerConditions, portalFigureWhere } from "./report-where";

/** The request figures a Zusammenfassung and Portale und Warteschlangen link to. */
export const REQUEST_FIGURES = [
  "submitted",
  "posted",
  "noAgentResponse",
  "abandoned",
  "declined",
  "refusedClosed",
] as const;
export type RequestFigure = (typeof REQUEST_FIGURES)[number];

/** The sign-in figures of Anmeldeaktivität, by the activity type they count. */
export const SIGN_IN_FIGURES = { signIns: "agentSignedIn", signInRefused: "signInRefused" } as const;
export type SignInFigure = keyof typeof SIGN_IN_FIGURES;

/** What a drill-down narrows activity rows to: one group's agent, team or portal, or its instants. */
export type ActivityNarrowing = { where?: Prisma.ActivityEventWhereInput; ranges?: ResolvedPeriod[] };

export type RequestDetailRow = {
  eventId: number;
  at: Date;
  requestId: number | null;
  portalName: string | null;
  subPortalName: string | null;
  /** The agent who declined, signed in or was refused. */
  agentName: string | null;
  teamName: string | null;
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
  figure: RequestFigure | SignInFigure,
  { afterId = 0, limit = 100 }: { afterId?: number; limit?: number } = {},
  { where: narrowing = {}, ranges }: ActivityNarrowing = {},
): Promise<{ rows: RequestDetailRow[]; nextAfterId: number | null }> {
  const where = figureWhere(scope, filters, figure);
  if (!where) return { rows: [], nextAfterId: null };
  const type = figure in SIGN_IN_FIGURES ? SIGN_IN_FIGURES[figure as SignInFigure] : figure;
  const events = await db.activityEvent.findMany({
    where: {
      AND: [
        where,
        narrowing,
        { type },
        { at: { gte: period.from, lt: period.to } },
        ranges ? { OR: ranges.map((range) => ({ at: { gte: range.from, lt: range.to } })) } : {},
        { id: { gt: afterId } },
      ],
    },
    orderBy: { id: "asc" },
    take: limit,
    select: {
      id: true,
      at: true,
      requestId: true,
      portalName: true,
      subPortalName: true,
      agentName: true,
      teamName: true,
    },
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
    teamName: e.teamName,
    customerName: (e.requestId !== null && customers.get(e.requestId)) || "",
  }));
  return { rows, nextAfterId: rows.length === limit ? rows.at(-1)!.eventId : null };
}

/**
 * Which activity rows a figure may count for this viewer: declines and sign-ins belong to agents
 * (sign-ins to no portal, so a portal filter leaves them be), the rest to sub-portals — none where
 * the viewer has no portal figures.
 */
function figureWhere(
  scope: ReportScope,
  filters: ReportFilters,
  figure: RequestFigure | SignInFigure,
): Prisma.ActivityEventWhereInput | null {
  if (figure === "declined") return declinedWhere(scope, filters);
  if (figure in SIGN_IN_FIGURES) return { AND: ownerConditions(scope, { ...filters, subPortalIds: null }) };
  return portalFigureWhere(scope, filters);
}
