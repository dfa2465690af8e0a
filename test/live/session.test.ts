import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { acceptRequest } from "@/lib/live/accept-request";
import { eventsAfter, postMessage } from "@/lib/live/messages";
import { signInToConsole } from "@/lib/live/presence";
import { resetDatabase } from "@/test/reset-database";
import { buildDesk } from "./live-fixture";

let desk: Awaited<ReturnType<typeof buildDesk>>;
beforeEach(async () => {
  await resetDatabase();
  desk = await buildDesk();
  for (const agent of Object.values(desk.agents)) await signInToConsole(agent);
});

describe("accepting a request", () => {
  it("the first agent to accept gets it: a session with a nine-digit ID, the greeting, an activity row", async () => {
    const { id } = await desk.request();
    const { sessionId, number } = await acceptRequest(desk.agents.anna, id);
    expect(number).toMatch(/^[1-9]\d{8}$/);
    await expect(acceptRequest(desk.agents.ben, id)).rejects.toEqual(
      new ValidationError({ form: "requestNoLongerWaiting" }),
    );
    const session = await db.supportSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session).toMatchObject({
      agentId: desk.agents.anna.userId,
      teamName: "Support",
      portalName: "Kundendienst",
      endedAt: null,
    });
    expect((await db.supportRequest.findUniqueOrThrow({ where: { id } })).status).toBe("accepted");
    const events = await eventsAfter({ kind: "agent", actor: desk.agents.anna }, sessionId, 0);
    expect(events.map((e) => [e.type, e.author, e.body.text])).toEqual([
      ["message", "agent", "Guten Tag! Wie kann ich helfen?"],
    ]);
    const accepted = await db.activityEvent.findFirstOrThrow({ where: { type: "accepted" } });
    expect(accepted).toMatchObject({
      requestId: id,
      sessionId,
      agentId: desk.agents.anna.userId,
      portalName: "Kundendienst",
      teamName: "Support",
    });
  });

  it("an agent of a team that does not serve the sub-portal cannot accept", async () => {
    const { id } = await desk.request();
    await expect(acceptRequest(desk.agents.outsider, id)).rejects.toThrow(NotFoundError);
    expect(await db.supportSession.count()).toBe(0);
  });

  it("a request for a chosen agent is theirs alone", async () => {
    const { id } = await desk.request({ chosenAgentId: desk.agents.ben.userId });
    await expect(acceptRequest(desk.agents.anna, id)).rejects.toThrow(NotFoundError);
    await acceptRequest(desk.agents.ben, id);
  });

  it("caps simultaneous sessions: one, unless multi-session allows more", async () => {
    const [r1, r2, r3] = [await desk.request(), await desk.request(), await desk.request()];
    await acceptRequest(desk.agents.anna, r1.id);
    await expect(acceptRequest(desk.agents.anna, r2.id)).rejects.toEqual(
      new ValidationError({ form: "sessionLimitReached" }),
    );
    await db.team.update({
      where: { id: desk.team.id },
      data: { functions: JSON.stringify({ multiSession: true }), maxSessions: 2 },
    });
    await acceptRequest(desk.agents.anna, r2.id);
    await expect(acceptRequest(desk.agents.anna, r3.id)).rejects.toEqual(
      new ValidationError({ form: "sessionLimitReached" }),
    );
  });

  it("needs the agent to be signed in to the console", async () => {
    const { id } = await desk.request();
    await db.agentPresence.deleteMany({ where: { agentId: desk.agents.anna.userId } });
    await expect(acceptRequest(desk.agents.anna, id)).rejects.toThrow(NotFoundError);
  });
});

