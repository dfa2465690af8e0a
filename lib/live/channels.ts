/** Bus channels of the live parts (see lib/events/event-bus.ts). */
export const QUEUE_CHANNEL = "requests";
export const sessionChannel = (sessionId: string) => `session:${sessionId}`;
export const requestChannel = (requestId: number) => `request:${requestId}`;
