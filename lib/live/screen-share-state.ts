/**
 * Bildschirmfreigabe as session events (decision record 27). The four lifecycle events are lines of
 * the transcript; "screenSignal" carries the WebRTC handshake (offer, answer, ICE candidates) and is
 * never shown, exported or counted. Imports nothing: the session pages' client code reads it too.
 */
export const SCREEN_EVENTS = ["screenRequested", "screenStarted", "screenDeclined", "screenStopped"] as const;
export type ScreenEventType = (typeof SCREEN_EVENTS)[number];

/** The handshake's event type: the session stream carries it, transcripts skip it. */
export const SCREEN_SIGNAL = "screenSignal";

/** The window event a page's transcript stream passes each screen event on as (detail: the event). */
export const SCREEN_DOM_EVENT = "lotse:screen";

/** Written by the recording's server side (the agent's browser uploads, the server records the fact). */
export const RECORDING_EVENTS = ["recordingStarted", "recordingStopped"] as const;

/**
 * Where the latest share of a session stands: asked by the agent and not yet answered, running,
 * or over (declined or stopped — a new request may follow).
 */
export type ScreenShare = { shareId: string; status: "requested" | "started" | "declined" | "stopped" };

const STATUS: Record<ScreenEventType, ScreenShare["status"]> = {
  screenRequested: "requested",
  screenStarted: "started",
  screenDeclined: "declined",
  screenStopped: "stopped",
};

/** The share the last lifecycle event speaks of, or null when nobody asked yet. */
export function screenShareOf(
  last: { type: string; body: Record<string, unknown> } | null | undefined,
): ScreenShare | null {
  if (!last || !(last.type in STATUS) || typeof last.body.shareId !== "string") return null;
  return { shareId: last.body.shareId, status: STATUS[last.type as ScreenEventType] };
}

/** Whether a share is still going on (asked or running): a new request waits until it is over. */
export const isShareOpen = (share: ScreenShare | null) => share?.status === "requested" || share?.status === "started";

/** Whether the session is being recorded now: its last recording event says it started. */
export function isRecording(events: { type: string }[]): boolean {
  const last = events.findLast((e) => (RECORDING_EVENTS as readonly string[]).includes(e.type));
  return last?.type === "recordingStarted";
}
