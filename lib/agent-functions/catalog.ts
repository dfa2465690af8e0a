/** Agent functions that teams set as defaults and agents may override (docs/architecture.md, "Agent functions"). */
export const AGENT_FUNCTIONS = [
  "reports",
  "scheduleReports",
  "sessionReplay",
  "exportSessionReplay",
  "fileTransferSend",
  "fileTransferReceive",
  "screenSharing",
  "diagnostics",
  "sessionRecording",
  "multiSession",
  "saveLoginPassword",
] as const;

export type AgentFunction = (typeof AGENT_FUNCTIONS)[number];

/** What applies when neither the agent nor any team up the tree says otherwise. */
export const FUNCTION_DEFAULTS: Record<AgentFunction, boolean> = {
  reports: false,
  scheduleReports: false,
  sessionReplay: false,
  exportSessionReplay: false,
  fileTransferSend: true,
  fileTransferReceive: true,
  screenSharing: true,
  diagnostics: true,
  sessionRecording: false,
  multiSession: false,
  saveLoginPassword: false,
};

export const DEFAULT_MAX_SESSIONS = 1;
export const MAX_SESSIONS_LIMIT = 10;

export type FunctionSettings = Partial<Record<AgentFunction, boolean>>;

function isAgentFunction(value: unknown): value is AgentFunction {
  return typeof value === "string" && (AGENT_FUNCTIONS as readonly string[]).includes(value);
}

/** Parses a stored { function: boolean } JSON object, dropping anything unknown. */
export function parseFunctionSettings(json: string): FunctionSettings {
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== "object") return {};
    return Object.fromEntries(
      Object.entries(value).filter(([key, on]) => isAgentFunction(key) && typeof on === "boolean"),
    ) as FunctionSettings;
  } catch {
    return {};
  }
}
