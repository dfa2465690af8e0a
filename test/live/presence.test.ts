import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import {
  expireLapsedPresences,
  openSessionsOf,
  PRESENCE_TIMEOUT_MS,
  setConsoleStatus,
  signInToConsole,
  signOutOfConsole,
  touchPresence,
} from "@/lib/live/presence";
import { createTeamRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { deskWithSession } from "./session-fixture";

beforeEach(resetDatabase);

async function agentIn(teamId: string) {
  return signedInPrincipal(await createUserRecord({ kind: "agent", teamIds: [teamId] }));
}

const activity = async () =>
  (await db.activityEvent.findMany({ orderBy: { id: "asc" } })).map((e) => [e.type, e.teamName, JSON.parse(e.data)]);

describe("agent console presence", () => {
  it("signs in as available, changes status, signs out — each recorded", async () => {
    const team = await createTeamRecord("Support");
    const agent = await agentIn(team.id);
    await signInToConsole(agent);
    expect(await db.agentPresence.findUniqueOrThrow({ where: { agentId: agent.userId } })).toMatchObject({
      status: "available",
      teamId: team.id,
    });
    await setConsoleStatus(agent, "away");
    await setConsoleStatus(agent, "away"); // no change, no row
    await signOutOfConsole(agent);
    expect(await db.agentPresence.count()).toBe(0);
    expect(await activity()).toEqual([
      ["agentSignedIn", "Support", {}],
      ["agentStatus", "Support", { from: "available", to: "away" }],
      ["agentSignedOut", "Support", { reason: "signedOut" }],
    ]);
  });

  it("refuses the sign-in beyond the team's available logins, and records the refusal", async () => {
    const team = await db.team.create({ data: { name: "Klein", availableLogins: 2 } });
    const [a, b, c] = [await agentIn(team.id), await agentIn(team.id), await agentIn(team.id)];
    await signInToConsole(a);
    await signInToConsole(b);
    await expect(signInToConsole(c)).rejects.toEqual(new ValidationError({ form: "availableLoginsReached" }));
    expect(await db.agentPresence.count()).toBe(2);
    expect((await activity()).at(-1)).toEqual(["signInRefused", "Klein", { reason: "availableLogins", cap: 2 }]);
    // Signing in again (another browser) is no extra login; after a sign-out there is room.
    await signInToConsole(b);
    await signOutOfConsole(a);
    await signInToConsole(c);
    expect(await db.agentPresence.count()).toBe(2);
  });

  it("is for agents only, and a status change needs the console's own session", async () => {
    const manager = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" }));
    await expect(signInToConsole(manager)).rejects.toThrow(NotFoundError);
    const team = await createTeamRecord("Support");
    const agent = await agentIn(team.id);
    await expect(setConsoleStatus(agent, "away")).rejects.toThrow(NotFoundError);
    await expect(setConsoleStatus(agent, "gone" as never)).rejects.toEqual(
      new ValidationError({ status: "statusInvalid" }),
    );
  });
});

const endings = async (sessionId: string) => ({
  session: await db.supportSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: { endedBy: true, endReason: true, outcome: true, endedAt: true },
  }),
  transcript: (await db.sessionEvent.findMany({ where: { sessionId, type: "ended" } })).map((e) => [
    e.author,
    JSON.parse(e.body),
  ]),
  activity: (await db.activityEvent.findMany({ where: { sessionId, type: "ended" } })).map(
    (e) => JSON.parse(e.data).reason,
  ),
});

