import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import type { ErrorKey } from "@/lib/errors/error-key";
import { eventBus } from "@/lib/events/event-bus";
import { sessionChannel } from "@/lib/live/channels";
import { endSession } from "@/lib/live/end-session";
import { eventsAfter, loadEventsAfter } from "@/lib/live/messages";
import { screenAction, screenSharingView } from "@/lib/live/screen-sharing";
import { MAX_SIGNALS_PER_SHARE } from "@/lib/live/screen-sharing-rules";
import { transcriptLines } from "@/lib/session-information/transcript";
import { resetDatabase } from "@/test/reset-database";
import { deskWithSession } from "./session-fixture";

let desk: Awaited<ReturnType<typeof deskWithSession>>;
beforeEach(async () => {
  await resetDatabase();
  desk = await deskWithSession();
});

const refused = (error: ErrorKey) => new ValidationError({ screen: error });
const PEER = "customer-peer-1";
const candidate = {
  type: "candidate",
  candidate: "candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host",
  sdpMid: "0",
  sdpMLineIndex: 0,
};

describe("screen sharing", () => {
  it("asked, started, the handshake both ways, stopped: each stored in order and announced", async () => {
    const heard: string[] = [];
    const stop = eventBus.subscribe(sessionChannel(desk.sessionId), (m) => heard.push(m.type));
    const { shareId } = await screenAction(desk.agent, desk.sessionId, { action: "request" });
    expect(await screenSharingView(desk.sessionId)).toMatchObject({ share: { shareId, status: "requested" } });
    await screenAction(desk.customer, desk.sessionId, { action: "start", shareId });
    const offer = { type: "offer", sdp: "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n" };
    await screenAction(desk.customer, desk.sessionId, { action: "signal", shareId, peer: PEER, signal: offer });
    await screenAction(desk.agent, desk.sessionId, {
      action: "signal",
      shareId,
      peer: PEER,
      signal: { type: "answer", sdp: "v=0" },
    });
    await screenAction(desk.agent, desk.sessionId, { action: "signal", shareId, peer: PEER, signal: candidate });
    expect(await screenSharingView(desk.sessionId)).toMatchObject({ share: { shareId, status: "started" } });
    await screenAction(desk.customer, desk.sessionId, { action: "stop", shareId });
    stop();
    expect(heard).toHaveLength(6);
    const events = (await eventsAfter(desk.agent, desk.sessionId, 0)).filter((e) => e.type.startsWith("screen"));
    expect(
      events.map((e) => [e.type, e.author, e.body.signal ? (e.body.signal as { type: string }).type : null]),
    ).toEqual([
      ["screenRequested", "agent", null],
      ["screenStarted", "customer", null],
      ["screenSignal", "customer", "offer"],
      ["screenSignal", "agent", "answer"],
      ["screenSignal", "agent", "candidate"],
      ["screenStopped", "customer", null],
    ]);
    expect(events.every((e) => e.body.shareId === shareId)).toBe(true);
    const view = await screenSharingView(desk.sessionId);
    expect(view).toMatchObject({ share: { shareId, status: "stopped" }, recording: false });
    expect(view.lastEventId).toBe(events.at(-1)!.id);

    // The handshake is no part of a transcript, and readers who take no part never load it.
    const all = await loadEventsAfter(desk.sessionId, 0);
    expect(transcriptLines(all).map((l) => l.kind)).not.toContain("screenSignal");
    expect(
      transcriptLines(all)
        .filter((l) => l.kind.startsWith("screen"))
        .map((l) => l.kind),
    ).toEqual(["screenRequested", "screenStarted", "screenStopped"]);
    const withoutSignals = await loadEventsAfter(desk.sessionId, 0, 500, { withoutSignals: true });
    expect(withoutSignals.map((e) => e.type)).not.toContain("screenSignal");
    expect(withoutSignals).toHaveLength(all.length - 3);
  });

  it("only the session's participants, each for their own part", async () => {
    const { shareId } = await screenAction(desk.agent, desk.sessionId, { action: "request" });
    const outsider = { kind: "agent", actor: desk.agents.ben } as const;
    await expect(screenAction(outsider, desk.sessionId, { action: "request" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      screenAction({ kind: "customer", token: "x".repeat(43) }, desk.sessionId, { action: "start", shareId }),
    ).rejects.toBeInstanceOf(NotFoundError);
    // The agent cannot start the customer's share, nor offer for them.
    await expect(screenAction(desk.agent, desk.sessionId, { action: "start", shareId })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    // One share at a time; steps of another share are refused.
    await expect(screenAction(desk.agent, desk.sessionId, { action: "request" })).rejects.toEqual(
      refused("screenShareBusy"),
    );
    await expect(
      screenAction(desk.customer, desk.sessionId, { action: "start", shareId: "another-share" }),
    ).rejects.toEqual(refused("screenShareNotCurrent"));
    await expect(screenAction(desk.customer, desk.sessionId, { action: "wave" })).rejects.toEqual(
      refused("screenSignalInvalid"),
    );
  });

  it("a side writes at most so many handshake messages per share", async () => {
    const { shareId } = await screenAction(desk.agent, desk.sessionId, { action: "request" });
    await screenAction(desk.customer, desk.sessionId, { action: "start", shareId });
    const body = { action: "signal", shareId, peer: PEER, signal: candidate };
    for (let i = 0; i < MAX_SIGNALS_PER_SHARE; i++) await screenAction(desk.customer, desk.sessionId, body);
    await expect(screenAction(desk.customer, desk.sessionId, body)).rejects.toEqual(refused("screenSignalLimit"));
    // The other side still may.
    await screenAction(desk.agent, desk.sessionId, body);
  });

  it("refused when the feature is off at the portal now, or the session has ended", async () => {
    const { shareId } = await screenAction(desk.agent, desk.sessionId, { action: "request" });
    await db.portal.update({
      where: { id: desk.portal.id },
      data: { features: JSON.stringify({ screenSharing: false }) },
    });
    await expect(screenAction(desk.customer, desk.sessionId, { action: "start", shareId })).rejects.toEqual(
      refused("screenSharingOff"),
    );
    await db.portal.update({ where: { id: desk.portal.id }, data: { features: "{}" } });
    await screenAction(desk.customer, desk.sessionId, { action: "start", shareId });
    await endSession(desk.customer, desk.sessionId);
    await expect(screenAction(desk.customer, desk.sessionId, { action: "stop", shareId })).rejects.toEqual(
      refused("sessionEnded"),
    );
  });
});
