import "server-only";
import type { Principal } from "@/lib/auth/principal";
import type { Prisma } from "@/lib/db/client";
import type { DrillFigure, DrillGroup } from "./drill-figures";
import { reportContext, type ReportContext } from "./generate-report";
import type { ResolvedPeriod } from "./period";
import type { ReportParams } from "./report-params";
import {
  REQUEST_FIGURES,
  requestDetailPage,
  type RequestDetailRow,
  type RequestFigure,
  SIGN_IN_FIGURES,
  type SignInFigure,
} from "./request-details";
import {
  type SessionDetailCursor,
  sessionDetailPage,
  type SessionDetailRow,
  type SessionNarrowing,
} from "./session-details";
import { timeBucketIntervals, TIME_GROUPINGS, type TimeGrouping } from "./time-buckets";

export type DrillResult =
  | { kind: "sessions"; rows: SessionDetailRow[]; next: SessionDetailCursor | null }
  | { kind: "activity"; rows: RequestDetailRow[]; nextAfterId: number | null };

/**
 * The rows behind one figure of a report, a page at a time: the same scope, filters and period as
 * the report (checked the same way), narrowed to the figure and, for a row of a grouped table, to
 * that group — so the rows add up to the number that linked here.
 */
export async function drillDown(
  actor: Principal,
  params: ReportParams,
  figure: DrillFigure,
  group: DrillGroup | null,
  { now = new Date(), ...paging }: DrillPaging & { now?: Date } = {},
): Promise<DrillResult> {
  return drillRows(await reportContext(actor, params, now), figure, group, paging);
}

/** Where the next page of a drill-down starts: after a session, or after an activity row. */
export type DrillPaging = { after?: SessionDetailCursor | null; afterId?: number; limit?: number };

/** The rows behind a figure for a report whose context is checked already. */
export async function drillRows(
  { scope, filters, period, timeZone }: ReportContext,
  figure: DrillFigure,
  group: DrillGroup | null,
  { after = null, afterId = 0, limit = 100 }: DrillPaging = {},
): Promise<DrillResult> {
  const ranges = group && isTimeGrouping(group.by) ? rangesOf(period, group.by, group.key, timeZone) : undefined;
  if (ranges?.length === 0)
    return isActivityFigure(figure)
      ? { kind: "activity", rows: [], nextAfterId: null }
      : { kind: "sessions", rows: [], next: null };
  const owner = group && !isTimeGrouping(group.by) ? { [`${group.by}Id`]: group.key } : {};
  if (isActivityFigure(figure)) {
    const page = await requestDetailPage(scope, filters, period, figure, { afterId, limit }, { where: owner, ranges });
    return { kind: "activity", ...page };
  }
  const narrowing = sessionFigure(figure);
  const page = await sessionDetailPage(
    scope,
    filters,
    period,
    { after, limit },
    { on: narrowing.on, ranges, where: { AND: [owner, narrowing.where ?? {}] } },
  );
  return { kind: "sessions", ...page };
}

const isTimeGrouping = (by: string): by is TimeGrouping => (TIME_GROUPINGS as readonly string[]).includes(by);

const isActivityFigure = (figure: DrillFigure): figure is RequestFigure | SignInFigure =>
  (REQUEST_FIGURES as readonly string[]).includes(figure) || figure in SIGN_IN_FIGURES;

/**
 * The instants of one time group within the period: a day, or every occurrence of an hour or a
 * weekday — none for a group the period does not touch (a weekday of a short period: its row says 0).
 */
function rangesOf(period: ResolvedPeriod, by: TimeGrouping, key: string, timeZone: string): ResolvedPeriod[] {
  return timeBucketIntervals(period, by, timeZone)
    .filter((interval) => interval.key === key)
    .map(({ from, to }) => ({ from, to }));
}

/** Session figures: started in the period, or ended in it (with an outcome or a survey rating). */
function sessionFigure(figure: Exclude<DrillFigure, RequestFigure | SignInFigure>): SessionNarrowing {
  switch (figure) {
    case "started":
      return { on: "startedAt" };
    case "ended":
      return { on: "endedAt" };
    case "resolved":
    case "unresolved":
      return { on: "endedAt", where: { outcome: figure } };
    case "unknown":
      // As the Zusammenfassung counts it: anything but resolved or unresolved, no outcome too.
      return { on: "endedAt", where: { OR: [{ outcome: null }, { outcome: { notIn: ["resolved", "unresolved"] } }] } };
    case "customerRated":
      return { on: "endedAt", where: { customerRating: { not: null } } };
    case "agentRated":
      return { on: "endedAt", where: { agentRating: { not: null } } };
    default:
      return { on: "endedAt", where: ratingWhere(figure) };
  }
}

function ratingWhere(figure: `${"customer" | "agent"}Rating${1 | 2 | 3 | 4 | 5}`): Prisma.SupportSessionWhereInput {
  const rating = Number(figure.slice(-1));
  return figure.startsWith("customer") ? { customerRating: rating } : { agentRating: rating };
}
