import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { acceptRequest } from "@/lib/live/accept-request";
import { endSession, saveWrapUp } from "@/lib/live/end-session";
import { eventsAfter, postMessage } from "@/lib/live/messages";
import { signInToConsole } from "@/lib/live/presence";
import { queueSessionSummaries, SURVEY_WAIT_MS } from "@/lib/live/session-summaries";
import { submitSurvey } from "@/lib/live/surveys";
import { createUserRecord } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { buildDesk } from "./live-fixture";

let desk: Awaited<ReturnType<typeof buildDesk>>;
let session: { sessionId: string; number: string };
let token: string;
const agentSide = () => ({ kind: "agent", actor: desk.agents.anna }) as const;
const customerSide = () => ({ kind: "customer", token }) as const;

beforeEach(async () => {
  await resetDatabase();
  desk = await buildDesk({ features: { agentSurvey: true } });
  await db.portal.update({ where: { id: desk.portal.id }, data: { completedSessionEmail: "leitung@firma.example" } });
  await signInToConsole(desk.agents.anna);
  const request = await desk.request();
  token = request.token;
  session = await acceptRequest(desk.agents.anna, request.id);
});

describe("ending a session", () => {
  it("the agent ends it with notes and an outcome; both sides see the end; nothing more can be said", async () => {
    await expect(endSession(agentSide(), session.sessionId, { notes: "", outcome: "" as never })).rejects.toEqual(
      new ValidationError({ outcome: "outcomeRequired" }),
    );
    await endSession(agentSide(), session.sessionId, { notes: "Treiber neu installiert", outcome: "resolved" });
    const row = await db.supportSession.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(row).toMatchObject({
      endedBy: "agent",
      notes: "Treiber neu installiert",
      outcome: "resolved",
      endedAt: expect.any(Date),
    });
    expect((await eventsAfter(customerSide(), session.sessionId, 0)).at(-1)).toMatchObject({
      type: "ended",
      author: "agent",
    });
    await expect(postMessage(customerSide(), session.sessionId, "Danke")).rejects.toEqual(
      new ValidationError({ text: "sessionEnded" }),
    );
    await expect(endSession(agentSide(), session.sessionId, { notes: "", outcome: "unknown" })).rejects.toEqual(
      new ValidationError({ form: "sessionEnded" }),
    );
    const ended = await db.activityEvent.findFirstOrThrow({ where: { type: "ended" } });
    expect(JSON.parse(ended.data)).toMatchObject({
      endedBy: "agent",
      outcome: "resolved",
      durationMs: expect.any(Number),
    });
  });

  it("a customer may leave; the agent writes notes and outcome afterwards", async () => {
    await endSession(customerSide(), session.sessionId);
    expect(await db.supportSession.findUniqueOrThrow({ where: { id: session.sessionId } })).toMatchObject({
      endedBy: "customer",
      outcome: null,
    });
    await saveWrapUp(desk.agents.anna, session.sessionId, { notes: "Kunde war weg", outcome: "unknown" });
    expect(JSON.parse((await db.activityEvent.findFirstOrThrow({ where: { type: "ended" } })).data)).toMatchObject({
      endedBy: "customer",
      outcome: "unknown",
    });
    await expect(saveWrapUp(desk.agents.ben, session.sessionId, { notes: "x", outcome: "resolved" })).rejects.toThrow(
      NotFoundError,
    );
  });
});

describe("what the other side reads", () => {
  it("chat messages, notes and survey comments are stored without NUL and direction overrides", async () => {
    await postMessage(customerSide(), session.sessionId, "Siehe Rechnung\u202Egnp.exe\u0000");
    await expect(postMessage(customerSide(), session.sessionId, "\u202E\u0000 ")).rejects.toEqual(
      new ValidationError({ text: "messageRequired" }),
    );
    await endSession(agentSide(), session.sessionId, { notes: "Link\u2066 geprüft\u0000", outcome: "resolved" });
    await submitSurvey(customerSide(), session.sessionId, { rating: 4, comment: "Danke\u202E!\u0007" });
    await submitSurvey(agentSide(), session.sessionId, { rating: 5, comment: "Nett\u0000" });
    const events = await eventsAfter(agentSide(), session.sessionId, 0);
    expect(events.find((e) => e.type === "message" && e.author === "customer")?.body).toEqual({
      text: "Siehe Rechnunggnp.exe",
    });
    expect(await db.supportSession.findUniqueOrThrow({ where: { id: session.sessionId } })).toMatchObject({
      notes: "Link geprüft",
      customerComment: "Danke!",
      agentComment: "Nett",
    });
  });
});

