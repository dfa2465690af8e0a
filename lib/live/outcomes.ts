/** How a session ended for the customer's problem, as the agent records it (plain: the wrap-up form uses it too). */
export const OUTCOMES = ["resolved", "unresolved", "unknown"] as const;
export type Outcome = (typeof OUTCOMES)[number];
