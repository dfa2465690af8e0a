import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { reportScope } from "@/lib/reports/report-scope";
import { createPortalRecord, createTeamRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import type { TeamManagerRight } from "@/lib/access/rights";

beforeEach(resetDatabase);

async function desk() {
  const support = await createTeamRecord("Support");
  const firstLevel = await createTeamRecord("1st Level", support.id);
  const sales = await createTeamRecord("Vertrieb");
  const supportPortal = await createPortalRecord({ name: "Kundendienst", teamIds: [firstLevel.id] });
  const salesPortal = await createPortalRecord({ name: "Verkauf", teamIds: [sales.id] });
  const subPortalsOf = async (portalId: string) =>
    (await db.subPortal.findMany({ where: { portalId }, select: { id: true } })).map((s) => s.id).sort();
  const manager = async (role: "company" | "team" | "api", rights: TeamManagerRight[] = []) =>
    signedInPrincipal(
      await createUserRecord({ kind: "manager", role, name: `Manager ${role}`, teamIds: [support.id], rights }),
    );
  const agent = async (teamId: string) =>
    signedInPrincipal(
      await createUserRecord({ kind: "agent", teamIds: [teamId], firstName: "Anna", lastName: "Muster" }),
      "agent",
    );
  return { support, firstLevel, sales, supportPortal, salesPortal, subPortalsOf, manager, agent };
}

describe("reportScope", () => {
  it("lets a company manager count everything", async () => {
    const d = await desk();
    expect(await reportScope(await d.manager("company"))).toEqual({ kind: "company" });
  });

  it("gives a team manager their teams with sub-teams and the portal figures of the sub-portals they serve", async () => {
    const d = await desk();
    const scope = await reportScope(await d.manager("team"));
    expect(scope.kind).toBe("teams");
    if (scope.kind !== "teams") return;
    expect([...scope.teamIds].sort()).toEqual([d.support.id, d.firstLevel.id].sort());
    expect([...(scope.portalFigures?.subPortalIds ?? [])].sort()).toEqual(await d.subPortalsOf(d.supportPortal.id));
  });

  it("keeps portal-wide figures from a team manager whose rights list says Portalberichte nicht zulassen", async () => {
    const d = await desk();
    const scope = await reportScope(await d.manager("team", ["disallowPortalReports"]));
    expect(scope).toMatchObject({ kind: "teams", portalFigures: null });
  });

  it("gives an agent with the function Berichte their own sessions, and nothing to one without it", async () => {
    const d = await desk();
    const anna = await d.agent(d.firstLevel.id);
    // Off by default.
    await expect(reportScope(anna)).rejects.toBeInstanceOf(NotFoundError);
    // On for the parent team: the agent's team inherits it.
    await db.team.update({ where: { id: d.support.id }, data: { functions: JSON.stringify({ reports: true }) } });
    expect(await reportScope(anna)).toEqual({ kind: "agent", agentId: anna.userId });
    // Off for this agent.
    await db.agentProfile.update({
      where: { userId: anna.userId },
      data: { functions: JSON.stringify({ reports: false }) },
    });
    await expect(reportScope(anna)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("has no reports for an API manager", async () => {
    const d = await desk();
    await expect(reportScope(await d.manager("api"))).rejects.toBeInstanceOf(NotFoundError);
  });
});
