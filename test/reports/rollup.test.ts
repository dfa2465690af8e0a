import { beforeEach, describe, expect, it } from "vitest";
import { agentPerformance } from "@/lib/reports/agent-performance";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import type { ReportFilters } from "@/lib/reports/report-filters";
import { GROUPINGS } from "@/lib/reports/report-params";
import type { ReportScope } from "@/lib/reports/report-scope";
import { forgetSessionDay, rollUpClosedDays, rollUpDay } from "@/lib/reports/rollup";
import { rolledUpDays } from "@/lib/reports/rollup-figures";
import { summaryGroups, summaryOf } from "@/lib/reports/summary";
import { TIME_GROUPINGS, type TimeGrouping } from "@/lib/reports/time-buckets";
import { createSupportSessionRecord } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { at, day, noFilters } from "./fixtures";

beforeEach(resetDatabase);

/** A small deterministic generator: the same data on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The fixture's day, and around it five days of sessions and requests at random times, agents and portals. */
async function week() {
  const d = await day();
  const rnd = random(7);
  const agents = [d.agents.anna, d.agents.bert];
  const portals = [d.service, d.shop];
  const start = at("2026-10-30T00:00:00Z").getTime();
  for (let i = 0; i < 60; i++) {
    const portal = portals[Math.floor(rnd() * 2)]!;
    const agent = agents[Math.floor(rnd() * 2)]!;
    const arrived = start + Math.floor(rnd() * 5 * 86_400_000);
    const started = arrived + Math.floor(rnd() * 600_000);
    const ended = rnd() < 0.9 ? started + Math.floor(rnd() * 3_600_000) : null;
    await createSupportSessionRecord({
      portal,
      subPortal: portal.subPortals[0]!,
      agent,
      arrivedAt: new Date(arrived),
      startedAt: new Date(started),
      endedAt: ended === null ? null : new Date(ended),
      outcome: ended === null ? null : (["resolved", "unresolved", "unknown", null] as const)[Math.floor(rnd() * 4)]!,
      customerRating: ended !== null && rnd() < 0.5 ? 1 + Math.floor(rnd() * 5) : null,
    });
    for (const type of ["submitted", "posted", rnd() < 0.2 ? "abandoned" : "noAgentResponse", "declined"])
      await db.activityEvent.create({
        data: {
          type,
          at: new Date(arrived + Math.floor(rnd() * 60_000)),
          portalId: portal.id,
          portalName: portal.name,
          subPortalId: portal.subPortals[0]!.id,
          subPortalName: portal.subPortals[0]!.name,
          ...(type === "declined"
            ? { agentId: agent.id, agentName: agent.name, teamId: agent.teamId, teamName: agent.teamName }
            : {}),
        },
      });
  }
  // Shifts at the console: some across midnight, a takeover in another browser, one still open.
  for (const agent of agents)
    for (let dayIndex = 0; dayIndex < 5; dayIndex++) {
      const signIn = start + dayIndex * 86_400_000 + Math.floor(rnd() * 86_400_000);
      await signInEvent(agent, "agentSignedIn", signIn);
      if (rnd() < 0.3) await signInEvent(agent, "agentSignedIn", signIn + 3_600_000);
      const last = agent === d.agents.anna && dayIndex === 4;
      if (!last) await signInEvent(agent, "agentSignedOut", signIn + Math.floor((1 + rnd() * 11) * 3_600_000));
    }
  return d;
}

const signInEvent = (agent: { id: string; name: string; teamId: string; teamName: string }, type: string, at: number) =>
  db.activityEvent.create({
    data: {
      type,
      at: new Date(at),
      agentId: agent.id,
      agentName: agent.name,
      teamId: agent.teamId,
      teamName: agent.teamName,
    },
  });

const period = { from: at("2026-10-29T23:00:00Z"), to: at("2026-11-04T00:00:00Z") };
const now = at("2026-11-03T12:00:00Z");

describe("the daily rollup", () => {
  it("gives every report the same figures as the raw rows: each scope, filter, grouping and time zone", async () => {
    const d = await week();
    const scopes: ReportScope[] = [
      { kind: "company" },
      { kind: "teams", teamIds: new Set([d.support.id]), portalFigures: { subPortalIds: d.served(d.service) } },
      { kind: "agent", agentId: d.agents.anna.id },
    ];
    const filters: ReportFilters[] = [
      noFilters,
      { ...noFilters, subPortalIds: d.served(d.shop) },
      { ...noFilters, agentId: d.agents.bert.id },
    ];
    const everything = async () => {
      const results: unknown[] = [];
      for (const scope of scopes)
        for (const filter of filters) {
          results.push(await summaryOf(scope, filter, period));
          results.push(await agentPerformance(scope, filter, period, now));
          for (const grouping of GROUPINGS) {
            if (grouping === "none") continue;
            // Groups by who or where do not depend on the viewer's clock.
            const zones = TIME_GROUPINGS.includes(grouping as TimeGrouping)
              ? ["UTC", "Europe/Berlin", "Asia/Kolkata"]
              : ["UTC"];
            for (const timeZone of zones) results.push(await summaryGroups(scope, filter, period, grouping, timeZone));
          }
        }
      return results;
    };
    const fromRows = await everything();
    // Everything before "today" (3 November) is over and rolled up, as the job would.
    expect(await rollUpClosedDays(now, { maxDays: 100 })).toBeGreaterThan(90);
    expect(await rolledUpDays("2026-10-30", "2026-11-03")).toEqual(
      new Set(["2026-10-30", "2026-10-31", "2026-11-01", "2026-11-02"]),
    );
    expect(await db.reportDayAgent.count()).toBeGreaterThan(0);
    expect((await db.reportDayAgent.aggregate({ _sum: { signedInMs: true } }))._sum.signedInMs).toBeGreaterThan(0);
    expect(await everything()).toEqual(fromRows);
  }, 180_000);

  it("adds a day up again after a late change forgets it, and counts the change", async () => {
    const d = await day();
    await rollUpDay("2026-11-01");
    const before = await summaryOf({ kind: "company" }, noFilters, {
      from: at("2026-11-01T00:00:00Z"),
      to: at("2026-11-02T00:00:00Z"),
    });
    // The agent writes the outcome of a session that ended on 1 November, a day later.
    const session = await db.supportSession.findFirstOrThrow({
      where: { agentId: d.agents.anna.id, outcome: null, NOT: { endedAt: null } },
    });
    await inTransaction(async (tx) => {
      await tx.supportSession.update({ where: { id: session.id }, data: { outcome: "resolved" } });
      await forgetSessionDay(tx, session.endedAt, at("2026-11-02T09:00:00Z"));
    });
    expect(await rolledUpDays("2026-11-01", "2026-11-01")).toEqual(new Set());
    const period1 = { from: at("2026-11-01T00:00:00Z"), to: at("2026-11-02T00:00:00Z") };
    const after = await summaryOf({ kind: "company" }, noFilters, period1);
    expect(after.outcomes.resolved).toBe(before.outcomes.resolved + 1);
    await rollUpDay("2026-11-01");
    expect(await summaryOf({ kind: "company" }, noFilters, period1)).toEqual(after);
  });
});
