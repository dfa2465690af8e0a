import { z } from "zod";
import { isShareOpen, SCREEN_SIGNAL, type ScreenShare } from "./screen-share-state";

/** An SDP of one video track is 3–6 KB; a screen with many codecs stays far below this. */
export const MAX_SDP_CHARS = 16_000;
const MAX_CANDIDATE_CHARS = 1_000;
/** The largest request body the screen routes read (an offer with its JSON around it). */
export const MAX_SCREEN_BODY_BYTES = 24_000;
/** Handshake events one side may write per share: a few dozen candidates and a re-offer or two are normal. */
export const MAX_SIGNALS_PER_SHARE = 200;

const id = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

const signal = z.discriminatedUnion("type", [
  z.object({ type: z.literal("offer"), sdp: z.string().min(1).max(MAX_SDP_CHARS) }),
  z.object({ type: z.literal("answer"), sdp: z.string().min(1).max(MAX_SDP_CHARS) }),
  z.object({
    type: z.literal("candidate"),
    candidate: z.string().max(MAX_CANDIDATE_CHARS),
    sdpMid: z.string().max(64).nullable().optional(),
    sdpMLineIndex: z.number().int().min(0).max(64).nullable().optional(),
  }),
  // The agent's page asks for a (new) offer: it was reloaded while the share ran.
  z.object({ type: z.literal("ready") }),
]);
export type ScreenSignal = z.infer<typeof signal>;

/** What a screen route accepts as JSON; everything else is refused. */
export const screenInput = z.discriminatedUnion("action", [
  z.object({ action: z.literal("request") }),
  z.object({ action: z.literal("start"), shareId: id }),
  z.object({ action: z.literal("decline"), shareId: id }),
  z.object({ action: z.literal("stop"), shareId: id }),
  // `peer` names one RTCPeerConnection of the customer's: an answer for an older one is ignored.
  z.object({ action: z.literal("signal"), shareId: id, peer: id, signal }),
]);
export type ScreenInput = z.infer<typeof screenInput>;

type Side = "agent" | "customer";

/** Which side may send which handshake message: the customer's browser offers, the agent's answers. */
const SIGNAL_SIDES: Record<ScreenSignal["type"], readonly Side[]> = {
  offer: ["customer"],
  answer: ["agent"],
  candidate: ["agent", "customer"],
  ready: ["agent"],
};

export type ScreenDecision =
  | { ok: true; type: string; body: Record<string, unknown> }
  | { ok: false; error: "notFound" | "screenShareBusy" | "screenShareNotCurrent" };

/**
 * What an action of `side` writes, given the session's current share — or why it is refused:
 * - only the agent asks ("screenRequested", with a new share id), and only when no share is open;
 * - only the customer starts or declines, and only the share that was asked for;
 * - either side stops an open share (the agent's stop of an unanswered request withdraws it);
 * - handshake messages belong to the running share, each from the side that sends it.
 * A refusal for the wrong side reads as "not found", like any request the actor has no business with.
 */
export function decideScreenAction(
  input: ScreenInput,
  side: Side,
  share: ScreenShare | null,
  newShareId: () => string,
): ScreenDecision {
  if (input.action === "request") {
    if (side !== "agent") return { ok: false, error: "notFound" };
    if (isShareOpen(share)) return { ok: false, error: "screenShareBusy" };
    return { ok: true, type: "screenRequested", body: { shareId: newShareId() } };
  }
  const current = share?.shareId === input.shareId ? share : null;
  switch (input.action) {
    case "start":
    case "decline":
      if (side !== "customer") return { ok: false, error: "notFound" };
      if (current?.status !== "requested") return { ok: false, error: "screenShareNotCurrent" };
      return {
        ok: true,
        type: input.action === "start" ? "screenStarted" : "screenDeclined",
        body: { shareId: input.shareId },
      };
    case "stop":
      if (!isShareOpen(current)) return { ok: false, error: "screenShareNotCurrent" };
      return { ok: true, type: "screenStopped", body: { shareId: input.shareId } };
    case "signal":
      if (!SIGNAL_SIDES[input.signal.type].includes(side)) return { ok: false, error: "notFound" };
      if (current?.status !== "started") return { ok: false, error: "screenShareNotCurrent" };
      return {
        ok: true,
        type: SCREEN_SIGNAL,
        body: { shareId: input.shareId, peer: input.peer, signal: input.signal },
      };
  }
}
