// "Alle N Treffer auswählen" (decision record 13): moving and deleting every agent a filter of the
// Agents page matches — always within the actor's scope, all or nothing, and never a set other
// than the one the confirmation page showed. Also the page size and page clamping of the list.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deleteAgentMatches, describeAgentMatches, moveAgentMatches } from "@/lib/agents/agent-matches";
import { listAgents } from "@/lib/agents/list-agents";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError, StaleSelectionError } from "@/lib/errors/domain-errors";
import { createUserRecord } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { buildOrganisation } from "./org-fixture";

let org: Awaited<ReturnType<typeof buildOrganisation>>;
beforeEach(async () => {
  await resetDatabase();
  org = await buildOrganisation();
});

type Filter = { q: string; team: string };
const all: Filter = { q: "", team: "" };

/** What the confirmation page shows and sends back. */
async function confirm(actor: Principal, filter: Filter, purpose: "move" | "delete" = "move") {
  const matches = await describeAgentMatches(actor, { filter, purpose });
  return { count: String(matches.count), fingerprint: matches.fingerprint };
}

const teamOf = async (agentId: string) =>
  (await db.agentProfile.findUniqueOrThrow({ where: { userId: agentId } })).teamId;
const firstNamesIn = async (teamId: string) =>
  (await db.agentProfile.findMany({ where: { teamId }, orderBy: { firstName: "asc" } })).map((a) => a.firstName);

describe("describing all matches", () => {
  it("counts what the filter matches within the actor's scope, with the first few by name", async () => {
    const company = await describeAgentMatches(org.principals.company, { filter: all, purpose: "move" });
    expect(company.count).toBe(6);
    const teamA = await describeAgentMatches(org.principals.teamA, { filter: all, purpose: "delete" });
    expect(teamA.count).toBe(4);
    expect(teamA.preview.map((a) => a.name)).toEqual(["Test Agent", "Lea Muster", "Paul Muster", "Sina Muster"]);
    expect(teamA.fingerprint).not.toBe(company.fingerprint);
    const level1 = await describeAgentMatches(org.principals.teamA, {
      filter: { q: "MUSTER", team: org.teams.level1.id },
      purpose: "move",
    });
    expect([level1.count, level1.filter.teamPath]).toEqual([2, "Support › Level 1"]);
  });

  it("answers 'not found' for a team outside the scope, 'no team' for a team manager, junk, and without the right", async () => {
    const refused: [Principal, unknown, "move" | "delete"][] = [
      [org.principals.teamA, { q: "", team: org.teams.sales.id }, "move"],
      [org.principals.teamA, { q: "", team: "none" }, "move"],
      [org.principals.teamA, { q: "", team: "no-such-team" }, "move"],
      [org.principals.teamA, { q: "x".repeat(201), team: "" }, "move"],
      [org.principals.teamA, { q: ["Lea"], team: "" }, "move"],
      [org.principals.teamA, "q=&team=", "move"],
      [org.principals.teamB, all, "delete"], // no "Mitarbeiter hinzufügen/löschen"
      [org.principals.api, all, "move"],
      [org.principals.agentWithAccess, all, "move"],
    ];
    for (const [actor, filter, purpose] of refused) {
      await expect(describeAgentMatches(actor, { filter, purpose }), JSON.stringify(filter)).rejects.toThrow(
        NotFoundError,
      );
    }
    await expect(describeAgentMatches(org.principals.company, { filter: all, purpose: "copy" })).rejects.toThrow(
      NotFoundError,
    );
  });
});

