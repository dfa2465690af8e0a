import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import type { ErrorKey } from "@/lib/errors/error-key";
import { eventBus } from "@/lib/events/event-bus";
import { sessionChannel } from "@/lib/live/channels";
import { declineDiagnostics, requestDiagnostics, submitDiagnostics } from "@/lib/live/diagnostics";
import { eventsAfter } from "@/lib/live/messages";
import { resetDatabase } from "@/test/reset-database";
import { deskWithSession } from "./session-fixture";

let desk: Awaited<ReturnType<typeof deskWithSession>>;
beforeEach(async () => {
  await resetDatabase();
  desk = await deskWithSession();
});

const info = {
  platform: "Windows",
  userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/140.0",
  browser: "Firefox 140",
  language: "de-DE",
  languages: ["de-DE", "en"],
  timeZone: "Europe/Berlin",
  screen: { width: 1920, height: 1080 },
  pixelRatio: 1.25,
  connection: { type: "wifi", effectiveType: "4g", downlink: 9.5 },
  cookiesEnabled: true,
  online: true,
  hardwareConcurrency: 8,
  deviceMemory: 8,
};

const off = (error: ErrorKey) => new ValidationError({ diagnostics: error });
const diagnosticsEvents = async () =>
  (await eventsAfter(desk.agent, desk.sessionId, 0))
    .filter((e) => e.type.startsWith("diagnostics"))
    .map((e) => [e.type, e.author]);

