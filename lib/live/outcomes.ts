/** How a session ended for the customer's problem, as the agent records it (plain: the wrap-up form uses it too). */
export const OUTCOMES = ["resolved", "unresolved", "unknown"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * A stored outcome as the pages name it: the column is text, written only through `OUTCOMES`, so an
 * unknown value (a hand-edited row) reads as "unknown" rather than a raw message key.
 */
export function outcomeOf(stored: string | null): Outcome | null {
  if (stored === null) return null;
  return (OUTCOMES as readonly string[]).includes(stored) ? (stored as Outcome) : "unknown";
}
