/** The SSE event that tells the page its list of monitors changed (one added, closed, shared, timed out). */
export const MONITORS_EVENT = "monitors";
/** The SSE event that tells one monitor to fetch itself anew. */
export const monitorEvent = (monitorId: string) => `monitor-${monitorId}`;
