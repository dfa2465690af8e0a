import { type DiagnosticsInfo, diagnosticsInfoSchema } from "./diagnostics-info";

export type DiagnosticsState =
  { kind: "none" } | { kind: "requested" } | { kind: "declined" } | { kind: "received"; info: DiagnosticsInfo };

/**
 * Where the diagnostics conversation of a session stands, for the agent's page: the stored
 * information once the customer sent it; else the last of request / decline among the events.
 */
export function diagnosticsStateOf(stored: string | null, events: { type: string }[]): DiagnosticsState {
  if (stored !== null) {
    const parsed = diagnosticsInfoSchema.safeParse(safeJson(stored));
    return { kind: "received", info: parsed.success ? parsed.data : {} };
  }
  const last = events.findLast((e) => e.type === "diagnosticsRequested" || e.type === "diagnosticsDeclined");
  if (last?.type === "diagnosticsRequested") return { kind: "requested" };
  if (last?.type === "diagnosticsDeclined") return { kind: "declined" };
  return { kind: "none" };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