describe("moving all matches", () => {
  it("moves exactly the confirmed agents, in one transaction, and audits each", async () => {
    const filter = { q: "muster", team: org.teams.level1.id };
    const confirmed = await confirm(org.principals.teamA, filter);
    expect(
      await moveAgentMatches(org.principals.teamA, { filter, targetTeamId: org.teams.support.id, confirmed }),
    ).toBe(2);
    expect(await firstNamesIn(org.teams.support.id)).toEqual(["Lea", "Paul", "Sina", "Test"]);
    const audit = await db.auditLog.findMany({ where: { action: "agent.moved" } });
    expect(audit.map((row) => JSON.parse(row.summary).selection)).toEqual([
      { allMatches: filter },
      { allMatches: filter },
    ]);
  });

  it("a team manager reaches only agents in scope, whatever the request says", async () => {
    const everyone = await confirm(org.principals.company, all);
    const attempts: [
      string,
      Parameters<typeof moveAgentMatches>[1],
      typeof NotFoundError | typeof StaleSelectionError,
    ][] = [
      // A foreign team as the filter, or as the target.
      [
        "foreign filter",
        {
          filter: { q: "", team: org.teams.sales.id },
          targetTeamId: org.teams.support.id,
          confirmed: await confirm(org.principals.company, { q: "", team: org.teams.sales.id }),
        },
        NotFoundError,
      ],
      [
        "foreign target",
        { filter: all, targetTeamId: org.teams.sales.id, confirmed: await confirm(org.principals.teamA, all) },
        NotFoundError,
      ],
      // The company manager's confirmation of everyone: team A's filter matches fewer, so nothing moves.
      [
        "company's count",
        { filter: all, targetTeamId: org.teams.support.id, confirmed: everyone },
        StaleSelectionError,
      ],
      [
        "no confirmation",
        { filter: all, targetTeamId: org.teams.support.id, confirmed: { count: "0", fingerprint: "" } },
        NotFoundError,
      ],
      [
        "a forged fingerprint",
        {
          filter: all,
          targetTeamId: org.teams.support.id,
          confirmed: { count: "4", fingerprint: "0".repeat(64) },
        },
        StaleSelectionError,
      ],
    ];
    for (const [note, input, error] of attempts) {
      await expect(moveAgentMatches(org.principals.teamA, input), note).rejects.toThrow(error);
    }
    // teamB has no rights at all, but moving needs none: only the scope, which excludes team A's agents.
    await expect(
      moveAgentMatches(org.principals.teamB, {
        filter: { q: "", team: org.teams.support.id },
        targetTeamId: org.teams.sales.id,
        confirmed: await confirm(org.principals.company, { q: "", team: org.teams.support.id }),
      }),
    ).rejects.toThrow(NotFoundError);
    expect(await teamOf(org.agents.level1.id)).toBe(org.teams.level1.id);
    expect(await teamOf(org.agents.sales.id)).toBe(org.teams.sales.id);
    expect(await db.auditLog.count({ where: { action: "agent.moved" } })).toBe(0);
  });

  it("refuses a confirmation the set has changed since — a different count, or the same count of others", async () => {
    const filter = { q: "muster", team: org.teams.level1.id };
    const confirmed = await confirm(org.principals.teamA, filter);
    const move = () =>
      moveAgentMatches(org.principals.teamA, { filter, targetTeamId: org.teams.support.id, confirmed });

    const nina = await createUserRecord({
      kind: "agent",
      firstName: "Nina",
      lastName: "Muster",
      teamIds: [org.teams.printers.id],
    });
    await expect(move()).rejects.toEqual(new StaleSelectionError(3));

    // Still two — but Paul left and Nina came: the fingerprint tells.
    await db.agentProfile.update({ where: { userId: org.agents.printers.id }, data: { teamId: org.teams.sales.id } });
    const refused = await move().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StaleSelectionError);
    expect((refused as StaleSelectionError).count).toBe(2);

    expect(await teamOf(org.agents.level1.id)).toBe(org.teams.level1.id);
    expect(await teamOf(nina.id)).toBe(org.teams.printers.id);
    expect(await db.auditLog.count({ where: { action: "agent.moved" } })).toBe(0);

    // Confirmed again, it moves what the page now shows.
    const again = await confirm(org.principals.teamA, filter);
    expect(
      await moveAgentMatches(org.principals.teamA, { filter, targetTeamId: org.teams.support.id, confirmed: again }),
    ).toBe(2);
    expect([await teamOf(org.agents.level1.id), await teamOf(nina.id)]).toEqual([
      org.teams.support.id,
      org.teams.support.id,
    ]);
  });
});

