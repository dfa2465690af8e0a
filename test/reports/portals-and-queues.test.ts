import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { portalsAndQueues, type PortalQueueFigures } from "@/lib/reports/portals-and-queues";
import type { ReportScope } from "@/lib/reports/report-scope";
import { TIME_GROUPINGS } from "@/lib/reports/time-buckets";
import { createPortalRecord, createSupportSessionRecord, createTeamRecord, createUserRecord } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { at, noFilters, period } from "./fixtures";

beforeEach(resetDatabase);

/**
 * One day (UTC) at two portals: Kundendienst with the sub-portals Drucker and Netz (Support serves
 * both), Verkauf with Standard (Vertrieb). Every figure is counted by hand from this list.
 */
async function queues() {
  const support = await createTeamRecord("Support");
  const sales = await createTeamRecord("Vertrieb");
  const service = await createPortalRecord({ name: "Kundendienst", subPortals: ["Drucker", "Netz"] });
  const shop = await createPortalRecord({ name: "Verkauf" });
  const [printer, network] = [service.subPortals[0]!, service.subPortals[1]!];
  const standard = shop.subPortals[0]!;
  const anna = await createUserRecord({ kind: "agent", teamIds: [support.id], firstName: "Anna", lastName: "Muster" });
  const bert = await createUserRecord({ kind: "agent", teamIds: [sales.id], firstName: "Bert", lastName: "Beispiel" });
  const agents = {
    anna: { id: anna.id, name: "Anna Muster", teamId: support.id, teamName: "Support" },
    bert: { id: bert.id, name: "Bert Beispiel", teamId: sales.id, teamName: "Vertrieb" },
  };
  type Where = { portal: typeof service; subPortal: typeof printer };
  const D: Where = { portal: service, subPortal: printer };
  const N: Where = { portal: service, subPortal: network };
  const V: Where = { portal: shop, subPortal: standard };
  const event = (type: string, when: string, where: Where, agent?: (typeof agents)["anna"]) =>
    db.activityEvent.create({
      data: {
        type,
        at: at(when),
        portalId: where.portal.id,
        portalName: where.portal.name,
        subPortalId: where.subPortal.id,
        subPortalName: where.subPortal.name,
        agentId: agent?.id ?? null,
        agentName: agent?.name ?? null,
        teamId: agent?.teamId ?? null,
        teamName: agent?.teamName ?? null,
      },
    });
  const session = (where: Where, agent: (typeof agents)["anna"], arrived: string, started: string) =>
    createSupportSessionRecord({ ...where, agent, arrivedAt: at(arrived), startedAt: at(started) });

  // Drucker: 3 submitted and posted (one more the day before), 1 abandoned, 1 not answered, Anna
  // declined once, 2 refused while closed; an offer, which this report does not count.
  await event("submitted", "2026-10-31T23:59:00Z", D);
  for (const when of ["2026-11-01T08:00:00Z", "2026-11-01T09:00:00Z", "2026-11-01T10:00:00Z"]) {
    await event("submitted", when, D);
    await event("posted", when, D);
  }
  await event("abandoned", "2026-11-01T08:30:00Z", D);
  await event("noAgentResponse", "2026-11-01T09:30:00Z", D);
  await event("declined", "2026-11-01T10:00:30Z", D, agents.anna);
  await event("offered", "2026-11-01T10:00:05Z", D, agents.anna);
  await event("refusedClosed", "2026-11-01T06:00:00Z", D);
  await event("refusedClosed", "2026-11-01T06:05:00Z", D);
  // Netz: 1 submitted and posted; refused while closed at 23:30 UTC, 00:30 the next day in Berlin.
  await event("submitted", "2026-11-01T13:00:00Z", N);
  await event("posted", "2026-11-01T13:00:00Z", N);
  await event("refusedClosed", "2026-11-01T23:30:00Z", N);
  // Standard: 2 submitted and posted, Bert declined both first; one refusal the day after.
  for (const when of ["2026-11-01T11:00:00Z", "2026-11-01T12:00:00Z"]) {
    await event("submitted", when, V);
    await event("posted", when, V);
    await event("declined", when.replace(":00:00Z", ":00:10Z"), V, agents.bert);
  }
  await event("refusedClosed", "2026-11-02T00:00:00Z", V);

  // Sessions that started on the day, with their waiting times: Drucker Anna 60 s, 300 s and 600 s
  // (at 23:10 UTC, the next day in Berlin), Bert 600 s; Netz Anna 120 s; Standard Bert 20 s, 300 s.
  await session(D, agents.anna, "2026-11-01T10:00:00Z", "2026-11-01T10:01:00Z");
  await session(D, agents.anna, "2026-11-01T09:00:00Z", "2026-11-01T09:05:00Z");
  await session(D, agents.anna, "2026-11-01T23:00:00Z", "2026-11-01T23:10:00Z");
  await session(D, agents.bert, "2026-11-01T08:00:00Z", "2026-11-01T08:10:00Z");
  await session(D, agents.anna, "2026-10-31T23:50:00Z", "2026-10-31T23:58:00Z"); // the day before
  await session(N, agents.anna, "2026-11-01T13:00:00Z", "2026-11-01T13:02:00Z");
  await session(V, agents.bert, "2026-11-01T12:00:00Z", "2026-11-01T12:05:00Z");
  await session(V, agents.bert, "2026-11-01T11:00:00Z", "2026-11-01T11:00:20Z");
  return { support, sales, service, shop, printer, network, standard, agents };
}

