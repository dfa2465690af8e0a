import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { ReportScope } from "@/lib/reports/report-scope";
import {
  surveyCommentPage,
  surveyReport,
  type SurveyCommentCursor,
  type SurveyGrouping,
  type SurveySide,
} from "@/lib/reports/surveys";
import { createPortalRecord, createSupportSessionRecord, createTeamRecord, createUserRecord } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { at, noFilters, period } from "./fixtures";

beforeEach(resetDatabase);

type Survey = { rating: number | null; comment?: string };

/**
 * Sessions with both sides' surveys at two portals: Anna (Support) works at Kundendienst, Bert
 * (Vertrieb) at Verkauf and once at Kundendienst. Every figure below is counted by hand from this list.
 */
async function surveys() {
  const support = await createTeamRecord("Support");
  const sales = await createTeamRecord("Vertrieb");
  const service = await createPortalRecord({ name: "Kundendienst", teamIds: [support.id, sales.id] });
  const shop = await createPortalRecord({ name: "Verkauf", teamIds: [sales.id] });
  const anna = await createUserRecord({ kind: "agent", teamIds: [support.id], firstName: "Anna", lastName: "Muster" });
  const bert = await createUserRecord({ kind: "agent", teamIds: [sales.id], firstName: "Bert", lastName: "Beispiel" });
  const agents = {
    anna: { id: anna.id, name: "Anna Muster", teamId: support.id, teamName: "Support" },
    bert: { id: bert.id, name: "Bert Beispiel", teamId: sales.id, teamName: "Vertrieb" },
  };
  const session = async (
    portal: typeof service,
    agent: (typeof agents)["anna"],
    ended: string | null,
    customer: Survey,
    agentSide: Survey,
  ) => {
    const endedAt = ended ? at(ended) : null;
    const startedAt = new Date((endedAt ?? at("2026-11-01T12:00:00Z")).getTime() - 10 * 60_000);
    const created = await createSupportSessionRecord({
      portal,
      subPortal: portal.subPortals[0]!,
      agent,
      arrivedAt: new Date(startedAt.getTime() - 60_000),
      startedAt,
      endedAt,
    });
    return db.supportSession.update({
      where: { id: created.id },
      data: {
        customerRating: customer.rating,
        customerComment: customer.comment ?? "",
        agentRating: agentSide.rating,
        agentComment: agentSide.comment ?? "",
      },
    });
  };
  const { anna: a, bert: b } = agents;
  const s = {
    s1: await session(service, a, "2026-11-01T08:10:00Z", { rating: 5, comment: "Sehr gut" }, { rating: 4 }),
    s2: await session(service, a, "2026-11-01T09:10:00Z", { rating: 4 }, { rating: null }),
    s3: await session(service, a, "2026-11-01T10:10:00Z", { rating: null }, { rating: 2, comment: "Unfreundlich" }),
    s4: await session(
      shop,
      b,
      "2026-11-01T11:10:00Z",
      { rating: 2, comment: "Zu lange" },
      { rating: 5, comment: "Gern" },
    ),
    // Ended at the same instant as s4: the comment pages must not lose either.
    s5: await session(shop, b, "2026-11-01T11:10:00Z", { rating: 5, comment: "Danke" }, { rating: null }),
    s6: await session(shop, b, null, { rating: null }, { rating: null }), // still running
    s7: await session(service, a, "2026-10-31T23:30:00Z", { rating: 1, comment: "Gestern" }, { rating: 1 }),
    s8: await session(service, a, "2026-11-01T00:05:00Z", { rating: 3 }, { rating: null }), // began the day before
    s9: await session(shop, b, "2026-11-02T00:00:00Z", { rating: 1, comment: "Morgen" }, { rating: 1 }),
    s10: await session(service, b, "2026-11-01T13:10:00Z", { rating: 1, comment: "Nicht gelöst" }, { rating: 3 }),
  };
  // Bert's name as it was at an earlier session: the group is labelled with the latest one.
  await db.supportSession.update({ where: { id: s.s4.id }, data: { agentName: "Bert Früher" } });
  return { support, sales, service, shop, agents, s };
}

const figures = (
  sessionsEnded: number,
  distribution: [number, number, number, number, number],
  average: number | null,
) => ({ sessionsEnded, answered: distribution.reduce((n, x) => n + x, 0), distribution, average });

