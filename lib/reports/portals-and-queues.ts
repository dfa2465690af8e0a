import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-errors";
import type { ResolvedPeriod } from "./period";
import type { ReportFilters } from "./report-filters";
import type { ReportScope } from "./report-scope";
import { sessionWhere } from "./session-details";
import { portalFigureWhere } from "./report-where";
import { timeBucketAmong, timeBucketIntervals, timeBucketsIn, type TimeGrouping } from "./time-buckets";
import { waitFigures } from "./statistics";

/** What happened to the requests of a sub-portal, a portal or all of them in the period. */
export type PortalQueueFigures = {
  submitted: number;
  posted: number;
  /** Sessions that started from these requests (in the period). */
  accepted: number;
  /** Of the sessions accepted: from the request's arrival to its acceptance; null without any. */
  waitMs: { average: number; p90: number } | null;
  abandoned: number;
  noAgentResponse: number;
  declined: number;
  /** Requests refused because the portal was closed (business hours or a holiday). */
  outsideBusinessHours: number;
};

export type PortalsAndQueues = {
  totals: PortalQueueFigures;
  /** Every portal and sub-portal with something in the period, by name; they add up to the totals. */
  portals: {
    portalId: string;
    portalName: string;
    figures: PortalQueueFigures;
    subPortals: { subPortalId: string; subPortalName: string; figures: PortalQueueFigures }[];
  }[];
  /** The totals per group of the viewer's clock, every group of the period in order; none without a grouping. */
  groups: { key: string; label: string; figures: PortalQueueFigures }[];
};

/** The activity each request figure counts, by the type of its event. */
const EVENT_FIGURES = {
  submitted: "submitted",
  posted: "posted",
  abandoned: "abandoned",
  noAgentResponse: "noAgentResponse",
  declined: "declined",
  outsideBusinessHours: "refusedClosed",
} as const;
type EventFigure = keyof typeof EVENT_FIGURES;

/**
 * Portale und Warteschlangen (manual chapter 5): per portal and sub-portal, the requests submitted,
 * posted, abandoned, not answered, declined and refused outside business hours — counted when they
 * happened, like the Zusammenfassung — and the sessions that started from them with their waiting
 * time. A portal-wide report: "not found" for a viewer without portal figures (an agent, a team
 * manager whose rights keep portal reports from them) and for a report narrowed to a team or an
 * agent. A team manager sees the sub-portals their teams serve: the requests there, and the
 * sessions their teams accepted from them. Names are the latest the period has for each portal
 * and sub-portal.
 */
export async function portalsAndQueues(
  scope: ReportScope,
  filters: ReportFilters,
  period: ResolvedPeriod,
  grouping: "none" | TimeGrouping,
  timeZone: string,
): Promise<PortalsAndQueues> {
  const eventWhere = portalFigureWhere(scope, filters);
  if (!eventWhere) throw new NotFoundError("report");
  const intervals = grouping === "none" ? null : timeBucketIntervals(period, grouping, timeZone);
  const [events, sessions] = await Promise.all([
    eventCounts(eventWhere, period, intervals !== null),
    acceptedSessions(scope, filters, period),
  ]);
  const rows = [...events, ...sessions].map((row) => ({
    ...row,
    key: (intervals && timeBucketAmong(intervals, row.at)) ?? "",
  }));
  const portals = [...groupBy(rows, (row) => row.portalId ?? "")].map(([portalId, portalRows]) => ({
    portalId,
    portalName: latest(portalRows).portalName ?? "",
    figures: figuresOf(portalRows),
    subPortals: [...groupBy(portalRows, (row) => row.subPortalId ?? "")]
      .map(([subPortalId, subRows]) => ({
        subPortalId,
        subPortalName: latest(subRows).subPortalName ?? "",
        figures: figuresOf(subRows),
      }))
      .sort((a, b) => a.subPortalName.localeCompare(b.subPortalName, "de")),
  }));
  const inGroup = groupBy(rows, (row) => row.key);
  return {
    totals: figuresOf(rows),
    portals: portals.sort((a, b) => a.portalName.localeCompare(b.portalName, "de")),
    groups:
      grouping === "none"
        ? []
        : timeBucketsIn(period, grouping, timeZone).map((key) => ({
            key,
            label: key,
            figures: figuresOf(inGroup.get(key) ?? []),
          })),
  };
}

type Place = {
  portalId: string | null;
  portalName: string | null;
  subPortalId: string | null;
  subPortalName: string | null;
};
/** Events of one figure (`count` of them, the last at `at`), or one session accepted. */
type Row = Place & { at: Date } & ({ figure: EventFigure; count: number } | { figure: "accepted"; waitMs: number });

const PLACE = { portalId: true, portalName: true, subPortalId: true, subPortalName: true } as const;
const FIGURE_OF_TYPE = new Map<string, EventFigure>(
  Object.entries(EVENT_FIGURES).map(([figure, type]) => [type, figure as EventFigure]),
);

/**
 * The request events of the period. Without groups by time the database counts them per sub-portal
 * and type; with them, each event's instant is needed for its group.
 */
async function eventCounts(eventWhere: Prisma.ActivityEventWhereInput, period: ResolvedPeriod, eachInstant: boolean) {
  const where = {
    AND: [eventWhere, { type: { in: Object.values(EVENT_FIGURES) } }, { at: { gte: period.from, lt: period.to } }],
  };
  const counted = eachInstant
    ? (await db.activityEvent.findMany({ where, select: { type: true, at: true, ...PLACE } })).map((event) => ({
        ...event,
        count: 1,
      }))
    : (
        await db.activityEvent.groupBy({
          by: ["type", "portalId", "portalName", "subPortalId", "subPortalName"],
          where,
          _count: { _all: true },
          _max: { at: true },
        })
      ).map(({ _count, _max, ...event }) => ({ ...event, count: _count._all, at: _max.at! }));
  return counted.map(({ type, ...event }): Row => ({ ...event, figure: FIGURE_OF_TYPE.get(type)! }));
}

/** The sessions that started in the period, of the report's sessions and the viewer's sub-portals. */
async function acceptedSessions(scope: ReportScope, filters: ReportFilters, period: ResolvedPeriod): Promise<Row[]> {
  const sessions = await db.supportSession.findMany({
    where: {
      AND: [
        sessionWhere(scope, filters),
        scope.kind === "teams" && scope.portalFigures
          ? { subPortalId: { in: [...scope.portalFigures.subPortalIds] } }
          : {},
        { startedAt: { gte: period.from, lt: period.to } },
      ],
    },
    select: { startedAt: true, waitMs: true, ...PLACE },
  });
  return sessions.map(({ startedAt, waitMs, ...place }) => ({ ...place, at: startedAt, figure: "accepted", waitMs }));
}

function figuresOf(rows: Row[]): PortalQueueFigures {
  const count = (figure: EventFigure) => rows.reduce((sum, row) => sum + (row.figure === figure ? row.count : 0), 0);
  const waits = rows.flatMap((row) => (row.figure === "accepted" ? [row.waitMs] : []));
  return {
    submitted: count("submitted"),
    posted: count("posted"),
    accepted: waits.length,
    waitMs: waitFigures(waits),
    abandoned: count("abandoned"),
    noAgentResponse: count("noAgentResponse"),
    declined: count("declined"),
    outsideBusinessHours: count("outsideBusinessHours"),
  };
}

/** The row that happened last: its names are the ones a portal or sub-portal goes by. */
const latest = (rows: Row[]) => rows.reduce((last, row) => (row.at > last.at ? row : last));

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}
