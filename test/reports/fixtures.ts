import { db } from "@/lib/db/client";
import type { ReportFilters } from "@/lib/reports/report-filters";
import type { ReportParams } from "@/lib/reports/report-params";
import { createPortalRecord, createSupportSessionRecord, createTeamRecord, createUserRecord } from "@/prisma/factories";

/** The Zusammenfassung of the last seven days, everything the viewer may see, ungrouped. */
export const lastWeekSummary: ReportParams = {
  type: "summary",
  period: { kind: "last7Days" },
  portalId: null,
  subPortalId: null,
  teamId: null,
  agentId: null,
  grouping: "none",
};

/** A report without filters: everything the scope allows. */
export const noFilters: ReportFilters = {
  subPortalIds: null,
  teamIds: null,
  agentId: null,
  names: { portal: null, subPortal: null, team: null, agent: null },
};

export const at = (value: string) => new Date(value);

/** The UTC day the report tests look at. */
export const period = { from: at("2026-11-01T00:00:00Z"), to: at("2026-11-02T00:00:00Z") };

/**
 * One day at two sub-portals: Support serves "Kundendienst", Vertrieb "Verkauf". Every figure is
 * written down by hand below from this list, not computed by the code under test.
 */
export async function day() {
  const support = await createTeamRecord("Support");
  const sales = await createTeamRecord("Vertrieb");
  const service = await createPortalRecord({ name: "Kundendienst", teamIds: [support.id] });
  const shop = await createPortalRecord({ name: "Verkauf", teamIds: [sales.id] });
  const anna = await createUserRecord({ kind: "agent", teamIds: [support.id], firstName: "Anna", lastName: "Muster" });
  const bert = await createUserRecord({ kind: "agent", teamIds: [sales.id], firstName: "Bert", lastName: "Beispiel" });
  const agents = {
    anna: { id: anna.id, name: "Anna Muster", teamId: support.id, teamName: "Support" },
    bert: { id: bert.id, name: "Bert Beispiel", teamId: sales.id, teamName: "Vertrieb" },
  };
  const event = (type: string, when: string, portal: typeof service, agent?: (typeof agents)["anna"]) =>
    db.activityEvent.create({
      data: {
        type,
        at: at(when),
        portalId: portal.id,
        portalName: portal.name,
        subPortalId: portal.subPortals[0]!.id,
        subPortalName: portal.subPortals[0]!.name,
        agentId: agent?.id ?? null,
        agentName: agent?.name ?? null,
        teamId: agent?.teamId ?? null,
        teamName: agent?.teamName ?? null,
      },
    });
  const session = (
    portal: typeof service,
    agent: (typeof agents)["anna"],
    arrived: string,
    started: string,
    ended: string | null,
    outcome: string | null,
    customerRating: number | null = null,
  ) =>
    createSupportSessionRecord({
      portal,
      subPortal: portal.subPortals[0]!,
      agent,
      arrivedAt: at(arrived),
      startedAt: at(started),
      endedAt: ended ? at(ended) : null,
      outcome,
      customerRating,
    });
  // Kundendienst: 4 submitted (one the day before), 3 posted, 1 abandoned, 1 no answer; Anna declined once.
  await event("submitted", "2026-10-31T23:59:00Z", service);
  for (const when of ["2026-11-01T08:00:00Z", "2026-11-01T09:00:00Z", "2026-11-01T10:00:00Z"]) {
    await event("submitted", when, service);
    await event("posted", when, service);
  }
  await event("abandoned", "2026-11-01T08:30:00Z", service);
  await event("noAgentResponse", "2026-11-01T09:30:00Z", service);
  await event("declined", "2026-11-01T10:00:30Z", service, agents.anna);
  // Verkauf: 2 submitted, 2 posted; Bert declined twice.
  for (const when of ["2026-11-01T11:00:00Z", "2026-11-01T12:00:00Z"]) {
    await event("submitted", when, shop);
    await event("posted", when, shop);
    await event("declined", when.replace(":00:00Z", ":00:10Z"), shop, agents.bert);
  }
  // Sessions: Anna waited 60 s and 120 s for hers (10 min and 20 min long), Bert 300 s (still running),
  // and one of Anna's began the day before and ended on this day (5 min, unresolved).
  await session(
    service,
    agents.anna,
    "2026-11-01T10:00:00Z",
    "2026-11-01T10:01:00Z",
    "2026-11-01T10:11:00Z",
    "resolved",
    5,
  );
  await session(service, agents.anna, "2026-11-01T13:00:00Z", "2026-11-01T13:02:00Z", "2026-11-01T13:22:00Z", null);
  await session(shop, agents.bert, "2026-11-01T12:00:00Z", "2026-11-01T12:05:00Z", null, null);
  await session(
    service,
    agents.anna,
    "2026-10-31T23:50:00Z",
    "2026-10-31T23:58:00Z",
    "2026-11-01T00:03:00Z",
    "unresolved",
    2,
  );
  const served = (portal: typeof service) => new Set(portal.subPortals.map((s) => s.id));
  return { support, sales, service, shop, agents, served };
}
