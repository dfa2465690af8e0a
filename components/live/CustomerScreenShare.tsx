"use client";
import { useEffect, useRef, useState } from "react";
import { announce } from "./live-region";
import type { TranscriptEvent } from "./LiveTranscript";
import {
  candidateAdder,
  deferred,
  type ScreenShareProps,
  onScreenEvents,
  randomId,
  screenPoster,
  sendCandidates,
  type Signal,
  signalOf,
} from "./screen-peer";

type Status = "idle" | "asked" | "sharing" | "stopped";

export type CustomerScreenTexts = Record<
  | "needsJavaScript"
  | "idle"
  | "asked"
  | "share"
  | "decline"
  | "sharing"
  | "stop"
  | "stopped"
  | "notSupported"
  | "failed",
  string
>;

/**
 * The customer's Bildschirmfreigabe: when the agent asks, the customer shares a screen, window or
 * tab (getDisplayMedia) or declines. Their browser offers the video to the agent's (it only sends)
 * and stops when they say so, when the browser's own "stop sharing" ends the track, when the agent
 * stops, or when the page goes away. Loaded by ScreenShareLoader.
 */
export function CustomerScreenShare({
  url,
  initial,
  lastEventId,
  iceServers,
  texts,
  takeEarly,
}: ScreenShareProps<CustomerScreenTexts>) {
  const [status, setStatus] = useState<Status>(initial?.status === "requested" ? "asked" : "idle");
  const [problem, setProblem] = useState<string | null>(null);
  const shareId = useRef(initial?.status === "requested" ? initial.shareId : null);
  const media = useRef<MediaStream | null>(null);
  const pc = useRef<RTCPeerConnection | null>(null);
  const poster = useRef(screenPoster(url));
  const handlers = useRef<{ offer: () => Promise<void>; end: (words: string) => void } | null>(null);

  useEffect(() => {
    const send = poster.current;
    let peer: string | null = null;
    let addCandidate: ((signal: Signal) => void) | null = null;
    const hangUp = () => {
      pc.current?.close();
      pc.current = null;
      peer = null;
      media.current?.getTracks().forEach((track) => track.stop());
      media.current = null;
      send.drop();
    };
    const end = (words: string) => {
      hangUp();
      setStatus("stopped");
      announce(words);
    };
    let onAnswer: ((sdp: string) => Promise<void>) | null = null;
    /** A new peer connection that offers the shared screen (again, when the agent's page reloaded). */
    const offer = async () => {
      const stream = media.current;
      if (!stream) return;
      pc.current?.close();
      const connection = new RTCPeerConnection({ iceServers });
      const mine = randomId();
      pc.current = connection;
      peer = mine;
      const signal = (s: Signal) =>
        void send.post({ action: "signal", shareId: shareId.current, peer: mine, signal: s });
      stream.getTracks().forEach((track) => connection.addTrack(track, stream));
      const [answerSet, answered] = deferred();
      const [offerSent, sent] = deferred();
      addCandidate = candidateAdder(connection, answerSet);
      sendCandidates(connection, signal, offerSent);
      onAnswer = async (sdp: string) => {
        if (pc.current !== connection || connection.signalingState !== "have-local-offer") return;
        await connection.setRemoteDescription({ type: "answer", sdp });
        answered();
      };
      const local = await connection.createOffer();
      await connection.setLocalDescription(local);
      signal({ type: "offer", sdp: local.sdp ?? "" });
      sent();
    };
    handlers.current = { offer, end };
    const handle = (event: TranscriptEvent) => {
      const id = typeof event.body.shareId === "string" ? event.body.shareId : null;
      if (event.type === "screenRequested") {
        hangUp();
        shareId.current = id;
        setStatus("asked");
        return announce(texts.asked);
      }
      if (id !== shareId.current) return;
      if (event.type === "screenStopped") return end(texts.stopped);
      if (event.type === "screenDeclined") return setStatus("idle");
      const handshake = signalOf(event, shareId.current);
      if (!handshake || event.author !== "agent") return;
      const { signal } = handshake;
      if (signal.type === "ready") void offer().catch(() => setProblem(texts.failed));
      else if (handshake.peer !== peer) return;
      else if (signal.type === "answer") void onAnswer?.(signal.sdp).catch(() => setProblem(texts.failed));
      else addCandidate?.(signal);
    };
    const off = onScreenEvents(lastEventId, handle);
    // What the stream passed on while this script was still loading.
    for (const event of takeEarly?.() ?? []) if (event.id > lastEventId) handle(event);
    // The page was reloaded while it shared: the screen went with the old page.
    if (initial?.status === "started") void send.post({ action: "stop", shareId: initial.shareId });
    const onHide = () => {
      if (media.current && shareId.current) send.beacon({ action: "stop", shareId: shareId.current });
    };
    window.addEventListener("pagehide", onHide);
    return () => {
      off();
      window.removeEventListener("pagehide", onHide);
      hangUp();
    };
    // Mounted once per page: the props are the server's state when the page was rendered.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const send = poster.current;
  const share = async () => {
    setProblem(null);
    const id = shareId.current;
    if (!navigator.mediaDevices?.getDisplayMedia) return setProblem(texts.notSupported);
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
    } catch {
      // The customer closed the browser's picker: that is their answer.
      await send.post({ action: "decline", shareId: id });
      return setStatus("idle");
    }
    if (!(await send.post({ action: "start", shareId: id }))) {
      stream.getTracks().forEach((track) => track.stop());
      return setProblem(texts.failed);
    }
    media.current = stream;
    // The browser's own "stop sharing" ends the track.
    stream.getVideoTracks()[0]?.addEventListener("ended", () => void stop());
    setStatus("sharing");
    announce(texts.sharing);
    await handlers.current?.offer().catch(() => setProblem(texts.failed));
  };
  const stop = async () => {
    const id = shareId.current;
    // Its own "stopped" coming back through the stream is no news.
    shareId.current = null;
    handlers.current?.end(texts.stopped);
    await send.post({ action: "stop", shareId: id });
  };
  const decline = async () => {
    const id = shareId.current;
    shareId.current = null;
    await send.post({ action: "decline", shareId: id });
    setStatus("idle");
  };

  return (
    <>
      <p>
        {status === "asked"
          ? texts.asked
          : status === "sharing"
            ? texts.sharing
            : status === "stopped"
              ? texts.stopped
              : texts.idle}
      </p>
      {problem ? <p className="field-error">{problem}</p> : null}
      {status === "asked" ? (
        <div className="actions">
          <button type="button" className="button" onClick={() => void share()}>
            {texts.share}
          </button>
          <button type="button" className="button button-secondary" onClick={() => void decline()}>
            {texts.decline}
          </button>
        </div>
      ) : status === "sharing" ? (
        <div className="actions">
          <button type="button" className="button button-secondary" onClick={() => void stop()}>
            {texts.stop}
          </button>
        </div>
      ) : null}
    </>
  );
}