describe("diagnostics", () => {
  it("the agent asks, the customer consents and sends; the agent sees it; stored with the session", async () => {
    const heard: string[] = [];
    const stop = eventBus.subscribe(sessionChannel(desk.sessionId), (m) => heard.push(m.type));
    const asked = await requestDiagnostics(desk.agents.anna, desk.sessionId);
    // Asking again while the question is open changes nothing.
    expect(await requestDiagnostics(desk.agents.anna, desk.sessionId)).toEqual(asked);
    const sent = await submitDiagnostics(desk.customer, desk.sessionId, info);
    stop();
    expect(heard).toEqual(["events", "events"]);
    expect(sent.info).toEqual(info);
    const session = await db.supportSession.findUniqueOrThrow({ where: { id: desk.sessionId } });
    expect(JSON.parse(session.diagnostics!)).toEqual(info);
    const events = await eventsAfter(desk.agent, desk.sessionId, 0);
    expect(events.at(-1)).toMatchObject({ id: sent.id, type: "diagnostics", author: "customer", body: { info } });
    expect(await diagnosticsEvents()).toEqual([
      ["diagnosticsRequested", "agent"],
      ["diagnostics", "customer"],
    ]);
  });

  it("only after a request, only by the customer, only once", async () => {
    await expect(submitDiagnostics(desk.customer, desk.sessionId, info)).rejects.toEqual(
      off("diagnosticsNotRequested"),
    );
    await expect(declineDiagnostics(desk.customer, desk.sessionId)).rejects.toEqual(off("diagnosticsNotRequested"));
    await requestDiagnostics(desk.agents.anna, desk.sessionId);
    await expect(submitDiagnostics(desk.agent, desk.sessionId, info)).rejects.toThrow(NotFoundError);
    await expect(declineDiagnostics(desk.agent, desk.sessionId)).rejects.toThrow(NotFoundError);
    await submitDiagnostics(desk.customer, desk.sessionId, info);
    await expect(submitDiagnostics(desk.customer, desk.sessionId, { platform: "Linux" })).rejects.toEqual(
      off("diagnosticsAlreadySubmitted"),
    );
    await expect(requestDiagnostics(desk.agents.anna, desk.sessionId)).rejects.toEqual(
      off("diagnosticsAlreadySubmitted"),
    );
    expect(
      JSON.parse((await db.supportSession.findUniqueOrThrow({ where: { id: desk.sessionId } })).diagnostics!),
    ).toEqual(info);
  });

  it("the customer may decline; the agent may ask again", async () => {
    await requestDiagnostics(desk.agents.anna, desk.sessionId);
    await declineDiagnostics(desk.customer, desk.sessionId);
    await expect(submitDiagnostics(desk.customer, desk.sessionId, info)).rejects.toEqual(
      off("diagnosticsNotRequested"),
    );
    expect((await db.supportSession.findUniqueOrThrow({ where: { id: desk.sessionId } })).diagnostics).toBeNull();
    await requestDiagnostics(desk.agents.anna, desk.sessionId);
    await submitDiagnostics(desk.customer, desk.sessionId, { timeZone: "Europe/Vienna" });
    expect(await diagnosticsEvents()).toEqual([
      ["diagnosticsRequested", "agent"],
      ["diagnosticsDeclined", "customer"],
      ["diagnosticsRequested", "agent"],
      ["diagnostics", "customer"],
    ]);
  });

  it("nobody outside the session asks", async () => {
    await expect(requestDiagnostics(desk.agents.ben, desk.sessionId)).rejects.toThrow(NotFoundError);
    await expect(requestDiagnostics(desk.agents.outsider, desk.sessionId)).rejects.toThrow(NotFoundError);
    await expect(submitDiagnostics({ kind: "customer", token: "x".repeat(43) }, desk.sessionId, info)).rejects.toThrow(
      NotFoundError,
    );
  });

  it("is refused when off at the portal, for the team or for the agent — also after the question was asked", async () => {
    await db.portal.update({
      where: { id: desk.portal.id },
      data: { features: JSON.stringify({ diagnostics: false }) },
    });
    await expect(requestDiagnostics(desk.agents.anna, desk.sessionId)).rejects.toEqual(off("diagnosticsOff"));
    await db.portal.update({ where: { id: desk.portal.id }, data: { features: "{}" } });
    await db.team.update({ where: { id: desk.team.id }, data: { functions: JSON.stringify({ diagnostics: false }) } });
    await expect(requestDiagnostics(desk.agents.anna, desk.sessionId)).rejects.toEqual(off("diagnosticsOff"));
    await db.team.update({ where: { id: desk.team.id }, data: { functions: "{}" } });

    await requestDiagnostics(desk.agents.anna, desk.sessionId);
    await db.agentProfile.update({
      where: { userId: desk.agents.anna.userId },
      data: { functions: JSON.stringify({ diagnostics: false }) },
    });
    await expect(submitDiagnostics(desk.customer, desk.sessionId, info)).rejects.toEqual(off("diagnosticsOff"));
    await expect(declineDiagnostics(desk.customer, desk.sessionId)).rejects.toEqual(off("diagnosticsOff"));
    expect((await db.supportSession.findUniqueOrThrow({ where: { id: desk.sessionId } })).diagnostics).toBeNull();
  });

  it("is refused after the end", async () => {
    await requestDiagnostics(desk.agents.anna, desk.sessionId);
    await db.supportSession.update({ where: { id: desk.sessionId }, data: { endedAt: new Date() } });
    await expect(submitDiagnostics(desk.customer, desk.sessionId, info)).rejects.toEqual(off("sessionEnded"));
    await expect(declineDiagnostics(desk.customer, desk.sessionId)).rejects.toEqual(off("sessionEnded"));
    await expect(requestDiagnostics(desk.agents.anna, desk.sessionId)).rejects.toEqual(off("sessionEnded"));
  });

  it("validates: unknown keys dropped, long texts cut, wrong types and oversized payloads refused", async () => {
    await requestDiagnostics(desk.agents.anna, desk.sessionId);
    for (const wrong of [
      { screen: { width: "1920" } },
      { online: "yes" },
      { hardwareConcurrency: 1.5 },
      { pixelRatio: -1 },
      { deviceMemory: 1e9 },
      { languages: "de" },
      { connection: { downlink: Number.NaN } },
      [info],
      "Windows",
      null,
      undefined,
    ]) {
      await expect(submitDiagnostics(desk.customer, desk.sessionId, wrong)).rejects.toEqual(off("diagnosticsInvalid"));
    }
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expect(submitDiagnostics(desk.customer, desk.sessionId, circular)).rejects.toEqual(off("diagnosticsInvalid"));
    await expect(submitDiagnostics(desk.customer, desk.sessionId, { platform: "x".repeat(9000) })).rejects.toEqual(
      off("diagnosticsTooLarge"),
    );
    await expect(submitDiagnostics(desk.customer, desk.sessionId, { extra: "ü".repeat(4100) })).rejects.toEqual(
      off("diagnosticsTooLarge"),
    );
    expect((await db.supportSession.findUniqueOrThrow({ where: { id: desk.sessionId } })).diagnostics).toBeNull();

    const sent = await submitDiagnostics(desk.customer, desk.sessionId, {
      userAgent: `  ${"M".repeat(400)}\u0000 `,
      screen: { width: 1280, height: 720, orientation: "landscape" },
      secret: "dropped",
      cookies: "session=abc",
    });
    expect(sent.info).toEqual({ userAgent: "M".repeat(300), screen: { width: 1280, height: 720 } });
    expect(
      JSON.parse((await db.supportSession.findUniqueOrThrow({ where: { id: desk.sessionId } })).diagnostics!),
    ).toEqual(sent.info);
  });
});
