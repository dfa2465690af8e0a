import { SCREEN_DOM_EVENT, type ScreenShare } from "@/lib/live/screen-share-state";
import type { TranscriptEvent } from "./LiveTranscript";

/** What RTCPeerConnection takes as an ICE server (LOTSE_ICE_SERVERS, read on the server). */
export type IceServer = { urls: string | string[]; username?: string; credential?: string };

/** What both sides' Bildschirmfreigabe get from the page (through ScreenShareLoader). */
export type ScreenShareProps<Texts> = {
  url: string;
  initial: ScreenShare | null;
  lastEventId: number;
  iceServers: IceServer[];
  /** Screen events that arrived before this component was loaded (ScreenShareLoader). */
  takeEarly?: () => TranscriptEvent[];
  texts: Texts;
};

export type Signal =
  | { type: "offer" | "answer"; sdp: string }
  | { type: "candidate"; candidate: string; sdpMid?: string | null; sdpMLineIndex?: number | null }
  | { type: "ready" };

/** An id for a share's peer connection: random, and fine outside a secure context too. */
export function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Posts the steps of a share to the page's screen route one after another — the handshake must be
 * stored in the order it was made (an offer before its candidates). `drop()` forgets what is still
 * waiting: steps of a share that is over would only be refused.
 */
export function screenPoster(url: string) {
  let chain: Promise<unknown> = Promise.resolve();
  let generation = 0;
  const post = (body: object): Promise<{ id: number; shareId: string } | null> => {
    const mine = generation;
    const next = chain.then(async () => {
      if (mine !== generation) return null;
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(body),
      });
      return response.ok ? ((await response.json()) as { id: number; shareId: string }) : null;
    });
    chain = next.catch(() => null);
    return next.catch(() => null);
  };
  return {
    post,
    drop: () => void generation++,
    /** The page is going away: a last step that must not wait for the queue (fetch keepalive). */
    beacon: (body: object) =>
      void fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
        keepalive: true,
      }).catch(() => undefined),
  };
}

/**
 * The page's screen events, as its transcript's stream passes them on (LiveTranscript): only those
 * newer than the page (`after`) — older handshakes are history and would confuse a new one.
 */
export function onScreenEvents(after: number, handler: (event: TranscriptEvent) => void): () => void {
  const listener = (event: Event) => {
    const detail = (event as CustomEvent<TranscriptEvent>).detail;
    if (detail.id > after) handler(detail);
  };
  window.addEventListener(SCREEN_DOM_EVENT, listener);
  return () => window.removeEventListener(SCREEN_DOM_EVENT, listener);
}

/** A handshake event's parts, or null when it is not one for `shareId`. */
export function signalOf(event: TranscriptEvent, shareId: string | null): { peer: string; signal: Signal } | null {
  if (event.type !== "screenSignal" || !shareId || event.body.shareId !== shareId) return null;
  return { peer: String(event.body.peer), signal: event.body.signal as Signal };
}

/** Adds the other side's candidates once the remote description is set (they may come first). */
export function candidateAdder(pc: RTCPeerConnection, remoteSet: Promise<unknown>) {
  return (signal: Signal) => {
    if (signal.type !== "candidate") return;
    void remoteSet
      .then(() =>
        pc.addIceCandidate({
          candidate: signal.candidate,
          sdpMid: signal.sdpMid ?? null,
          sdpMLineIndex: signal.sdpMLineIndex ?? null,
        }),
      )
      .catch(() => undefined);
  };
}

/**
 * Sends this side's candidates as they are found, each after `described` (this side's offer or
 * answer has been handed to the poster): the other side needs the description first.
 */
export function sendCandidates(pc: RTCPeerConnection, send: (signal: Signal) => void, described: Promise<void>) {
  pc.onicecandidate = (event) => {
    const found = event.candidate;
    if (!found || !found.candidate) return;
    void described.then(() =>
      send({ type: "candidate", candidate: found.candidate, sdpMid: found.sdpMid, sdpMLineIndex: found.sdpMLineIndex }),
    );
  };
}

/** A promise and the function that keeps it. */
export function deferred(): [Promise<void>, () => void] {
  let keep: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => (keep = resolve));
  return [promise, keep];
}
