import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { acceptRequest } from "@/lib/live/accept-request";
import { cannedTextsFor } from "@/lib/live/canned-texts";
import { consoleOverview, WRAP_UP_LIST_MS } from "@/lib/live/console-overview";
import { endSession, saveWrapUp } from "@/lib/live/end-session";
import { setConsoleStatus, signInToConsole } from "@/lib/live/presence";
import { createPortalRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { buildDesk } from "./live-fixture";

let desk: Awaited<ReturnType<typeof buildDesk>>;
beforeEach(async () => {
  await resetDatabase();
  desk = await buildDesk();
});

describe("canned texts", () => {
  it("are the agent's team's canned messages and URLs, one per line, without blanks or repeats", async () => {
    await db.team.update({
      where: { id: desk.team.id },
      data: {
        cannedMessages: "Einen Moment bitte.\r\n\n  Ist das Gerät eingeschaltet? \nEinen Moment bitte.",
        cannedUrls: "https://example.com/hilfe\n",
      },
    });
    expect(await cannedTextsFor(desk.agents.anna)).toEqual({
      messages: ["Einen Moment bitte.", "Ist das Gerät eingeschaltet?"],
      urls: ["https://example.com/hilfe"],
    });
    expect(await cannedTextsFor(desk.agents.outsider)).toEqual({ messages: [], urls: [] });
  });

  it("exist only for agents", async () => {
    const manager = await signedInPrincipal(await createUserRecord({ kind: "manager" }));
    await expect(cannedTextsFor(manager)).rejects.toThrow(NotFoundError);
  });
});

describe("console overview", () => {
  it("tells whether this browser session holds the console, and the status", async () => {
    expect((await consoleOverview(desk.agents.anna)).presence).toBeNull();
    await signInToConsole(desk.agents.anna);
    await setConsoleStatus(desk.agents.anna, "away");
    expect((await consoleOverview(desk.agents.anna)).presence).toMatchObject({ status: "away", here: true });
    // The same agent signs in from another browser: this one no longer holds the console.
    const elsewhere = {
      ...desk.agents.anna,
      sessionId: (
        await signedInPrincipal(
          await db.user.findUniqueOrThrow({
            where: { id: desk.agents.anna.userId },
            include: { manager: true, agent: true },
          }),
          "agent",
        )
      ).sessionId,
    };
    await signInToConsole(elsewhere);
    expect((await consoleOverview(desk.agents.anna)).presence).toMatchObject({ status: "available", here: false });
    expect((await consoleOverview(elsewhere)).agent).toEqual({ name: "Anna Muster", teamName: "Support" });
  });

  it("lists open sessions, and ended ones that still need notes and an outcome", async () => {
    await db.team.update({
      where: { id: desk.team.id },
      data: { functions: JSON.stringify({ multiSession: true }), maxSessions: 3 },
    });
    await signInToConsole(desk.agents.anna);
    const [r1, r2, r3] = [await desk.request(), await desk.request(), await desk.request()];
    const s1 = await acceptRequest(desk.agents.anna, r1.id);
    const s2 = await acceptRequest(desk.agents.anna, r2.id);
    const s3 = await acceptRequest(desk.agents.anna, r3.id);
    await endSession({ kind: "customer", token: r2.token }, s2.sessionId);
    await endSession({ kind: "customer", token: r3.token }, s3.sessionId);
    await saveWrapUp(desk.agents.anna, s3.sessionId, { notes: "", outcome: "resolved" });
    const overview = await consoleOverview(desk.agents.anna);
    expect(overview.openSessions.map((s) => [s.id, s.number, s.customerName, s.portalName])).toEqual([
      [s1.sessionId, s1.number, "Kim Kunde", "Kundendienst"],
    ]);
    expect(overview.awaitingWrapUp.map((s) => s.id)).toEqual([s2.sessionId]);
    expect(overview.sessionLimit).toBe(3);
    expect((await consoleOverview(desk.agents.ben)).openSessions).toEqual([]);
    // Long after the end, the missing wrap-up no longer clutters the console.
    const later = new Date(Date.now() + WRAP_UP_LIST_MS + 1000);
    expect((await consoleOverview(desk.agents.anna, later)).awaitingWrapUp).toEqual([]);
  });

  it("offers connection codes when the team serves a connection-code portal", async () => {
    expect((await consoleOverview(desk.agents.anna)).offersConnectionCodes).toBe(false);
    await createPortalRecord({ type: "connectionCode", teamIds: [desk.team.id] });
    expect((await consoleOverview(desk.agents.anna)).offersConnectionCodes).toBe(true);
    expect((await consoleOverview(desk.agents.outsider)).offersConnectionCodes).toBe(false);
  });
});