describe("chat", () => {
  it("both sides post and read in order; resuming after an id returns only what came later", async () => {
    const { id, token } = await desk.request();
    const { sessionId } = await acceptRequest(desk.agents.anna, id);
    const agent = { kind: "agent", actor: desk.agents.anna } as const;
    const customer = { kind: "customer", token } as const;
    const first = await postMessage(customer, sessionId, "  Mein Drucker druckt nicht. ");
    await postMessage(agent, sessionId, "Ist er eingeschaltet?");
    const all = await eventsAfter(customer, sessionId, 0);
    expect(all.map((e) => [e.author, e.body.text])).toEqual([
      ["agent", "Guten Tag! Wie kann ich helfen?"],
      ["customer", "Mein Drucker druckt nicht."],
      ["agent", "Ist er eingeschaltet?"],
    ]);
    expect((await eventsAfter(agent, sessionId, first.id)).map((e) => e.body.text)).toEqual(["Ist er eingeschaltet?"]);
  });

  it("stores a message sent twice with the same form key once (a resubmitted page, a double click)", async () => {
    const { id, token } = await desk.request();
    const { sessionId } = await acceptRequest(desk.agents.anna, id);
    const customer = { kind: "customer", token } as const;
    const agent = { kind: "agent", actor: desk.agents.anna } as const;
    const key = "0f8e6a2c9b1d4e7fa3c5b8d2e1f4a6c9";
    const first = await postMessage(customer, sessionId, "Hallo?", key);
    const again = await postMessage(customer, sessionId, "Hallo?", key);
    expect(again).toEqual({ id: first.id, repeated: true });
    // Another key, or none, is another message; a malformed key counts as none.
    await postMessage(customer, sessionId, "Hallo?", "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d");
    await postMessage(agent, sessionId, "Ja?");
    await postMessage(agent, sessionId, "Ja?");
    await postMessage(agent, sessionId, "Nochmal", "kurz");
    await postMessage(agent, sessionId, "Nochmal", "kurz");
    const texts = (await eventsAfter(agent, sessionId, 0)).map((e) => e.body.text);
    expect(texts).toEqual(["Guten Tag! Wie kann ich helfen?", "Hallo?", "Hallo?", "Ja?", "Ja?", "Nochmal", "Nochmal"]);
  });

  it("nobody else reads or writes: another agent, another customer, a guessed token", async () => {
    const mine = await desk.request();
    const theirs = await desk.request();
    const { sessionId } = await acceptRequest(desk.agents.anna, mine.id);
    await acceptRequest(desk.agents.ben, theirs.id);
    for (const intruder of [
      { kind: "agent", actor: desk.agents.ben },
      { kind: "agent", actor: desk.agents.outsider },
      { kind: "customer", token: theirs.token },
      { kind: "customer", token: "x".repeat(43) },
      { kind: "customer", token: "" },
    ] as const) {
      await expect(postMessage(intruder, sessionId, "Hallo")).rejects.toThrow(NotFoundError);
      await expect(eventsAfter(intruder, sessionId, 0)).rejects.toThrow(NotFoundError);
    }
    expect(await db.sessionEvent.count({ where: { sessionId, type: "message", author: { not: "agent" } } })).toBe(0);
  });

  it("refuses empty and oversized messages, and messages after the end", async () => {
    const { id, token } = await desk.request();
    const { sessionId } = await acceptRequest(desk.agents.anna, id);
    const customer = { kind: "customer", token } as const;
    await expect(postMessage(customer, sessionId, "   ")).rejects.toEqual(
      new ValidationError({ text: "messageRequired" }),
    );
    await expect(postMessage(customer, sessionId, "x".repeat(4001))).rejects.toEqual(
      new ValidationError({ text: "tooLong" }),
    );
    await db.supportSession.update({ where: { id: sessionId }, data: { endedAt: new Date() } });
    await expect(postMessage(customer, sessionId, "Noch da?")).rejects.toEqual(
      new ValidationError({ text: "sessionEnded" }),
    );
  });
});

describe("message timestamps", () => {
  it("are stored like every other date, so time ranges find them", async () => {
    const { id, token } = await desk.request();
    const { sessionId } = await acceptRequest(desk.agents.anna, id);
    const before = new Date(Date.now() - 1000);
    await postMessage({ kind: "customer", token }, sessionId, "Hallo");
    const found = await db.sessionEvent.findMany({
      where: { sessionId, author: "customer", createdAt: { gte: before, lte: new Date(Date.now() + 1000) } },
    });
    expect(found).toHaveLength(1);
    expect(Math.abs(found[0]!.createdAt.getTime() - Date.now())).toBeLessThan(5000);
  });
});

describe("team messages down the tree", () => {
  it("a sub-team without a greeting sends its parent's; canned texts come from the team and the teams above", async () => {
    const { teamMessagesFor } = await import("@/lib/live/team-messages");
    const sub = await db.team.create({
      data: { name: "Drucker", parentId: desk.team.id, cannedMessages: "Bitte neu starten." },
    });
    await db.team.update({
      where: { id: desk.team.id },
      data: { cannedMessages: "Einen Moment bitte.\nBitte neu starten.", cannedUrls: "https://hilfe.example/drucker" },
    });
    expect(await teamMessagesFor(sub.id)).toEqual({
      greeting: "Guten Tag! Wie kann ich helfen?",
      cannedMessages: ["Bitte neu starten.", "Einen Moment bitte."],
      cannedUrls: ["https://hilfe.example/drucker"],
    });
    await db.team.update({ where: { id: sub.id }, data: { greeting: "Hallo vom Druckerteam!" } });
    expect((await teamMessagesFor(sub.id)).greeting).toBe("Hallo vom Druckerteam!");
    expect(await teamMessagesFor(null)).toEqual({ greeting: "", cannedMessages: [], cannedUrls: [] });
  });
});
