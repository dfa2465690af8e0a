import { beforeEach, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { resolveReportFilters } from "@/lib/reports/report-filters";
import { parseReportParams } from "@/lib/reports/report-params";
import type { ReportScope } from "@/lib/reports/report-scope";
import { createPortalRecord, createTeamRecord, createUserRecord } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";

beforeEach(resetDatabase);

async function desk() {
  const support = await createTeamRecord("Support");
  const firstLevel = await createTeamRecord("1st Level", support.id);
  const sales = await createTeamRecord("Vertrieb");
  const service = await createPortalRecord({
    name: "Kundendienst",
    subPortals: ["Allgemein", "Technik"],
    teamIds: [firstLevel.id],
  });
  const shop = await createPortalRecord({ name: "Verkauf", teamIds: [sales.id] });
  const anna = await createUserRecord({
    kind: "agent",
    teamIds: [firstLevel.id],
    firstName: "Anna",
    lastName: "Muster",
  });
  const bert = await createUserRecord({ kind: "agent", teamIds: [sales.id], firstName: "Bert", lastName: "Beispiel" });
  const company: ReportScope = { kind: "company" };
  const lead: ReportScope = { kind: "teams", teamIds: new Set([support.id, firstLevel.id]), portalFigures: null };
  return { support, firstLevel, sales, service, shop, anna, bert, company, lead };
}

const params = (filters: Record<string, string>) => parseReportParams({ type: "summary", period: "today", ...filters });
const ids = (set: ReadonlySet<string> | null) => (set ? [...set].sort() : null);

describe("resolveReportFilters", () => {
  it("takes everything the scope allows when nothing is chosen", async () => {
    const d = await desk();
    expect(await resolveReportFilters(d.lead, params({}))).toEqual({
      subPortalIds: null,
      teamIds: null,
      agentId: null,
      names: { portal: null, subPortal: null, team: null, agent: null },
    });
  });

  it("narrows to a portal's sub-portals, a team with its sub-teams and an agent, and names them", async () => {
    const d = await desk();
    const filters = await resolveReportFilters(
      d.company,
      params({ portalId: d.service.id, teamId: d.support.id, agentId: d.anna.id }),
    );
    expect(ids(filters.subPortalIds)).toEqual(d.service.subPortals.map((s) => s.id).sort());
    expect(ids(filters.teamIds)).toEqual([d.support.id, d.firstLevel.id].sort());
    expect(filters.agentId).toBe(d.anna.id);
    expect(filters.names).toEqual({ portal: "Kundendienst", subPortal: null, team: "Support", agent: "Anna Muster" });
    const technik = d.service.subPortals[1]!;
    const one = await resolveReportFilters(d.company, params({ portalId: d.service.id, subPortalId: technik.id }));
    expect(ids(one.subPortalIds)).toEqual([technik.id]);
    expect(one.names).toMatchObject({ portal: "Kundendienst", subPortal: "Technik" });
  });

  it("gives a team manager only the sub-portals their teams serve", async () => {
    const d = await desk();
    // The factory lets 1st Level serve the first sub-portal only.
    const filters = await resolveReportFilters(d.lead, params({ portalId: d.service.id }));
    expect(ids(filters.subPortalIds)).toEqual([d.service.subPortals[0]!.id]);
  });

  it("finds nothing outside the scope: another team, its agent, a portal not served, a sub-portal of another portal", async () => {
    const d = await desk();
    const refused = [
      params({ teamId: d.sales.id }),
      params({ agentId: d.bert.id }),
      params({ portalId: d.shop.id }),
      params({ subPortalId: d.service.subPortals[1]!.id }),
      params({ portalId: d.shop.id, subPortalId: d.service.subPortals[0]!.id }),
      params({ teamId: "no-such-team" }),
      params({ agentId: "no-such-agent" }),
    ];
    for (const p of refused) await expect(resolveReportFilters(d.lead, p)).rejects.toBeInstanceOf(NotFoundError);
    await expect(resolveReportFilters(d.company, params({ portalId: "nope" }))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps an agent to their own sessions, without filters", async () => {
    const d = await desk();
    const own: ReportScope = { kind: "agent", agentId: d.anna.id };
    expect((await resolveReportFilters(own, params({}))).agentId).toBe(d.anna.id);
    await expect(resolveReportFilters(own, params({ agentId: d.bert.id }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(resolveReportFilters(own, params({ teamId: d.firstLevel.id }))).rejects.toBeInstanceOf(NotFoundError);
  });
});
