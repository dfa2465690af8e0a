import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { ReportScope } from "@/lib/reports/report-scope";
import { signInActivity, type SignInFigures } from "@/lib/reports/sign-in-activity";
import { TIME_GROUPINGS } from "@/lib/reports/time-buckets";
import { createTeamRecord, createUserRecord } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { at, noFilters, period } from "./fixtures";

beforeEach(resetDatabase);

const HOUR = 3_600_000;
/** After the day: a console still open counts until the period's end. */
const NEXT_MORNING = at("2026-11-02T06:00:00Z");

/**
 * A day of console sign-ins (UTC), every figure counted by hand from it:
 * - Anna (Support): signed in the evening before until 02:00 (2 h of the day), again 08:00, taken
 *   over from another browser at 09:00, signed out 12:00 (4 h); a sign-in the day after.
 * - Bert (Vertrieb): refused at 10:30 (the team's available logins), signed in 11:00, never signed out.
 * - Carl (Support): refused at 07:00 (and the evening before), signed in 23:30 until 00:30 the next day.
 */
async function consoleDay() {
  const support = await createTeamRecord("Support");
  const sales = await createTeamRecord("Vertrieb");
  const agent = async (firstName: string, lastName: string, team: typeof support) => {
    const user = await createUserRecord({ kind: "agent", teamIds: [team.id], firstName, lastName });
    return { id: user.id, name: `${firstName} ${lastName}`, teamId: team.id, teamName: team.name };
  };
  const agents = {
    anna: await agent("Anna", "Muster", support),
    bert: await agent("Bert", "Beispiel", sales),
    carl: await agent("Carl", "Clever", support),
  };
  const event = (who: (typeof agents)["anna"], type: string, when: string) =>
    db.activityEvent.create({
      data: { type, at: at(when), agentId: who.id, agentName: who.name, teamId: who.teamId, teamName: who.teamName },
    });
  await event(agents.anna, "agentSignedIn", "2026-10-31T22:00:00Z");
  await event(agents.anna, "agentSignedOut", "2026-11-01T02:00:00Z");
  await event(agents.anna, "agentSignedIn", "2026-11-01T08:00:00Z");
  await event(agents.anna, "agentSignedIn", "2026-11-01T09:00:00Z");
  await event(agents.anna, "agentSignedOut", "2026-11-01T12:00:00Z");
  await event(agents.anna, "agentSignedIn", "2026-11-02T01:00:00Z");
  await event(agents.bert, "signInRefused", "2026-11-01T10:30:00Z");
  await event(agents.bert, "agentSignedIn", "2026-11-01T11:00:00Z");
  await event(agents.carl, "signInRefused", "2026-10-31T23:00:00Z");
  await event(agents.carl, "signInRefused", "2026-11-01T07:00:00Z");
  await event(agents.carl, "agentSignedIn", "2026-11-01T23:30:00Z");
  await event(agents.carl, "agentSignedOut", "2026-11-02T00:30:00Z");
  return { support, sales, agents };
}

const figures = (uniqueAgents: number, signIns: number, signedInHours: number, refused: number): SignInFigures => ({
  uniqueAgents,
  signIns,
  signedInMs: signedInHours * HOUR,
  refused,
});

