/**
 * Portal types (docs/architecture.md, "Portal types"): the type decides the page layout and
 * which customer fields exist.
 */
export const PORTAL_TYPES = ["agentSelection", "questionBox", "contactButton", "connectionCode"] as const;
export type PortalType = (typeof PORTAL_TYPES)[number];

export const CUSTOMER_FIELDS = ["name", "email", "phone", "problem", "agent", "code"] as const;
export type CustomerField = (typeof CUSTOMER_FIELDS)[number];

/** The fields each type offers, in the order the portal page shows them. */
export const FIELDS_OF_TYPE: Record<PortalType, readonly CustomerField[]> = {
  agentSelection: ["agent", "name", "email", "phone", "problem"],
  questionBox: ["name", "email", "phone", "problem"],
  contactButton: ["name", "email", "phone"],
  connectionCode: ["code", "name", "email", "phone", "problem"],
};

/** Fields without which the type cannot work: always shown and required. */
export const ESSENTIAL_FIELDS: Record<PortalType, readonly CustomerField[]> = {
  agentSelection: ["agent"],
  questionBox: ["problem"],
  contactButton: [],
  connectionCode: ["code"],
};

/** Question box and contact button can queue requests instead of broadcasting them. */
export function supportsQueueMode(type: PortalType): boolean {
  return type === "questionBox" || type === "contactButton";
}

export function isPortalType(value: unknown): value is PortalType {
  return typeof value === "string" && (PORTAL_TYPES as readonly string[]).includes(value);
}
