import { describe, expect, it } from "vitest";
import type { ScreenShare } from "./screen-share-state";
import { decideScreenAction, MAX_SDP_CHARS, screenInput } from "./screen-sharing-rules";

const ID = "share-0001";
const PEER = "peer-00001";
const share = (status: ScreenShare["status"], shareId = ID): ScreenShare => ({ shareId, status });
/** A signal relayed within the current share, as the client sends it. */
const signalInput = (signal: unknown) => ({ action: "signal", shareId: ID, peer: PEER, signal });
const decide = (input: unknown, side: "agent" | "customer", current: ScreenShare | null) =>
  decideScreenAction(screenInput.parse(input), side, current, () => "new-share-1");

describe("decideScreenAction", () => {
  it.each([
    // [input, side, current share, expected type or error]
    [{ action: "request" }, "agent", null, "screenRequested"],
    [{ action: "request" }, "agent", share("stopped"), "screenRequested"],
    [{ action: "request" }, "agent", share("declined"), "screenRequested"],
    [{ action: "request" }, "agent", share("requested"), "screenShareBusy"],
    [{ action: "request" }, "agent", share("started"), "screenShareBusy"],
    [{ action: "request" }, "customer", null, "notFound"],
    [{ action: "start", shareId: ID }, "customer", share("requested"), "screenStarted"],
    [{ action: "start", shareId: ID }, "customer", share("requested", "share-0002"), "screenShareNotCurrent"],
    [{ action: "start", shareId: ID }, "customer", share("stopped"), "screenShareNotCurrent"],
    [{ action: "start", shareId: ID }, "agent", share("requested"), "notFound"],
    [{ action: "decline", shareId: ID }, "customer", share("requested"), "screenDeclined"],
    [{ action: "decline", shareId: ID }, "customer", share("started"), "screenShareNotCurrent"],
    [{ action: "stop", shareId: ID }, "customer", share("started"), "screenStopped"],
    [{ action: "stop", shareId: ID }, "agent", share("started"), "screenStopped"],
    [{ action: "stop", shareId: ID }, "agent", share("requested"), "screenStopped"],
    [{ action: "stop", shareId: ID }, "agent", share("stopped"), "screenShareNotCurrent"],
    [signalInput({ type: "offer", sdp: "v=0" }), "customer", share("started"), "screenSignal"],
    [signalInput({ type: "offer", sdp: "v=0" }), "agent", share("started"), "notFound"],
    [signalInput({ type: "answer", sdp: "v=0" }), "agent", share("started"), "screenSignal"],
    [signalInput({ type: "answer", sdp: "v=0" }), "customer", share("started"), "notFound"],
    [signalInput({ type: "ready" }), "agent", share("started"), "screenSignal"],
    [signalInput({ type: "candidate", candidate: "candidate:1" }), "agent", share("started"), "screenSignal"],
    [
      signalInput({ type: "candidate", candidate: "candidate:1" }),
      "customer",
      share("requested"),
      "screenShareNotCurrent",
    ],
    [signalInput({ type: "offer", sdp: "v=0" }), "customer", share("started", "share-0002"), "screenShareNotCurrent"],
  ] as const)("%j by the %s with %j: %s", (input, side, current, expected) => {
    const decision = decide(input, side, current);
    expect(decision.ok ? decision.type : decision.error).toBe(expected);
  });

  it("gives a new request a new share id, and a signal its share, peer and message", () => {
    expect(decide({ action: "request" }, "agent", null)).toEqual({
      ok: true,
      type: "screenRequested",
      body: { shareId: "new-share-1" },
    });
    const signal = {
      type: "candidate",
      candidate: "candidate:1 1 udp 1 127.0.0.1 5000 typ host",
      sdpMid: "0",
      sdpMLineIndex: 0,
    };
    expect(
      decide({ action: "signal", shareId: ID, peer: PEER, signal, extra: "x" }, "agent", share("started")),
    ).toEqual({
      ok: true,
      type: "screenSignal",
      body: { shareId: ID, peer: PEER, signal },
    });
  });
});

describe("screenInput", () => {
  it.each([
    [null],
    [{ action: "launch" }],
    [{ action: "start" }],
    [{ action: "start", shareId: "short" }],
    [{ action: "start", shareId: "<script>alert(1)</script>" }],
    [signalInput({ type: "offer", sdp: "x".repeat(MAX_SDP_CHARS + 1) })],
    [signalInput({ type: "bye" })],
    [{ action: "signal", shareId: ID, signal: { type: "ready" } }],
  ])("refuses %j", (input) => {
    expect(screenInput.safeParse(input).success).toBe(false);
  });
});
