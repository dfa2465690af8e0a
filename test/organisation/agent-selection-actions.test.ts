// The Agents list's server actions as a forged POST reaches them: "Alle auswählen" comes back to the
// same list, "Alle N Treffer" leads to the confirmation of the filter, and OK there changes exactly
// the confirmed set — or, when it changed, nothing (decision record 13).
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  agentSelectionAction,
  deleteAgentMatchesAction,
  moveAgentMatchesAction,
} from "@/app/manager/(center)/agents/actions";
import { describeAgentMatches } from "@/lib/agents/agent-matches";
import type { Principal } from "@/lib/auth/principal";
import { currentPrincipal } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { createUserRecord } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { answerOf, NOT_FOUND } from "@/test/action-answers";
import { buildOrganisation } from "./org-fixture";

// Flashes: the cookie an action leaves for the page it redirects to (answerOf shows it).
vi.mock("next/headers", async () => (await import("@/test/fake-request")).nextHeaders);
vi.mock(import("@/lib/auth/session"), async (original) => ({ ...(await original()), currentPrincipal: vi.fn() }));
const signedIn = (principal: Principal) => vi.mocked(currentPrincipal).mockResolvedValue(principal);

let org: Awaited<ReturnType<typeof buildOrganisation>>;
beforeEach(async () => {
  await resetDatabase();
  org = await buildOrganisation();
});

function form(fields: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}

const list = (q = "muster", team = ""): [string, string][] => [
  ["q", q],
  ["team", team],
  ["sort", "loginId"],
  ["dir", "desc"],
  ["page", "2"],
  ["size", "25"],
];

describe("the list's form", () => {
  it("Alle auswählen / Auswahl aufheben come back to the same list, filter, sort, page and size kept", async () => {
    signedIn(org.principals.teamB);
    expect(await answerOf(agentSelectionAction(form([...list(), ["intent", "selectPage"]])))).toBe(
      "redirect /manager/agents?q=muster&sort=loginId&dir=desc&page=2&size=25&select=page",
    );
    expect(await answerOf(agentSelectionAction(form([...list(), ["intent", "clearPage"]])))).toBe(
      "redirect /manager/agents?q=muster&sort=loginId&dir=desc&page=2&size=25",
    );
  });

  it("Alle N Treffer leads to the confirmation of the filter, not of IDs", async () => {
    signedIn(org.principals.teamA);
    const team = org.teams.level1.id;
    const move = [...list("muster", team), ["matches", "on"], ["targetTeamId", org.teams.support.id]] as [
      string,
      string,
    ][];
    expect(await answerOf(agentSelectionAction(form([...move, ["intent", "move"]])))).toBe(
      `redirect /manager/agents/matches/move?q=muster&team=${team}&to=${org.teams.support.id}`,
    );
    // Ticked rows do not count then.
    expect(
      await answerOf(agentSelectionAction(form([...move, ["agentIds", org.agents.sales.id], ["intent", "delete"]]))),
    ).toBe(`redirect /manager/agents/matches/delete?q=muster&team=${team}`);
    expect(await answerOf(agentSelectionAction(form([...list(), ["matches", "on"], ["intent", "move"]])))).toBe(
      "redirect /manager/agents?q=muster&sort=loginId&dir=desc&page=2&size=25 + notice:noTargetTeam",
    );
  });

  it("refuses what the page could not have sent, and delete without the right", async () => {
    signedIn(org.principals.teamB);
    const forged: [string, string][][] = [
      [...list(), ["intent", "delete"], ["matches", "on"]], // teamB lacks "Mitarbeiter hinzufügen/löschen"
      [...list(), ["intent", "delete"], ["agentIds", org.agents.sales.id]],
      [...list("x".repeat(201)), ["intent", "move"], ["matches", "on"], ["targetTeamId", org.teams.sales.id]],
      [...list(), ["intent", "copy"], ["agentIds", org.agents.sales.id]],
      [...list(), ["intent", "move"], ["targetTeamId", org.teams.sales.id], ...ids(201)],
    ];
    for (const fields of forged) expect(await answerOf(agentSelectionAction(form(fields)))).toBe(NOT_FOUND);
  });
});

const ids = (n: number): [string, string][] => Array.from({ length: n }, (_, i) => ["agentIds", `id-${i}`]);

describe("OK on the confirmation of all matches", () => {
  async function confirmation(actor: Principal, q: string, team: string, purpose: "move" | "delete") {
    const matches = await describeAgentMatches(actor, { filter: { q, team }, purpose });
    return [
      ["q", q],
      ["team", team],
      ["count", String(matches.count)],
      ["fingerprint", matches.fingerprint],
    ] as [string, string][];
  }

  it("moves the confirmed agents, or goes back to the confirmation when the set changed", async () => {
    signedIn(org.principals.teamA);
    const team = org.teams.level1.id;
    const fields = [
      ...(await confirmation(org.principals.teamA, "muster", team, "move")),
      ["to", org.teams.support.id],
    ];
    await createUserRecord({ kind: "agent", firstName: "Nina", lastName: "Muster", teamIds: [org.teams.printers.id] });
    expect(await answerOf(moveAgentMatchesAction(form(fields as [string, string][])))).toBe(
      `redirect /manager/agents/matches/move?q=muster&team=${team}&to=${org.teams.support.id} + notice:selectionChanged`,
    );
    expect(await db.agentProfile.count({ where: { teamId: org.teams.support.id } })).toBe(2);

    const again = [...(await confirmation(org.principals.teamA, "muster", team, "move")), ["to", org.teams.support.id]];
    expect(await answerOf(moveAgentMatchesAction(form(again as [string, string][])))).toBe(
      "redirect /manager/agents + notice:agentsMoved:3",
    );
    expect(await db.agentProfile.count({ where: { teamId: org.teams.support.id } })).toBe(5);
  });

  it("a team manager's forged filter, target or confirmation reaches nobody outside the scope", async () => {
    signedIn(org.principals.teamA);
    const sales = org.teams.sales.id;
    const foreign = await confirmation(org.principals.company, "", sales, "move");
    const attempts: [string, string][][] = [
      [...foreign, ["to", org.teams.support.id]],
      [...(await confirmation(org.principals.teamA, "", "", "move")), ["to", sales]],
      [...(await confirmation(org.principals.company, "", sales, "delete"))],
    ];
    expect(await answerOf(moveAgentMatchesAction(form(attempts[0]!)))).toBe(NOT_FOUND);
    expect(await answerOf(moveAgentMatchesAction(form(attempts[1]!)))).toBe(NOT_FOUND);
    expect(await answerOf(deleteAgentMatchesAction(form(attempts[2]!)))).toBe(NOT_FOUND);
    // The company manager's count of everyone: team A's filter matches fewer, so nothing happens.
    const everyone = await confirmation(org.principals.company, "", "", "delete");
    expect(await answerOf(deleteAgentMatchesAction(form(everyone)))).toBe(
      "redirect /manager/agents/matches/delete?q=&team= + notice:selectionChanged",
    );
    signedIn(org.principals.teamB);
    expect(
      await answerOf(deleteAgentMatchesAction(form(await confirmation(org.principals.company, "", sales, "delete")))),
    ).toBe(NOT_FOUND);
    expect(await db.agentProfile.count()).toBe(6);
    expect(await db.agentProfile.count({ where: { teamId: sales } })).toBe(1);
  });
});