describe("signing out with sessions running", () => {
  it("ends the agent's running sessions with the sign-out, in one go", async () => {
    const desk = await deskWithSession();
    expect((await openSessionsOf(desk.agents.anna)).map((s) => [s.id, s.customerName])).toEqual([
      [desk.sessionId, "Kim Kunde"],
    ]);
    await signOutOfConsole(desk.agents.anna);
    expect(await openSessionsOf(desk.agents.anna)).toEqual([]);
    const { session, transcript, activity: reasons } = await endings(desk.sessionId);
    // The console's list says why it ended (not "by the customer"): it needs notes and an outcome.
    expect(session).toMatchObject({ endedBy: "agent", endReason: "signedOut", outcome: null });
    expect(session.endedAt).toBeInstanceOf(Date);
    expect(transcript).toEqual([["agent", { endedBy: "agent", reason: "signedOut" }]]);
    expect(reasons).toEqual(["signedOut"]);
  });

  it("from a browser that does not hold the console, ends nothing", async () => {
    const desk = await deskWithSession();
    const other = await db.session.create({
      data: {
        id: "second-browser",
        userId: desk.agents.anna.userId,
        realm: "agent",
        expiresAt: new Date(Date.now() + 3600_000),
      },
    });
    const otherBrowser = { ...desk.agents.anna, sessionId: other.id };
    await signOutOfConsole(otherBrowser);
    expect(await db.agentPresence.count({ where: { agentId: desk.agents.anna.userId } })).toBe(1);
    expect((await endings(desk.sessionId)).session.endedAt).toBeNull();
  });
});

describe("lapsed console presences", () => {
  it("a browser session that ended signs the agent out of the console and ends their sessions", async () => {
    const desk = await deskWithSession();
    await db.session.delete({ where: { id: desk.agents.anna.sessionId } });
    expect(await expireLapsedPresences()).toBe(1);
    expect(await db.agentPresence.findUnique({ where: { agentId: desk.agents.anna.userId } })).toBeNull();
    expect(await db.agentPresence.count()).toBe(2); // Ben and Olga are still there
    const { session, transcript, activity: reasons } = await endings(desk.sessionId);
    expect(session).toMatchObject({ endedBy: "agent", endReason: "consoleLeft" });
    expect(transcript).toEqual([["agent", { endedBy: "agent", reason: "consoleLeft" }]]);
    expect(reasons).toEqual(["consoleLeft"]);
    const signedOut = await db.activityEvent.findMany({ where: { type: "agentSignedOut" } });
    expect(signedOut.map((e) => [e.agentId, e.agentName, e.teamName, JSON.parse(e.data)])).toEqual([
      [desk.agents.anna.userId, "Anna Muster", "Support", { reason: "sessionEnded" }],
    ]);
    expect(await expireLapsedPresences()).toBe(0); // once only
  });

  it("an expired browser session counts as ended", async () => {
    const desk = await deskWithSession();
    await db.session.update({
      where: { id: desk.agents.ben.sessionId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await expireLapsedPresences()).toBe(1);
    expect(await db.agentPresence.findUnique({ where: { agentId: desk.agents.ben.userId } })).toBeNull();
    expect((await endings(desk.sessionId)).session.endedAt).toBeNull(); // Anna's session is not Ben's business
  });

  it("a console nobody has seen for the timeout lapses; one kept alive stays", async () => {
    const desk = await deskWithSession();
    const now = new Date();
    const longAgo = new Date(now.getTime() - PRESENCE_TIMEOUT_MS - 1000);
    await db.agentPresence.updateMany({ data: { lastSeenAt: longAgo } });
    await touchPresence(desk.agents.anna, now);
    expect(await expireLapsedPresences(now)).toBe(2);
    expect((await db.agentPresence.findMany()).map((p) => p.agentId)).toEqual([desk.agents.anna.userId]);
    const reasons = (await db.activityEvent.findMany({ where: { type: "agentSignedOut" } })).map(
      (e) => JSON.parse(e.data).reason,
    );
    expect(reasons).toEqual(["timedOut", "timedOut"]);
    expect((await endings(desk.sessionId)).session.endedAt).toBeNull();
  });

  it("frees the team's available login for the next agent", async () => {
    const team = await db.team.create({ data: { name: "Klein", availableLogins: 1 } });
    const [a, b] = [await agentIn(team.id), await agentIn(team.id)];
    await signInToConsole(a);
    await expect(signInToConsole(b)).rejects.toThrow(ValidationError);
    await db.session.delete({ where: { id: a.sessionId } });
    await expireLapsedPresences();
    await signInToConsole(b);
    expect((await db.agentPresence.findMany()).map((p) => p.agentId)).toEqual([b.userId]);
  });
});
