import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import type { ResolvedPeriod } from "./period";
import type { ReportFilters } from "./report-filters";
import type { ReportScope } from "./report-scope";
import { sessionWhere } from "./session-details";

/** Whose survey: the customer's (Kundenumfrage) or the agent's (Mitarbeiterumfrage). */
export type SurveySide = "customer" | "agent";
export type SurveyGrouping = "none" | "agent" | "team" | "portal";

/** The one question of a survey, a rating 1–5, over the sessions that ended in the period. */
export type SurveyFigures = {
  sessionsEnded: number;
  /** Sessions with a rating of this side. */
  answered: number;
  /** How many gave 1, 2, 3, 4 and 5. */
  distribution: [number, number, number, number, number];
  /** With one decimal ("4,3"), like the Zusammenfassung's; null without answers. */
  average: number | null;
};

export type SurveyReport = {
  overall: SurveyFigures;
  /** Per agent, team or portal, by name; they add up to `overall`. None without a grouping. */
  groups: { key: string; label: string; figures: SurveyFigures }[];
};

/**
 * Kundenumfrage or Mitarbeiterumfrage (manual chapter 5): the ratings of one side, over the sessions
 * that ended in the period within the viewer's scope and the report's filters — those the survey is
 * asked after, and the Zusammenfassung's "sessions ended". Groups carry the names as they were; a
 * group renamed within the period is labelled with its latest name. The database counts: one row
 * per owner and rating comes back, not one per session.
 */
export async function surveyReport(
  scope: ReportScope,
  filters: ReportFilters,
  period: ResolvedPeriod,
  side: SurveySide,
  grouping: SurveyGrouping,
): Promise<SurveyReport> {
  const counts = await ratingCounts(scope, filters, period, side);
  const overall = figuresOf(counts);
  if (grouping === "none") return { overall, groups: [] };
  const groups = new Map<string, { label: string; labelAt: number; counts: RatingCount[] }>();
  for (const count of counts) {
    const [id, name] =
      grouping === "agent"
        ? [count.agentId, count.agentName]
        : grouping === "team"
          ? [count.teamId, count.teamName]
          : [count.portalId, count.portalName];
    // A session always has its agent, team and portal; were an id ever missing, its sessions would
    // still form a group of their own, so the groups keep adding up to the whole.
    const key = id ?? "";
    const labelAt = count.lastEndedAt?.getTime() ?? 0;
    const group = groups.get(key) ?? { label: name, labelAt, counts: [] };
    if (labelAt > group.labelAt) Object.assign(group, { label: name, labelAt });
    group.counts.push(count);
    groups.set(key, group);
  }
  return {
    overall,
    groups: [...groups]
      .map(([key, group]) => ({ key, label: group.label, figures: figuresOf(group.counts) }))
      .sort((a, b) => a.label.localeCompare(b.label, "de")),
  };
}

type RatingCount = {
  agentId: string | null;
  agentName: string;
  teamId: string | null;
  teamName: string;
  portalId: string;
  portalName: string;
  rating: number | null;
  sessions: number;
  lastEndedAt: Date | null;
};

async function ratingCounts(
  scope: ReportScope,
  filters: ReportFilters,
  period: ResolvedPeriod,
  side: SurveySide,
): Promise<RatingCount[]> {
  const where = endedInPeriod(scope, filters, period);
  const owner = ["agentId", "agentName", "teamId", "teamName", "portalId", "portalName"] as const;
  const common = { where, _count: { _all: true }, _max: { endedAt: true } } as const;
  // Two literal calls rather than one with a computed column: Prisma types groupBy by its `by` list.
  const rows =
    side === "customer"
      ? (await db.supportSession.groupBy({ by: [...owner, "customerRating"], ...common })).map(
          ({ customerRating, ...row }) => ({ ...row, rating: customerRating }),
        )
      : (await db.supportSession.groupBy({ by: [...owner, "agentRating"], ...common })).map(
          ({ agentRating, ...row }) => ({ ...row, rating: agentRating }),
        );
  return rows.map(({ _count, _max, ...row }) => ({ ...row, sessions: _count._all, lastEndedAt: _max.endedAt }));
}

function figuresOf(counts: RatingCount[]): SurveyFigures {
  const distribution: SurveyFigures["distribution"] = [0, 0, 0, 0, 0];
  let sessionsEnded = 0;
  for (const { rating, sessions } of counts) {
    sessionsEnded += sessions;
    if (rating !== null && rating >= 1 && rating <= 5) distribution[rating - 1]! += sessions;
  }
  const answered = distribution.reduce((sum, n) => sum + n, 0);
  const points = distribution.reduce((sum, n, i) => sum + n * (i + 1), 0);
  return {
    sessionsEnded,
    answered,
    distribution,
    average: answered ? Math.round((points / answered) * 10) / 10 : null,
  };
}

function endedInPeriod(
  scope: ReportScope,
  filters: ReportFilters,
  period: ResolvedPeriod,
): Prisma.SupportSessionWhereInput {
  return { AND: [sessionWhere(scope, filters), { endedAt: { gte: period.from, lt: period.to } }] };
}

/** One comment of a survey, with its session as it was. */
export type SurveyCommentRow = {
  sessionId: string;
  number: string;
  endedAt: Date;
  agentName: string;
  teamName: string;
  portalName: string;
  subPortalName: string;
  rating: number | null;
  comment: string;
};

/** Where the next page of comments starts: after this session. */
export type SurveyCommentCursor = { endedAt: Date; id: string };

/**
 * The comments of one side's survey — of the sessions surveyReport counts, those with a comment —
 * in the order the sessions ended, a page at a time (keyset, like the Sitzungsdetails).
 */
export async function surveyCommentPage(
  scope: ReportScope,
  filters: ReportFilters,
  period: ResolvedPeriod,
  side: SurveySide,
  { after = null, limit = 100 }: { after?: SurveyCommentCursor | null; limit?: number } = {},
): Promise<{ rows: SurveyCommentRow[]; next: SurveyCommentCursor | null }> {
  const sessions = await db.supportSession.findMany({
    where: {
      AND: [
        endedInPeriod(scope, filters, period),
        side === "customer" ? { customerComment: { not: "" } } : { agentComment: { not: "" } },
        after ? { OR: [{ endedAt: { gt: after.endedAt } }, { endedAt: after.endedAt, id: { gt: after.id } }] } : {},
      ],
    },
    orderBy: [{ endedAt: "asc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      number: true,
      endedAt: true,
      agentName: true,
      teamName: true,
      portalName: true,
      subPortalName: true,
      customerRating: true,
      customerComment: true,
      agentRating: true,
      agentComment: true,
    },
  });
  const rows = sessions.map((s): SurveyCommentRow => ({
    sessionId: s.id,
    number: s.number,
    endedAt: s.endedAt!,
    agentName: s.agentName,
    teamName: s.teamName,
    portalName: s.portalName,
    subPortalName: s.subPortalName,
    rating: side === "customer" ? s.customerRating : s.agentRating,
    comment: side === "customer" ? s.customerComment : s.agentComment,
  }));
  const last = rows.at(-1);
  return { rows, next: rows.length === limit && last ? { endedAt: last.endedAt, id: last.sessionId } : null };
}
