import type { AgentFunction } from "@/lib/agent-functions/catalog";

/** Features a portal switches on or off (manual chapter 3, "Portaleinstellungen"). */
export const PORTAL_FEATURES = [
  "screenSharing",
  "fileTransferSend",
  "fileTransferReceive",
  "diagnostics",
  "sessionRecording",
  "customerSurvey",
  "agentSurvey",
] as const;

export type PortalFeature = (typeof PORTAL_FEATURES)[number];

export const PORTAL_FEATURE_DEFAULTS: Record<PortalFeature, boolean> = {
  screenSharing: true,
  fileTransferSend: true,
  fileTransferReceive: true,
  diagnostics: true,
  sessionRecording: false,
  customerSurvey: true,
  agentSurvey: false,
};

/** The agent function that also has to allow a feature; surveys are decided by the portal alone. */
export const AGENT_FUNCTION_OF_FEATURE: Record<PortalFeature, AgentFunction | null> = {
  screenSharing: "screenSharing",
  fileTransferSend: "fileTransferSend",
  fileTransferReceive: "fileTransferReceive",
  diagnostics: "diagnostics",
  sessionRecording: "sessionRecording",
  customerSurvey: null,
  agentSurvey: null,
};

/** The stored JSON with the defaults filled in; unknown keys are dropped. */
export function portalFeaturesOf(json: string): Record<PortalFeature, boolean> {
  let stored: Record<string, unknown> = {};
  try {
    const value: unknown = JSON.parse(json);
    if (value && typeof value === "object") stored = value as Record<string, unknown>;
  } catch {
    // Damaged values fall back to the defaults.
  }
  return Object.fromEntries(
    PORTAL_FEATURES.map((f) => [f, typeof stored[f] === "boolean" ? stored[f] : PORTAL_FEATURE_DEFAULTS[f]]),
  ) as Record<PortalFeature, boolean>;
}
