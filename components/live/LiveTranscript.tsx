"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useFormatter } from "next-intl";
import { formatBytes } from "@/lib/i18n/format-bytes";
import { RECORDING_EVENTS, SCREEN_DOM_EVENT, SCREEN_EVENTS, SCREEN_SIGNAL } from "@/lib/live/screen-share-state";
import { useEventStream } from "./useEventStream";

export type TranscriptEvent = { id: number; type: string; author: string; body: Record<string, unknown>; at: string };

export type TranscriptLabels = {
  you: string;
  other: string;
  system: string;
  greeting: string;
  fileSent: string;
  diagnosticsRequested: string;
  diagnosticsReceived: string;
  diagnosticsDeclined: string;
  screenRequested: string;
  screenStarted: string;
  screenDeclined: string;
  screenStopped: string;
  recordingStarted: string;
  recordingStopped: string;
  recordingLimitReached: string;
  ended: string;
  connectionLost: string;
  logLabel: string;
};

const SHOWN = new Set<string>([
  "message",
  "file",
  "diagnosticsRequested",
  "diagnostics",
  "diagnosticsDeclined",
  ...SCREEN_EVENTS,
  ...RECORDING_EVENTS,
  "ended",
]);
/** Events that change more than the transcript: the server parts of the page are rendered anew. */
const REFRESHING = new Set<string>([
  "ended",
  "diagnosticsRequested",
  "diagnostics",
  "diagnosticsDeclined",
  ...RECORDING_EVENTS,
  "survey",
]);
/** Events the page's screen sharing follows (ScreenShare*): passed on as a window event. */
const SCREEN = new Set<string>([...SCREEN_EVENTS, SCREEN_SIGNAL]);
/** An observer's page also lists the session's files beside the transcript. */
const REFRESHING_OBSERVED = new Set([...REFRESHING, "file"]);
const FOLLOWED = [...SHOWN, "survey", SCREEN_SIGNAL];

/**
 * Whose page it is: one of the session's two sides (their own messages are "you"), or an observer —
 * a manager's Sitzungseinsicht, which takes no part and labels both sides by name.
 */
export type TranscriptSide = "agent" | "customer" | "observer";

/**
 * The chat transcript of a session, live: it starts with the events the server rendered and
 * follows the session's event stream (useEventStream), adding each new entry — an append-only log
 * whose stream already carries the entries, so the page is not rendered anew for a message
 * (decision record 29). After a dropped connection the browser reconnects with Last-Event-ID and
 * the server sends only what came later; ids guard against doubles anyway.
 */
export function LiveTranscript({
  initial,
  streamUrl,
  side,
  labels,
  timeZone,
  locale,
  fileUrl,
  names,
}: {
  initial: TranscriptEvent[];
  streamUrl: string;
  side: TranscriptSide;
  labels: TranscriptLabels;
  timeZone: string;
  locale: string;
  /** Download address of a file by its id. */
  fileUrl: string;
  /** For an observer: how the agent's and the customer's entries are labelled. */
  names?: { agent: string; customer: string };
}) {
  const router = useRouter();
  const format = useFormatter();
  const [events, setEvents] = useState(initial);
  const [lost, setLost] = useState(false);
  // The stream starts after what the page was rendered with; its own ids guard against doubles.
  const [after] = useState(() => initial.at(-1)?.id ?? 0);
  const lastId = useRef(after);
  const end = useRef<HTMLLIElement>(null);

  useEventStream(`${streamUrl}?after=${after}`, FOLLOWED, {
    onEvent: (_type, data) => {
      const event = JSON.parse(data) as TranscriptEvent;
      if (event.id <= lastId.current) return;
      lastId.current = event.id;
      // One stream per page: the screen share's handshake travels in it too (decision record 27).
      if (SCREEN.has(event.type)) window.dispatchEvent(new CustomEvent(SCREEN_DOM_EVENT, { detail: event }));
      if (SHOWN.has(event.type)) setEvents((list) => [...list, event]);
      if ((side === "observer" ? REFRESHING_OBSERVED : REFRESHING).has(event.type)) router.refresh();
    },
    onOpen: () => setLost(false),
    onDrop: () => setLost(true),
  });

  useEffect(() => {
    end.current?.scrollIntoView({ block: "nearest" });
  }, [events.length]);

  const time = new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone });
  const size = (bytes: number) => formatBytes(format, bytes);
  const who = (author: string) =>
    author === "system"
      ? labels.system
      : side === "observer"
        ? ((author === "agent" ? names?.agent : names?.customer) ?? labels.other)
        : author === side
          ? labels.you
          : labels.other;
  return (
    <div className={side === "observer" ? "transcript transcript-observed" : "transcript"}>
      {lost ? (
        <p role="status" className="muted">
          {labels.connectionLost}
        </p>
      ) : null}
      {/* The log role sits on a wrapper: on the list itself it would take the list semantics away.
          The wrapper scrolls a long chat, so it takes the focus: arrow keys scroll it without a mouse. */}
      <div role="log" aria-live="polite" aria-label={labels.logLabel} tabIndex={0} className="transcript-scroll">
        <ol className="transcript-log">
          {events
            .filter((e) => SHOWN.has(e.type))
            .map((e) => (
              <li key={e.id} className={`transcript-entry from-${e.author === side ? "me" : e.author}`}>
                <span className="transcript-meta">
                  {who(e.author)} · <time dateTime={e.at}>{time.format(new Date(e.at))}</time>
                  {e.body.greeting ? ` · ${labels.greeting}` : null}
                </span>
                <span className="transcript-text">{describe(e, labels, fileUrl, size)}</span>
              </li>
            ))}
          <li ref={end} aria-hidden="true" className="sr-only" />
        </ol>
      </div>
    </div>
  );
}

function describe(e: TranscriptEvent, labels: TranscriptLabels, fileUrl: string, size: (bytes: number) => string) {
  switch (e.type) {
    case "message":
      return String(e.body.text ?? "");
    case "file":
      return (
        <>
          {labels.fileSent}: <a href={fileUrl.replace("FILE_ID", String(e.body.fileId))}>{String(e.body.name)}</a> (
          {size(Number(e.body.size))})
        </>
      );
    case "diagnosticsRequested":
      return labels.diagnosticsRequested;
    case "diagnostics":
      return labels.diagnosticsReceived;
    case "diagnosticsDeclined":
      return labels.diagnosticsDeclined;
    case "screenRequested":
    case "screenStarted":
    case "screenDeclined":
    case "screenStopped":
    case "recordingStarted":
      return labels[e.type];
    case "recordingStopped":
      return e.body.reason === "limitReached" ? labels.recordingLimitReached : labels.recordingStopped;
    case "ended":
      return labels.ended;
    default:
      return null;
  }
}
