import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { ReportScope } from "@/lib/reports/report-scope";
import { REQUEST_FIGURES, requestDetailPage } from "@/lib/reports/request-details";
import { sessionDetailPage } from "@/lib/reports/session-details";
import { agentPerformance } from "@/lib/reports/agent-performance";
import { summaryGroups, summaryOf } from "@/lib/reports/summary";
import { resetDatabase } from "@/test/reset-database";
import { at, day, noFilters, period } from "./fixtures";

beforeEach(resetDatabase);

describe("summaryOf", () => {
  it("counts a company manager's day as written down by hand", async () => {
    await day();
    expect(await summaryOf({ kind: "company" }, noFilters, period)).toEqual({
      requests: { submitted: 5, posted: 5, postedShare: 1, noAgentResponse: 1, abandoned: 1 },
      declined: 3,
      sessionsStarted: 3,
      sessionsEnded: 3,
      // Waits 60, 120, 300 s: average 160 s; p90 by nearest rank is the third.
      waitMs: { average: 160_000, p90: 300_000 },
      // Ended: 10, 20 and 5 minutes.
      averageDurationMs: Math.round(((10 + 20 + 5) * 60_000) / 3),
      // Ratings 5 and 2 (one customer gave none).
      averageCustomerRating: 3.5,
      outcomes: { resolved: 1, unresolved: 1, unknown: 1 },
    });
  });

  it("gives a team manager their teams' sessions and their sub-portals' requests — or none of those", async () => {
    const d = await day();
    const withPortal: ReportScope = {
      kind: "teams",
      teamIds: new Set([d.support.id]),
      portalFigures: { subPortalIds: d.served(d.service) },
    };
    expect(await summaryOf(withPortal, noFilters, period)).toMatchObject({
      requests: { submitted: 3, posted: 3, postedShare: 1, noAgentResponse: 1, abandoned: 1 },
      declined: 1,
      sessionsStarted: 2,
      sessionsEnded: 3,
      waitMs: { average: 90_000, p90: 120_000 },
    });
    const withoutPortal: ReportScope = { ...withPortal, portalFigures: null };
    expect((await summaryOf(withoutPortal, noFilters, period)).requests).toBeNull();
  });

  it("gives an agent their own sessions and declines, no request figures", async () => {
    const d = await day();
    expect(await summaryOf({ kind: "agent", agentId: d.agents.bert.id }, noFilters, period)).toMatchObject({
      requests: null,
      declined: 2,
      sessionsStarted: 1,
      sessionsEnded: 0,
      waitMs: { average: 300_000, p90: 300_000 },
      averageDurationMs: null,
      outcomes: { resolved: 0, unresolved: 0, unknown: 0 },
    });
  });

  it("adds up to its Sitzungsdetails: sessions started are the detail rows", async () => {
    const d = await day();
    for (const scope of [
      { kind: "company" } as const,
      { kind: "agent", agentId: d.agents.anna.id } as const,
      { kind: "teams", teamIds: new Set([d.sales.id]), portalFigures: null } as const,
    ]) {
      const summary = await summaryOf(scope, noFilters, period);
      const { rows } = await sessionDetailPage(scope, noFilters, period, { limit: 1000 });
      expect(rows).toHaveLength(summary.sessionsStarted);
    }
  });

  it("splits the day by the viewer's hours, and the groups add up to the whole", async () => {
    await day();
    const groups = await summaryGroups({ kind: "company" }, noFilters, period, "hourOfDay", "Europe/Berlin");
    expect(groups.map((g) => g.key)).toEqual(Array.from({ length: 24 }, (_, h) => String(h).padStart(2, "0")));
    // 10:00 UTC is 11:00 in Berlin: a request submitted and posted, Anna's decline, Anna's first
    // session (started 11:01, ended 11:11).
    expect(groups.find((g) => g.key === "11")?.summary).toMatchObject({
      requests: { submitted: 1, posted: 1 },
      declined: 1,
      sessionsStarted: 1,
      sessionsEnded: 1,
    });
    const total = await summaryOf({ kind: "company" }, noFilters, period);
    const sum = (pick: (summary: typeof total) => number) => groups.reduce((n, g) => n + pick(g.summary), 0);
    expect(sum((x) => x.requests!.submitted)).toBe(total.requests!.submitted);
    expect(sum((x) => x.requests!.abandoned)).toBe(total.requests!.abandoned);
    expect(sum((x) => x.declined)).toBe(total.declined);
    expect(sum((x) => x.sessionsStarted)).toBe(total.sessionsStarted);
    expect(sum((x) => x.sessionsEnded)).toBe(total.sessionsEnded);
    expect(sum((x) => x.outcomes.resolved)).toBe(total.outcomes.resolved);
  });

  it("puts what happened on the viewer's days: a UTC day is two days in New York", async () => {
    await day();
    const groups = await summaryGroups({ kind: "company" }, noFilters, period, "day", "America/New_York");
    expect(groups.map((g) => g.key)).toEqual(["2026-10-31", "2026-11-01"]);
    // 00:03 UTC on 1 November is still 31 October, 20:03, in New York: that session ended "yesterday".
    expect(groups[0]!.summary).toMatchObject({ sessionsStarted: 0, sessionsEnded: 1, outcomes: { unresolved: 1 } });
    expect(groups[1]!.summary).toMatchObject({ sessionsStarted: 3, sessionsEnded: 2 });
  });

  it("groups by agent with the names as they were", async () => {
    await day();
    const groups = await summaryGroups({ kind: "company" }, noFilters, period, "agent", "Europe/Berlin");
    expect(
      groups.map((g) => [g.label, g.summary.declined, g.summary.sessionsStarted, g.summary.sessionsEnded]),
    ).toEqual([
      ["Anna Muster", 1, 2, 3],
      ["Bert Beispiel", 2, 1, 0],
    ]);
  });

  it("leads from every request figure to exactly the rows it counts", async () => {
    const d = await day();
    const scopes: ReportScope[] = [
      { kind: "company" },
      { kind: "teams", teamIds: new Set([d.support.id]), portalFigures: { subPortalIds: d.served(d.service) } },
      { kind: "teams", teamIds: new Set([d.sales.id]), portalFigures: null },
      { kind: "agent", agentId: d.agents.bert.id },
    ];
    for (const scope of scopes) {
      const summary = await summaryOf(scope, noFilters, period);
      // Requests outside business hours are a figure of Portale und Warteschlangen, not of this report.
      for (const figure of REQUEST_FIGURES.filter((f) => f !== "refusedClosed")) {
        const expected = figure === "declined" ? summary.declined : (summary.requests?.[figure] ?? 0);
        const rows = [];
        let afterId = 0;
        for (;;) {
          const page = await requestDetailPage(scope, noFilters, period, figure, { afterId, limit: 2 });
          rows.push(...page.rows);
          if (page.nextAfterId === null) break;
          afterId = page.nextAfterId;
        }
        expect(rows, `${scope.kind} ${figure}`).toHaveLength(expected);
      }
    }
    const declines = await requestDetailPage({ kind: "company" }, noFilters, period, "declined");
    expect(declines.rows.map((r) => [r.agentName, r.portalName])).toEqual([
      ["Anna Muster", "Kundendienst"],
      ["Bert Beispiel", "Verkauf"],
      ["Bert Beispiel", "Verkauf"],
    ]);
  });

  it("gives Mitarbeiterleistung per agent, with the time signed in within the period", async () => {
    const d = await day();
    const signIn = (agent: (typeof d.agents)["anna"], type: string, when: string) =>
      db.activityEvent.create({
        data: {
          type,
          at: at(when),
          agentId: agent.id,
          agentName: agent.name,
          teamId: agent.teamId,
          teamName: agent.teamName,
        },
      });
    // Anna from before midnight until 14:00 (14 hours of the day); Bert from 11:00, still signed in at 20:00.
    await signIn(d.agents.anna, "agentSignedIn", "2026-10-31T22:00:00Z");
    await signIn(d.agents.anna, "agentSignedOut", "2026-11-01T14:00:00Z");
    await signIn(d.agents.bert, "agentSignedIn", "2026-11-01T11:00:00Z");
    const rows = await agentPerformance({ kind: "company" }, noFilters, period, at("2026-11-01T20:00:00Z"));
    expect(rows).toEqual([
      {
        agentId: d.agents.anna.id,
        agentName: "Anna Muster",
        sessions: 2,
        averageDurationMs: Math.round(((10 + 20 + 5) * 60_000) / 3),
        averagePickUpMs: 90_000,
        declined: 1,
        resolvedShare: 0.5,
        averageCustomerRating: 3.5,
        signedInMs: 14 * 3_600_000,
        sessionsPerHour: 0.1,
      },
      {
        agentId: d.agents.bert.id,
        agentName: "Bert Beispiel",
        sessions: 1,
        averageDurationMs: null,
        averagePickUpMs: 300_000,
        declined: 2,
        resolvedShare: null,
        averageCustomerRating: null,
        signedInMs: 9 * 3_600_000,
        sessionsPerHour: 0.1,
      },
    ]);
    // A team manager of Vertrieb sees Bert only.
    const sales: ReportScope = { kind: "teams", teamIds: new Set([d.sales.id]), portalFigures: null };
    expect(
      (await agentPerformance(sales, noFilters, period, at("2026-11-01T20:00:00Z"))).map((r) => r.agentName),
    ).toEqual(["Bert Beispiel"]);
  });
});