describe("signInActivity", () => {
  it("counts a company manager's day per agent, as written down by hand", async () => {
    const d = await consoleDay();
    const report = await signInActivity({ kind: "company" }, noFilters, period, "none", "UTC", NEXT_MORNING);
    // Anna 6 h, Bert 13 h (11:00 until midnight), Carl half an hour.
    expect(report.totals).toEqual(figures(3, 4, 19.5, 2));
    expect(report.agents).toEqual([
      { agentId: d.agents.anna.id, agentName: "Anna Muster", teamName: "Support", figures: figures(1, 2, 6, 0) },
      { agentId: d.agents.bert.id, agentName: "Bert Beispiel", teamName: "Vertrieb", figures: figures(1, 1, 13, 1) },
      { agentId: d.agents.carl.id, agentName: "Carl Clever", teamName: "Support", figures: figures(1, 1, 0.5, 1) },
    ]);
    expect(report.groups).toEqual([]);
  });

  it("counts a console still open until now, when now is before the period's end", async () => {
    const d = await consoleDay();
    const bert: ReportScope = { kind: "agent", agentId: d.agents.bert.id };
    const report = await signInActivity(bert, noFilters, period, "none", "UTC", at("2026-11-01T20:00:00Z"));
    expect(report.totals).toEqual(figures(1, 1, 9, 1));
    expect(report.agents.map((a) => a.agentName)).toEqual(["Bert Beispiel"]);
  });

  it("gives a team manager their teams' agents; a portal filter does not apply to sign-ins", async () => {
    const d = await consoleDay();
    const support: ReportScope = { kind: "teams", teamIds: new Set([d.support.id]), portalFigures: null };
    const report = await signInActivity(support, noFilters, period, "none", "UTC", NEXT_MORNING);
    expect(report.totals).toEqual(figures(2, 3, 6.5, 1));
    expect(report.agents.map((a) => a.agentName)).toEqual(["Anna Muster", "Carl Clever"]);
    const somePortal = { ...noFilters, subPortalIds: new Set(["a-sub-portal"]) };
    expect(await signInActivity(support, somePortal, period, "none", "UTC", NEXT_MORNING)).toEqual(report);
    const salesOnly = { ...noFilters, teamIds: new Set([d.sales.id]) };
    expect((await signInActivity({ kind: "company" }, salesOnly, period, "none", "UTC", NEXT_MORNING)).totals).toEqual(
      figures(1, 1, 13, 1),
    );
  });

  it("splits the time signed in across the hours it spans", async () => {
    await consoleDay();
    const { groups } = await signInActivity({ kind: "company" }, noFilters, period, "hourOfDay", "UTC", NEXT_MORNING);
    expect(groups.map((g) => g.key)).toEqual(Array.from({ length: 24 }, (_, h) => String(h).padStart(2, "0")));
    const hour = (key: string) => groups.find((g) => g.key === key)!.figures;
    expect(hour("00")).toEqual(figures(1, 0, 1, 0)); // Anna
    expect(hour("07")).toEqual(figures(0, 0, 0, 1)); // Carl refused, nobody signed in
    expect(hour("09")).toEqual(figures(1, 1, 1, 0)); // Anna's takeover
    expect(hour("10")).toEqual(figures(1, 0, 1, 1)); // Anna; Bert refused
    expect(hour("11")).toEqual(figures(2, 1, 2, 0)); // Anna until 12:00, Bert from 11:00
    expect(hour("23")).toEqual(figures(2, 1, 1.5, 0)); // Bert, Carl from 23:30
  });

  it("puts sign-ins on the viewer's days: in Berlin, 23:00 UTC is the next day", async () => {
    await consoleDay();
    const report = await signInActivity({ kind: "company" }, noFilters, period, "day", "Europe/Berlin", NEXT_MORNING);
    expect(report.groups).toEqual([
      // Until 23:00 UTC: Anna 6 h, Bert 12 h; Anna's two sign-ins and Bert's; both refusals.
      { key: "2026-11-01", label: "2026-11-01", figures: figures(2, 3, 18, 2) },
      // 00:00–01:00 in Berlin: Bert's last hour, Carl's half hour and his sign-in.
      { key: "2026-11-02", label: "2026-11-02", figures: figures(2, 1, 1.5, 0) },
    ]);
  });

  it("has groups that add up to the totals, for every grouping and viewer", async () => {
    const d = await consoleDay();
    const scopes: ReportScope[] = [
      { kind: "company" },
      { kind: "teams", teamIds: new Set([d.support.id]), portalFigures: null },
      { kind: "agent", agentId: d.agents.anna.id },
    ];
    for (const scope of scopes)
      for (const grouping of TIME_GROUPINGS)
        for (const timeZone of ["Europe/Berlin", "America/New_York"]) {
          const { totals, agents, groups } = await signInActivity(
            scope,
            noFilters,
            period,
            grouping,
            timeZone,
            NEXT_MORNING,
          );
          const label = `${scope.kind} ${grouping} ${timeZone}`;
          for (const parts of [groups, agents]) {
            const sum = (pick: (f: SignInFigures) => number) => parts.reduce((n, p) => n + pick(p.figures), 0);
            expect(
              sum((f) => f.signIns),
              label,
            ).toBe(totals.signIns);
            expect(
              sum((f) => f.refused),
              label,
            ).toBe(totals.refused);
            expect(
              sum((f) => f.signedInMs),
              label,
            ).toBe(totals.signedInMs);
          }
        }
  });
});