const s = 1000;
const figures = (f: Partial<PortalQueueFigures>): PortalQueueFigures => ({
  submitted: 0,
  posted: 0,
  accepted: 0,
  waitMs: null,
  abandoned: 0,
  noAgentResponse: 0,
  declined: 0,
  outsideBusinessHours: 0,
  ...f,
});

describe("portalsAndQueues", () => {
  it("counts a company manager's day per portal and sub-portal, as written down by hand", async () => {
    const d = await queues();
    const report = await portalsAndQueues({ kind: "company" }, noFilters, period, "none", "UTC");
    const printer = figures({
      submitted: 3,
      posted: 3,
      accepted: 4,
      // 60, 300, 600, 600 s: average 390 s; the p90 by nearest rank is the fourth.
      waitMs: { average: 390 * s, p90: 600 * s },
      abandoned: 1,
      noAgentResponse: 1,
      declined: 1,
      outsideBusinessHours: 2,
    });
    const network = figures({
      submitted: 1,
      posted: 1,
      accepted: 1,
      waitMs: { average: 120 * s, p90: 120 * s },
      outsideBusinessHours: 1,
    });
    const standard = figures({
      submitted: 2,
      posted: 2,
      accepted: 2,
      waitMs: { average: 160 * s, p90: 300 * s },
      declined: 2,
    });
    expect(report.portals).toEqual([
      {
        portalId: d.service.id,
        portalName: "Kundendienst",
        // 60, 120, 300, 600, 600 s: average 336 s.
        figures: figures({
          submitted: 4,
          posted: 4,
          accepted: 5,
          waitMs: { average: 336 * s, p90: 600 * s },
          abandoned: 1,
          noAgentResponse: 1,
          declined: 1,
          outsideBusinessHours: 3,
        }),
        subPortals: [
          { subPortalId: d.printer.id, subPortalName: "Drucker", figures: printer },
          { subPortalId: d.network.id, subPortalName: "Netz", figures: network },
        ],
      },
      {
        portalId: d.shop.id,
        portalName: "Verkauf",
        figures: standard,
        subPortals: [{ subPortalId: d.standard.id, subPortalName: "Standard", figures: standard }],
      },
    ]);
    // 20, 60, 120, 300, 300, 600, 600 s: 2,000 s / 7; the p90 is the seventh.
    expect(report.totals).toEqual(
      figures({
        submitted: 6,
        posted: 6,
        accepted: 7,
        waitMs: { average: Math.round((2000 * s) / 7), p90: 600 * s },
        abandoned: 1,
        noAgentResponse: 1,
        declined: 3,
        outsideBusinessHours: 3,
      }),
    );
    expect(report.groups).toEqual([]);
  });

  it("gives a team manager their sub-portals' requests and their teams' sessions there", async () => {
    const d = await queues();
    const support: ReportScope = {
      kind: "teams",
      teamIds: new Set([d.support.id]),
      portalFigures: { subPortalIds: new Set([d.printer.id, d.network.id]) },
    };
    const report = await portalsAndQueues(support, noFilters, period, "none", "UTC");
    // Bert's session at Drucker belongs to Vertrieb: Anna's 60, 120, 300 and 600 s remain.
    expect(report.totals).toEqual(
      figures({
        submitted: 4,
        posted: 4,
        accepted: 4,
        waitMs: { average: 270 * s, p90: 600 * s },
        abandoned: 1,
        noAgentResponse: 1,
        declined: 1,
        outsideBusinessHours: 3,
      }),
    );
    expect(report.portals.map((p) => [p.portalName, p.subPortals.map((sub) => sub.subPortalName)])).toEqual([
      ["Kundendienst", ["Drucker", "Netz"]],
    ]);
    const shopOnly = { ...noFilters, subPortalIds: new Set([d.standard.id]) };
    expect((await portalsAndQueues({ kind: "company" }, shopOnly, period, "none", "UTC")).portals).toHaveLength(1);
  });

  it("is not found for a viewer without portal figures, or for a report narrowed to a team or an agent", async () => {
    const d = await queues();
    const refused: [ReportScope, typeof noFilters][] = [
      [{ kind: "agent", agentId: d.agents.anna.id }, noFilters],
      [{ kind: "teams", teamIds: new Set([d.support.id]), portalFigures: null }, noFilters],
      [{ kind: "company" }, { ...noFilters, teamIds: new Set([d.support.id]) }],
      [{ kind: "company" }, { ...noFilters, agentId: d.agents.bert.id }],
    ];
    for (const [scope, filters] of refused)
      await expect(portalsAndQueues(scope, filters, period, "none", "UTC")).rejects.toThrow(NotFoundError);
  });

  it("puts requests and sessions on the viewer's days: in Berlin, 23:00 UTC is the next day", async () => {
    await queues();
    const report = await portalsAndQueues({ kind: "company" }, noFilters, period, "day", "Europe/Berlin");
    expect(report.groups).toEqual([
      {
        key: "2026-11-01",
        label: "2026-11-01",
        // All but Anna's session at 23:10 UTC and Netz's refusal at 23:30 UTC.
        figures: figures({
          submitted: 6,
          posted: 6,
          accepted: 6,
          waitMs: { average: Math.round((1400 * s) / 6), p90: 600 * s },
          abandoned: 1,
          noAgentResponse: 1,
          declined: 3,
          outsideBusinessHours: 2,
        }),
      },
      {
        key: "2026-11-02",
        label: "2026-11-02",
        figures: figures({ accepted: 1, waitMs: { average: 600 * s, p90: 600 * s }, outsideBusinessHours: 1 }),
      },
    ]);
    // Counting each event (for the groups) or letting the database count them gives the same report.
    const ungrouped = await portalsAndQueues({ kind: "company" }, noFilters, period, "none", "Europe/Berlin");
    expect({ ...report, groups: [] }).toEqual(ungrouped);
  });

  it("adds up: sub-portals to their portal, portals to the totals, groups to the totals", async () => {
    const d = await queues();
    const scopes: ReportScope[] = [
      { kind: "company" },
      {
        kind: "teams",
        teamIds: new Set([d.sales.id]),
        portalFigures: { subPortalIds: new Set([d.standard.id, d.printer.id]) },
      },
    ];
    const counts = ["submitted", "posted", "accepted", "abandoned", "noAgentResponse", "declined"] as const;
    const expectSum = (parts: { figures: PortalQueueFigures }[], whole: PortalQueueFigures, label: string) => {
      for (const figure of [...counts, "outsideBusinessHours"] as const)
        expect(
          parts.reduce((n, part) => n + part.figures[figure], 0),
          `${label} ${figure}`,
        ).toBe(whole[figure]);
      // The average is weighted by the sessions behind it (to the millisecond's rounding).
      const waited = parts.reduce((n, part) => n + (part.figures.waitMs?.average ?? 0) * part.figures.accepted, 0);
      expect(Math.abs(waited - (whole.waitMs?.average ?? 0) * whole.accepted), label).toBeLessThan(parts.length + 1);
    };
    for (const scope of scopes)
      for (const grouping of TIME_GROUPINGS) {
        const report = await portalsAndQueues(scope, noFilters, period, grouping, "Europe/Berlin");
        const label = `${scope.kind} ${grouping}`;
        expectSum(report.portals, report.totals, `${label} portals`);
        for (const portal of report.portals)
          expectSum(portal.subPortals, portal.figures, `${label} ${portal.portalName}`);
        expectSum(report.groups, report.totals, `${label} groups`);
      }
  });
});
