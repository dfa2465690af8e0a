import type { SessionEventView } from "@/lib/live/messages";

/** What a line of a transcript records; everything but a message is said in the reader's language. */
export const TRANSCRIPT_KINDS = [
  "message",
  "file",
  "diagnosticsRequested",
  "diagnostics",
  "diagnosticsDeclined",
  "screenRequested",
  "screenStarted",
  "screenDeclined",
  "screenStopped",
  "recordingStarted",
  "recordingStopped",
  "ended",
] as const;
export type TranscriptKind = (typeof TRANSCRIPT_KINDS)[number];

export type TranscriptLine = {
  id: number;
  at: Date;
  author: "agent" | "customer" | "system";
  kind: TranscriptKind;
  /** A message's text; empty for the other kinds. */
  text: string;
  /** The team's greeting, sent for the agent when the session began. */
  greeting: boolean;
  file: { id: string; name: string; size: number } | null;
  /** A recording that stopped because the session's recordings reached their size limit. */
  limitReached: boolean;
};

const KINDS = new Set<string>(TRANSCRIPT_KINDS);

/**
 * A session's events as the lines of its transcript, in order — the same lines the page shows and
 * the exports write. Events that are not part of the conversation (a survey's answers, which the
 * page shows among the facts) are left out.
 */
export function transcriptLines(events: SessionEventView[]): TranscriptLine[] {
  return events
    .filter((event) => KINDS.has(event.type))
    .map((event) => ({
      id: event.id,
      at: event.at,
      author: event.author === "agent" || event.author === "customer" ? event.author : "system",
      kind: event.type as TranscriptKind,
      text: event.type === "message" ? String(event.body.text ?? "") : "",
      greeting: event.body.greeting === true,
      limitReached: event.type === "recordingStopped" && event.body.reason === "limitReached",
      file:
        event.type === "file"
          ? {
              id: String(event.body.fileId ?? ""),
              name: String(event.body.name ?? ""),
              size: Number(event.body.size ?? 0),
            }
          : null,
    }));
}

/** Labels of the "AgentConsole.transcript" namespace that a transcript's lines use. */
export type TranscriptLabel =
  | "fileSent"
  | "diagnosticsRequested"
  | "diagnosticsReceived"
  | "diagnosticsDeclined"
  | "screenRequested"
  | "screenStarted"
  | "screenDeclined"
  | "screenStopped"
  | "recordingStarted"
  | "recordingStopped"
  | "recordingLimitReached"
  | "ended";

/** A line's text for a reader: the message itself, or what happened in the reader's words. */
export function lineText(line: TranscriptLine, t: (key: TranscriptLabel) => string): string {
  switch (line.kind) {
    case "message":
      return line.text;
    case "file":
      return `${t("fileSent")}: ${line.file!.name}`;
    case "diagnosticsRequested":
      return t("diagnosticsRequested");
    case "diagnostics":
      return t("diagnosticsReceived");
    case "diagnosticsDeclined":
      return t("diagnosticsDeclined");
    case "screenRequested":
    case "screenStarted":
    case "screenDeclined":
    case "screenStopped":
    case "recordingStarted":
      return t(line.kind);
    case "recordingStopped":
      return t(line.limitReached ? "recordingLimitReached" : "recordingStopped");
    case "ended":
      return t("ended");
  }
}