describe("surveys and the completed-session summary", () => {
  it("each side rates once, after the end, where the portal asks; the summary with both ratings goes out", async () => {
    await expect(submitSurvey(customerSide(), session.sessionId, { rating: 5, comment: "" })).rejects.toEqual(
      new ValidationError({ form: "surveyBeforeEnd" }),
    );
    await endSession(agentSide(), session.sessionId, { notes: "Papierstau behoben", outcome: "resolved" });
    expect(await queueSessionSummaries()).toBe(0); // waits for the surveys
    await expect(submitSurvey(customerSide(), session.sessionId, { rating: 6, comment: "" })).rejects.toEqual(
      new ValidationError({ rating: "ratingRequired" }),
    );
    await submitSurvey(customerSide(), session.sessionId, { rating: "4", comment: "Schnell & freundlich <3" });
    await expect(submitSurvey(customerSide(), session.sessionId, { rating: 1, comment: "" })).rejects.toEqual(
      new ValidationError({ form: "surveyAlreadySent" }),
    );
    expect(await queueSessionSummaries()).toBe(0); // the agent survey is still open
    await submitSurvey(agentSide(), session.sessionId, { rating: 5, comment: "Netter Kunde" });
    expect(await queueSessionSummaries()).toBe(1);
    expect(await queueSessionSummaries()).toBe(0); // once only
    const mail = await db.outboxEmail.findFirstOrThrow();
    expect(mail.recipient).toBe("leitung@firma.example");
    expect(mail.subject).toBe(`Lotse: Sitzung ${session.number} in Kundendienst abgeschlossen`);
    for (const fact of [
      "4/5 – Schnell & freundlich <3",
      "5/5 – Netter Kunde",
      "Gelöst",
      "Papierstau behoben",
      "Kim Kunde",
      "Drucker",
    ])
      expect(mail.text).toContain(fact);
    expect(mail.html).not.toContain("<3"); // escaped in HTML
  });

  it("a survey the portal does not ask for is refused; the summary does not wait for it, and it is written in the recipient's language", async () => {
    await db.portal.update({
      where: { id: desk.portal.id },
      data: { features: JSON.stringify({ customerSurvey: false, agentSurvey: false }) },
    });
    await createUserRecord({ kind: "manager", role: "company", email: "leitung@firma.example", language: "en" });
    await endSession(agentSide(), session.sessionId, { notes: "", outcome: "unresolved" });
    await expect(submitSurvey(customerSide(), session.sessionId, { rating: 3, comment: "" })).rejects.toThrow(
      NotFoundError,
    );
    expect(await queueSessionSummaries()).toBe(1);
    expect((await db.outboxEmail.findFirstOrThrow()).subject).toBe(
      `Lotse: session ${session.number} in Kundendienst completed`,
    );
  });

  it("waits for missing surveys only so long; without an address nothing is sent", async () => {
    await endSession(agentSide(), session.sessionId, { notes: "", outcome: "resolved" });
    expect(await queueSessionSummaries(new Date(Date.now() + SURVEY_WAIT_MS + 1000))).toBe(1);
    const other = await desk.request();
    const second = await acceptRequest(desk.agents.anna, other.id);
    await db.portal.update({ where: { id: desk.portal.id }, data: { completedSessionEmail: null } });
    await endSession(agentSide(), second.sessionId, { notes: "", outcome: "resolved" });
    expect(await queueSessionSummaries(new Date(Date.now() + SURVEY_WAIT_MS + 1000))).toBe(0);
    expect(await db.supportSession.findUniqueOrThrow({ where: { id: second.sessionId } })).toMatchObject({
      summaryQueuedAt: expect.any(Date),
    });
    expect(await db.outboxEmail.count()).toBe(1);
  });
});