describe("surveyReport", () => {
  it("counts the customers' ratings of the sessions that ended in the period, per agent, team and portal", async () => {
    await surveys();
    const company: ReportScope = { kind: "company" };
    // Ended on the day: s1, s2, s3, s4, s5, s8, s10. Ratings 5, 4, –, 2, 5, 3, 1: 20 / 6 = 3.33.
    const overall = figures(7, [1, 1, 1, 1, 2], 3.3);
    expect(await surveyReport(company, noFilters, period, "customer", "none")).toEqual({ overall, groups: [] });
    const byAgent = await surveyReport(company, noFilters, period, "customer", "agent");
    expect(byAgent.groups.map((g) => [g.label, g.figures])).toEqual([
      ["Anna Muster", figures(4, [0, 0, 1, 1, 1], 4)], // s1, s2, s3, s8
      ["Bert Beispiel", figures(3, [1, 1, 0, 0, 1], 2.7)], // s4, s5, s10: 8 / 3
    ]);
    const byTeam = await surveyReport(company, noFilters, period, "customer", "team");
    expect(byTeam.groups.map((g) => g.label)).toEqual(["Support", "Vertrieb"]);
    const byPortal = await surveyReport(company, noFilters, period, "customer", "portal");
    expect(byPortal.groups.map((g) => [g.label, g.figures])).toEqual([
      ["Kundendienst", figures(5, [1, 0, 1, 1, 1], 3.3)], // s1, s2, s3, s8, s10: 13 / 4 = 3.25
      ["Verkauf", figures(2, [0, 1, 0, 0, 1], 3.5)],
    ]);
  });

  it("counts the agents' ratings the same way", async () => {
    const d = await surveys();
    // s1 4, s3 2, s4 5, s10 3 (s2, s5, s8 unanswered): 14 / 4.
    const report = await surveyReport({ kind: "company" }, noFilters, period, "agent", "team");
    expect(report.overall).toEqual(figures(7, [0, 1, 1, 1, 1], 3.5));
    expect(report.groups).toEqual([
      { key: d.support.id, label: "Support", figures: figures(4, [0, 1, 0, 1, 0], 3) },
      { key: d.sales.id, label: "Vertrieb", figures: figures(3, [0, 0, 1, 0, 1], 4) },
    ]);
  });

  it("gives a team manager their teams' sessions and an agent their own", async () => {
    const d = await surveys();
    const sales: ReportScope = { kind: "teams", teamIds: new Set([d.sales.id]), portalFigures: null };
    expect((await surveyReport(sales, noFilters, period, "customer", "none")).overall).toEqual(
      figures(3, [1, 1, 0, 0, 1], 2.7),
    );
    const anna: ReportScope = { kind: "agent", agentId: d.agents.anna.id };
    const own = await surveyReport(anna, noFilters, period, "agent", "portal");
    expect(own.overall).toEqual(figures(4, [0, 1, 0, 1, 0], 3)); // s1 4, s3 2
    expect(own.groups.map((g) => g.label)).toEqual(["Kundendienst"]);
    const shopOnly = { ...noFilters, subPortalIds: new Set([d.shop.subPortals[0]!.id]) };
    expect((await surveyReport({ kind: "company" }, shopOnly, period, "customer", "none")).overall).toEqual(
      figures(2, [0, 1, 0, 0, 1], 3.5),
    );
  });

  it("has groups that add up to the whole, for every grouping and side", async () => {
    const d = await surveys();
    const scopes: ReportScope[] = [
      { kind: "company" },
      { kind: "teams", teamIds: new Set([d.support.id]), portalFigures: null },
    ];
    for (const scope of scopes)
      for (const side of ["customer", "agent"] as SurveySide[])
        for (const grouping of ["agent", "team", "portal"] as SurveyGrouping[]) {
          const { overall, groups } = await surveyReport(scope, noFilters, period, side, grouping);
          const sum = (pick: (f: typeof overall) => number) => groups.reduce((n, g) => n + pick(g.figures), 0);
          const label = `${scope.kind} ${side} ${grouping}`;
          expect(
            sum((f) => f.sessionsEnded),
            label,
          ).toBe(overall.sessionsEnded);
          expect(
            sum((f) => f.answered),
            label,
          ).toBe(overall.answered);
          for (let rating = 0; rating < 5; rating++)
            expect(
              sum((f) => f.distribution[rating]!),
              label,
            ).toBe(overall.distribution[rating]);
        }
  });

  it("has no average without answers", async () => {
    expect(await surveyReport({ kind: "company" }, noFilters, period, "customer", "agent")).toEqual({
      overall: figures(0, [0, 0, 0, 0, 0], null),
      groups: [],
    });
  });
});

describe("surveyCommentPage", () => {
  async function allComments(scope: ReportScope, side: SurveySide, limit: number) {
    const rows = [];
    let after: SurveyCommentCursor | null = null;
    do {
      const page = await surveyCommentPage(scope, noFilters, period, side, { after, limit });
      rows.push(...page.rows);
      after = page.next;
    } while (after);
    return rows;
  }

  it("lists the comments of the sessions that ended in the period, in order, a page at a time", async () => {
    const d = await surveys();
    const [first, second] = [d.s.s4, d.s.s5].sort((x, y) => x.id.localeCompare(y.id));
    const expected = [d.s.s1, first!, second!, d.s.s10].map((s) => s.id);
    for (const limit of [1, 3, 100])
      expect((await allComments({ kind: "company" }, "customer", limit)).map((r) => r.sessionId)).toEqual(expected);
    const page = await surveyCommentPage({ kind: "company" }, noFilters, period, "customer", { limit: 1 });
    expect(page.rows).toEqual([
      {
        sessionId: d.s.s1.id,
        number: d.s.s1.number,
        endedAt: at("2026-11-01T08:10:00Z"),
        agentName: "Anna Muster",
        teamName: "Support",
        portalName: "Kundendienst",
        subPortalName: "Standard",
        rating: 5,
        comment: "Sehr gut",
      },
    ]);
    expect(page.next).toEqual({ endedAt: at("2026-11-01T08:10:00Z"), id: d.s.s1.id });
  });

  it("lists the agents' comments, within the viewer's scope", async () => {
    const d = await surveys();
    expect(
      (await allComments({ kind: "company" }, "agent", 10)).map((r) => [r.agentName, r.rating, r.comment]),
    ).toEqual([
      ["Anna Muster", 2, "Unfreundlich"],
      ["Bert Früher", 5, "Gern"],
    ]);
    const bert: ReportScope = { kind: "agent", agentId: d.agents.bert.id };
    expect((await allComments(bert, "customer", 10)).map((r) => r.comment).sort()).toEqual([
      "Danke",
      "Nicht gelöst",
      "Zu lange",
    ]);
    const support: ReportScope = { kind: "teams", teamIds: new Set([d.support.id]), portalFigures: null };
    expect((await allComments(support, "customer", 10)).map((r) => r.comment)).toEqual(["Sehr gut"]);
  });
});