describe("deleting all matches", () => {
  it("needs the right, stays in scope, and deletes all or nothing", async () => {
    await expect(
      deleteAgentMatches(org.principals.teamB, { filter: all, confirmed: await confirm(org.principals.company, all) }),
    ).rejects.toThrow(NotFoundError);
    await expect(
      deleteAgentMatches(org.principals.teamA, {
        filter: { q: "", team: org.teams.sales.id },
        confirmed: await confirm(org.principals.company, { q: "", team: org.teams.sales.id }, "delete"),
      }),
    ).rejects.toThrow(NotFoundError);
    const filter = { q: "muster", team: "" };
    const confirmed = await confirm(org.principals.teamA, filter, "delete");
    await createUserRecord({ kind: "agent", firstName: "Spät", lastName: "Muster", teamIds: [org.teams.support.id] });
    await expect(deleteAgentMatches(org.principals.teamA, { filter, confirmed })).rejects.toThrow(StaleSelectionError);
    expect(await db.agentProfile.count()).toBe(7);

    const again = await confirm(org.principals.teamA, filter, "delete");
    expect(again.count).toBe("4");
    expect(await deleteAgentMatches(org.principals.teamA, { filter, confirmed: again })).toBe(4);
    // Team A's "Muster" agents are gone; Vertrieb's (outside the scope) and "Test Agent" (no match) stay.
    expect((await db.agentProfile.findMany({ orderBy: { firstName: "asc" } })).map((a) => a.firstName)).toEqual([
      "Ines",
      "Test",
      "Vera",
    ]);
    expect(await db.user.count({ where: { id: { in: [org.agents.support.id, org.agents.printers.id] } } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "agent.deleted" } })).toBe(4);
  });

  it("records a deleted agent's running report series as stopped, as deleting chosen agents does", async () => {
    const filter = { q: "muster", team: "" };
    const agent = org.agents.support.id;
    const report = await db.savedReport.create({
      data: { ownerId: agent, name: "Mein Team", params: "{}", expiresAt: new Date(Date.now() + 86_400_000) },
    });
    await db.reportSchedule.create({
      data: {
        savedReportId: report.id,
        frequency: "daily",
        time: "08:00",
        format: "csv",
        timeZone: "Europe/Berlin",
        nextAt: new Date(Date.now() + 3_600_000),
      },
    });
    const confirmed = await confirm(org.principals.teamA, filter, "delete");
    await deleteAgentMatches(org.principals.teamA, { filter, confirmed });
    const stopped = await db.auditLog.findFirstOrThrow({ where: { action: "reportDelivery.stopped" } });
    expect(stopped.targetId).toBe(report.id);
    expect(JSON.parse(stopped.summary)).toMatchObject({ reason: "ownerDeleted", ownerId: agent });
  });

  it("company managers can act on the agents without a team", async () => {
    await db.agentProfile.updateMany({
      where: { userId: { in: [org.agents.sales.id, org.agents.inside.id] } },
      data: { teamId: null },
    });
    const filter = { q: "", team: "none" };
    const confirmed = await confirm(org.principals.company, filter);
    expect(confirmed.count).toBe("2");
    expect(
      await moveAgentMatches(org.principals.company, { filter, targetTeamId: org.teams.sales.id, confirmed }),
    ).toBe(2);
    expect(await firstNamesIn(org.teams.sales.id)).toEqual(["Ines", "Vera"]);
  });
});

describe("page size and page clamping", () => {
  beforeEach(async () => {
    for (let i = 0; i < 60; i++)
      await createUserRecord({
        kind: "agent",
        firstName: `P${String(i).padStart(2, "0")}`,
        lastName: "Zeta",
        teamIds: [org.teams.inside.id],
      });
  });

  it("pages by the chosen size and clamps a page past the end to the last", async () => {
    const page = (size: number, requested: number) =>
      listAgents(org.principals.company, { sort: "name", size, page: requested });
    const first = await page(25, 1);
    expect([first.total, first.pages, first.page, first.size, first.agents.length]).toEqual([66, 3, 1, 25, 25]);
    const last = await page(25, 999);
    expect([last.page, last.agents.length, last.agents.at(-1)?.firstName]).toEqual([3, 16, "P59"]);
    const huge = await page(25, Number.MAX_SAFE_INTEGER);
    expect(huge.page).toBe(3);
    expect((await page(100, 1)).agents).toHaveLength(66);
    // Every agent exactly once across the pages, in the team-path order too.
    const ids = [];
    for (let p = 1; p <= 3; p++) {
      ids.push(
        ...(await listAgents(org.principals.company, { sort: "team", size: 25, page: p, locale: "de" })).agents.map(
          (a) => a.id,
        ),
      );
    }
    expect(new Set(ids).size).toBe(66);
  });

  it("says which filter applied: a team outside the scope is dropped, not searched", async () => {
    const result = await listAgents(org.principals.teamA, { team: org.teams.sales.id, q: "x".repeat(500) });
    expect(result.team).toBe("");
    expect(result.q).toHaveLength(200);
    const own = await listAgents(org.principals.teamA, { team: org.teams.level1.id });
    expect([own.team, own.total]).toEqual([org.teams.level1.id, 2]);
  });
});
