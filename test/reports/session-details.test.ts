import Database from "better-sqlite3";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { ReportFilters } from "@/lib/reports/report-filters";
import type { ReportScope } from "@/lib/reports/report-scope";
import { allSessionDetails, sessionDetailPage } from "@/lib/reports/session-details";
import { createPortalRecord, createSupportSessionRecord, createTeamRecord, createUserRecord } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { at, noFilters, period } from "./fixtures";

beforeEach(resetDatabase);

async function desk() {
  const support = await createTeamRecord("Support");
  const sales = await createTeamRecord("Vertrieb");
  const portal = await createPortalRecord({ name: "Kundendienst", teamIds: [support.id, sales.id] });
  const subPortal = portal.subPortals[0]!;
  const anna = await createUserRecord({ kind: "agent", teamIds: [support.id], firstName: "Anna", lastName: "Muster" });
  const bert = await createUserRecord({ kind: "agent", teamIds: [sales.id], firstName: "Bert", lastName: "Beispiel" });
  let n = 0;
  /** A request that arrived `waitedS` seconds before the session started. */
  const session = (
    agent: { id: string; name: string; teamId: string; teamName: string },
    startedAt: string,
    options: { waitedS?: number; endedAfterS?: number; outcome?: string; customerRating?: number } = {},
  ) => {
    const started = at(startedAt);
    return createSupportSessionRecord({
      portal,
      subPortal,
      agent,
      customerName: `Kunde ${++n}`,
      arrivedAt: new Date(started.getTime() - (options.waitedS ?? 60) * 1000),
      startedAt: started,
      endedAt: options.endedAfterS === undefined ? null : new Date(started.getTime() + options.endedAfterS * 1000),
      outcome: options.outcome,
      customerRating: options.customerRating,
    });
  };
  const a = { id: anna.id, name: "Anna Muster", teamId: support.id, teamName: "Support" };
  const b = { id: bert.id, name: "Bert Beispiel", teamId: sales.id, teamName: "Vertrieb" };
  return { support, sales, subPortal, a, b, session };
}

describe("sessionDetailPage", () => {
  it("lists the sessions that started in the period, in order, with waiting time, duration and outcome", async () => {
    const d = await desk();
    await d.session(d.a, "2026-10-31T23:59:59Z"); // the day before
    const first = await d.session(d.a, "2026-11-01T08:00:00Z", {
      waitedS: 90,
      endedAfterS: 600,
      outcome: "resolved",
      customerRating: 5,
    });
    const running = await d.session(d.b, "2026-11-01T09:00:00Z");
    await d.session(d.a, "2026-11-02T00:00:00Z"); // the day after
    const { rows, next } = await sessionDetailPage({ kind: "company" }, noFilters, period);
    expect(rows.map((r) => [r.number, r.agentName, r.customerName])).toEqual([
      [first.number, "Anna Muster", "Kunde 2"],
      [running.number, "Bert Beispiel", "Kunde 3"],
    ]);
    expect(rows[0]).toMatchObject({ waitedMs: 90_000, durationMs: 600_000, outcome: "resolved", customerRating: 5 });
    expect(rows[1]).toMatchObject({ durationMs: null, outcome: null });
    expect(next).toBeNull();
  });

  it("keeps to the viewer's scope and the report's filters", async () => {
    const d = await desk();
    await d.session(d.a, "2026-11-01T08:00:00Z");
    await d.session(d.b, "2026-11-01T09:00:00Z");
    const agents = async (scope: ReportScope, filters: ReportFilters = noFilters) =>
      (await sessionDetailPage(scope, filters, period)).rows.map((r) => r.agentName);
    expect(await agents({ kind: "teams", teamIds: new Set([d.support.id]), portalFigures: null })).toEqual([
      "Anna Muster",
    ]);
    expect(await agents({ kind: "agent", agentId: d.b.id })).toEqual(["Bert Beispiel"]);
    expect(await agents({ kind: "company" }, { ...noFilters, agentId: d.a.id })).toEqual(["Anna Muster"]);
    expect(await agents({ kind: "company" }, { ...noFilters, teamIds: new Set([d.sales.id]) })).toEqual([
      "Bert Beispiel",
    ]);
    // A filter never widens the scope: team A's manager asking for team B's sessions gets none.
    expect(
      await agents(
        { kind: "teams", teamIds: new Set([d.support.id]), portalFigures: null },
        { ...noFilters, teamIds: new Set([d.sales.id]) },
      ),
    ).toEqual([]);
    expect(await agents({ kind: "company" }, { ...noFilters, subPortalIds: new Set(["elsewhere"]) })).toEqual([]);
  });

  it("pages by key: every session exactly once, also when several start at the same second", async () => {
    const d = await desk();
    for (let i = 0; i < 7; i++) await d.session(i % 2 ? d.a : d.b, `2026-11-01T10:00:0${i % 3}Z`);
    const seen: string[] = [];
    let after = null;
    do {
      const page: Awaited<ReturnType<typeof sessionDetailPage>> = await sessionDetailPage(
        { kind: "company" },
        noFilters,
        period,
        { after, limit: 2 },
      );
      seen.push(...page.rows.map((r) => r.number));
      after = page.next;
    } while (after);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });
});

