import { beforeEach, describe, expect, it } from "vitest";
import { drillRows, type DrillPaging } from "@/lib/reports/drill-down";
import type { DrillFigure, DrillGroup } from "@/lib/reports/drill-figures";
import type { ReportContext } from "@/lib/reports/generate-report";
import { GROUPINGS_OF } from "@/lib/reports/report-params";
import type { ReportScope } from "@/lib/reports/report-scope";
import { type Summary, summaryGroups, summaryOf } from "@/lib/reports/summary";
import { resetDatabase } from "@/test/reset-database";
import { day, noFilters, period } from "./fixtures";

beforeEach(resetDatabase);

/** Every count of the Zusammenfassung, with the drill-down figure that lists its rows. */
const COUNTS: [DrillFigure, (s: Summary) => number][] = [
  ["submitted", (s) => s.requests?.submitted ?? 0],
  ["posted", (s) => s.requests?.posted ?? 0],
  ["noAgentResponse", (s) => s.requests?.noAgentResponse ?? 0],
  ["abandoned", (s) => s.requests?.abandoned ?? 0],
  ["declined", (s) => s.declined],
  ["started", (s) => s.sessionsStarted],
  ["ended", (s) => s.sessionsEnded],
  ["resolved", (s) => s.outcomes.resolved],
  ["unresolved", (s) => s.outcomes.unresolved],
  ["unknown", (s) => s.outcomes.unknown],
];

/** All rows of a drill-down, two at a time, so the paging is part of what is checked. */
async function allRows(context: ReportContext, figure: DrillFigure, group: DrillGroup | null): Promise<number> {
  let count = 0;
  let paging: DrillPaging = { limit: 2 };
  for (;;) {
    const page = await drillRows(context, figure, group, paging);
    count += page.rows.length;
    if (page.kind === "sessions" && page.next) paging = { limit: 2, after: page.next };
    else if (page.kind === "activity" && page.nextAfterId) paging = { limit: 2, afterId: page.nextAfterId };
    else return count;
  }
}

describe("drill-down", () => {
  it("lists exactly the rows behind every count, for every grouping, scope and a viewer in Berlin", async () => {
    const d = await day();
    const scopes: ReportScope[] = [
      { kind: "company" },
      { kind: "teams", teamIds: new Set([d.support.id]), portalFigures: { subPortalIds: d.served(d.service) } },
      { kind: "agent", agentId: d.agents.anna.id },
    ];
    // The UTC day is two days for a viewer in Berlin (it starts there at 01:00): groups by day split it.
    const timeZone = "Europe/Berlin";
    let checked = 0;
    for (const scope of scopes) {
      const context: ReportContext = { scope, filters: noFilters, period, timeZone };
      const totals = await summaryOf(scope, noFilters, period);
      for (const [figure, count] of COUNTS)
        expect(await allRows(context, figure, null), `${scope.kind} ${figure}`).toBe(count(totals));
      for (const by of GROUPINGS_OF.summary) {
        if (by === "none") continue;
        for (const group of await summaryGroups(scope, noFilters, period, by, timeZone))
          for (const [figure, count] of COUNTS) {
            expect(
              await allRows(context, figure, { by, key: group.key }),
              `${scope.kind} ${by} ${group.key} ${figure}`,
            ).toBe(count(group.summary));
            checked += count(group.summary);
          }
      }
    }
    // The fixture's day has rows in every kind of figure: the loop above did check something.
    expect(checked).toBeGreaterThan(100);
  }, 90_000);

  it("finds no rows for a group the period does not have", async () => {
    await day();
    const context: ReportContext = {
      scope: { kind: "company" },
      filters: noFilters,
      period,
      timeZone: "Europe/Berlin",
    };
    expect((await drillRows(context, "started", { by: "day", key: "2026-10-15" })).rows).toEqual([]);
    expect((await drillRows(context, "started", { by: "day", key: "2026-11-01" })).rows).toHaveLength(3);
  });
});
