"use client";
import { useEffect, useRef, useState } from "react";
import { useFormatter } from "next-intl";
import { formatBytes } from "@/lib/i18n/format-bytes";
import type { RecordingStatus } from "@/lib/live/recording-upload";
import type { ScreenShare } from "@/lib/live/screen-share-state";
import { announce } from "./live-region";
import type { TranscriptEvent } from "./LiveTranscript";
import {
  candidateAdder,
  deferred,
  type ScreenShareProps,
  onScreenEvents,
  screenPoster,
  sendCandidates,
  type Signal,
  signalOf,
} from "./screen-peer";

type Status = "idle" | "requested" | "connecting" | "sharing" | "stopped" | "declined";

export type AgentScreenTexts = Record<
  | "needsJavaScript"
  | "idle"
  | "request"
  | "waiting"
  | "withdraw"
  | "connecting"
  | "sharing"
  | "stop"
  | "stopped"
  | "declined"
  | "video"
  | "failed"
  | "recording"
  | "recordingLimit"
  | "recordingFailed",
  string
>;

const FROM_SHARE: Record<ScreenShare["status"], Status> = {
  requested: "requested",
  started: "connecting",
  declined: "declined",
  stopped: "stopped",
};

/**
 * The agent's Bildschirmfreigabe: asks the customer, answers the customer's browser's offer and
 * shows the screen (the agent's browser only receives), stops it. With `recordingsUrl` it records
 * what it receives (screen-recorder.ts, loaded only then). Loaded by ScreenShareLoader.
 */
export function AgentScreenShare({
  url,
  recordingsUrl,
  initial,
  lastEventId,
  iceServers,
  texts,
  takeEarly,
}: ScreenShareProps<AgentScreenTexts> & { recordingsUrl: string | null }) {
  const format = useFormatter();
  const [status, setStatus] = useState<Status>(initial ? FROM_SHARE[initial.status] : "idle");
  const [failed, setFailed] = useState(false);
  const [recording, setRecording] = useState<RecordingStatus | null>(null);
  const shareId = useRef(initial?.shareId ?? null);
  const video = useRef<HTMLVideoElement>(null);
  const pc = useRef<RTCPeerConnection | null>(null);
  const recorder = useRef<{ stop(): void } | null>(null);
  const poster = useRef(screenPoster(url));

  useEffect(() => {
    const send = poster.current;
    let addCandidate: ((signal: Signal) => void) | null = null;
    let peer: string | null = null;
    const hangUp = () => {
      recorder.current?.stop();
      recorder.current = null;
      pc.current?.close();
      pc.current = null;
      peer = null;
      if (video.current) video.current.srcObject = null;
      send.drop();
    };
    const show = (next: Status, words?: string) => {
      setStatus(next);
      setFailed(false);
      if (words) announce(words);
    };
    const answer = async (offerPeer: string, sdp: string) => {
      hangUp();
      const connection = new RTCPeerConnection({ iceServers });
      pc.current = connection;
      peer = offerPeer;
      const signal = (s: Signal) =>
        void send.post({ action: "signal", shareId: shareId.current, peer: offerPeer, signal: s });
      connection.ontrack = (event) => {
        const stream = event.streams[0] ?? new MediaStream([event.track]);
        if (video.current) video.current.srcObject = stream;
        show("sharing", texts.sharing);
        if (recordingsUrl && !recorder.current)
          void import("./screen-recorder").then(({ recordScreen }) => {
            if (pc.current === connection) recorder.current = recordScreen(stream, recordingsUrl, setRecording);
          });
      };
      const remoteSet = connection.setRemoteDescription({ type: "offer", sdp });
      const [answerSent, sent] = deferred();
      addCandidate = candidateAdder(connection, remoteSet);
      sendCandidates(connection, signal, answerSent);
      await remoteSet;
      const local = await connection.createAnswer();
      await connection.setLocalDescription(local);
      signal({ type: "answer", sdp: local.sdp ?? "" });
      sent();
    };
    const handle = (event: TranscriptEvent) => {
      const id = typeof event.body.shareId === "string" ? event.body.shareId : null;
      if (event.type === "screenRequested") {
        shareId.current = id;
        return show("requested");
      }
      if (id !== shareId.current) return;
      if (event.type === "screenStarted") return show("connecting", texts.connecting);
      if (event.type === "screenDeclined") return (hangUp(), show("declined", texts.declined));
      if (event.type === "screenStopped") return (hangUp(), show("stopped", texts.stopped));
      const handshake = signalOf(event, shareId.current);
      if (!handshake || event.author !== "customer") return;
      if (handshake.signal.type === "offer")
        void answer(handshake.peer, handshake.signal.sdp).catch(() => setFailed(true));
      else if (handshake.peer === peer) addCandidate?.(handshake.signal);
    };
    const off = onScreenEvents(lastEventId, handle);
    // What the stream passed on while this script was still loading.
    for (const event of takeEarly?.() ?? []) if (event.id > lastEventId) handle(event);
    // Reloaded while the customer shares: their browser offers again to this page.
    if (initial?.status === "started")
      void send.post({ action: "signal", shareId: initial.shareId, peer: "reloaded-agent", signal: { type: "ready" } });
    return () => {
      off();
      hangUp();
    };
    // Mounted once per page: the props are the server's state when the page was rendered.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const open = status === "requested" || status === "connecting" || status === "sharing";
  const act = async () => {
    setFailed(false);
    const send = poster.current;
    if (!open) {
      const started = await send.post({ action: "request" });
      if (!started) return setFailed(true);
      shareId.current = started.shareId;
      setStatus("requested");
      return announce(texts.waiting);
    }
    const id = shareId.current;
    send.drop();
    const stopped = await send.post({ action: "stop", shareId: id });
    if (!stopped) setFailed(true);
  };
  const words: Record<Status, string> = {
    idle: texts.idle,
    requested: texts.waiting,
    connecting: texts.connecting,
    sharing: texts.sharing,
    stopped: texts.stopped,
    declined: texts.declined,
  };
  return (
    <>
      <p>{words[status]}</p>
      {/* The screen, as the customer shares it: muted (a screen has no sound here), no controls to lose it by. */}
      <video
        ref={video}
        className="screen-video"
        aria-label={texts.video}
        autoPlay
        muted
        playsInline
        hidden={status !== "sharing"}
      />
      {recording && recording.kind !== "off" ? (
        <p className="muted">
          {recording.kind === "limitReached"
            ? texts.recordingLimit
            : recording.kind === "failed"
              ? texts.recordingFailed
              : texts.recording.replace("{size}", formatBytes(format, recording.bytes))}
        </p>
      ) : null}
      {failed ? <p className="field-error">{texts.failed}</p> : null}
      {/* One button that changes its action: the focus stays on it. */}
      <button type="button" className="button button-secondary" onClick={() => void act()}>
        {!open ? texts.request : status === "requested" ? texts.withdraw : texts.stop}
      </button>
    </>
  );
}