describe("allSessionDetails", () => {
  it("streams the rows the pages list, in their order, within the same scope and filters", async () => {
    const d = await desk();
    await d.session(d.a, "2026-10-31T23:59:59Z"); // the day before
    await d.session(d.a, "2026-11-01T08:00:00Z", {
      waitedS: 90,
      endedAfterS: 600,
      outcome: "resolved",
      customerRating: 5,
    });
    for (let i = 0; i < 5; i++)
      await d.session(i % 2 ? d.a : d.b, `2026-11-01T10:00:0${i % 2}Z`, { endedAfterS: 60 * i });
    await d.session(d.b, "2026-11-01T23:00:00Z", { outcome: "unknown" }); // still running
    await d.session(d.a, "2026-11-02T00:00:00Z"); // the day after
    const views: [ReportScope, ReportFilters][] = [
      [{ kind: "company" }, noFilters],
      [{ kind: "teams", teamIds: new Set([d.support.id]), portalFigures: null }, noFilters],
      [{ kind: "agent", agentId: d.b.id }, noFilters],
      [{ kind: "company" }, { ...noFilters, agentId: d.a.id }],
      [{ kind: "company" }, { ...noFilters, subPortalIds: new Set([d.subPortal.id]), teamIds: new Set([d.sales.id]) }],
      [
        { kind: "teams", teamIds: new Set([d.support.id]), portalFigures: null },
        { ...noFilters, teamIds: new Set([d.sales.id]) },
      ],
      [{ kind: "company" }, { ...noFilters, teamIds: new Set() }],
    ];
    for (const [scope, filters] of views) {
      const paged = (await sessionDetailPage(scope, filters, period, { limit: 100 })).rows;
      expect([...allSessionDetails(scope, filters, period)]).toEqual(
        paged.map((row) => ({ ...row, startedAt: row.startedAt.getTime(), endedAt: row.endedAt?.getTime() ?? null })),
      );
    }
    expect((await sessionDetailPage({ kind: "company" }, noFilters, period)).rows).toHaveLength(7);
  });

  it("holds its snapshot only while it is read, also when the reader stops early", async () => {
    const d = await desk();
    for (let i = 0; i < 3; i++) await d.session(d.a, `2026-11-01T10:00:0${i}Z`);
    // A checkpoint that resets the write-ahead log must wait for every reader of an older snapshot:
    // "busy" while the export's statement is open, free once it is closed.
    const checkpointBusy = async () => {
      await d.session(d.b, "2026-11-01T11:00:00Z"); // something newer than any open snapshot
      const [result] = await db.$queryRawUnsafe<{ busy: bigint | number }[]>("PRAGMA wal_checkpoint(TRUNCATE)");
      return Number(result!.busy) === 1;
    };
    expect(await checkpointBusy()).toBe(false);
    const closed = vi.spyOn(Database.prototype, "close");
    for (const row of allSessionDetails({ kind: "company" }, noFilters, period)) {
      expect(row.agentName).toBe("Anna Muster");
      expect(await checkpointBusy()).toBe(true);
      expect(closed).not.toHaveBeenCalled();
      break;
    }
    expect(closed).toHaveBeenCalledTimes(1);
    expect(await checkpointBusy()).toBe(false);
    const streamed = [...allSessionDetails({ kind: "company" }, noFilters, period)];
    expect(streamed.length).toBeGreaterThan(3);
    expect(closed).toHaveBeenCalledTimes(2);
    expect(await checkpointBusy()).toBe(false);
    closed.mockRestore();
  });
});
