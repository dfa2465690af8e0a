import type { SessionDetailCursor } from "./session-details";

/**
 * The "Weitere Sitzungen" link's place in a list of sessions: the last row's time and id
 * ("2026-11-01T09:30:00.000Z~<id>"). It arrives in an address, so anything else reads as "from the
 * beginning" rather than failing.
 */
export function cursorParam(cursor: SessionDetailCursor): string {
  return `${cursor.at.toISOString()}~${cursor.id}`;
}

export function cursorOf(value: string | undefined): SessionDetailCursor | null {
  const match = value ? /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)~([a-z0-9]{1,40})$/.exec(value) : null;
  if (!match) return null;
  const at = new Date(match[1]!);
  return Number.isNaN(at.getTime()) ? null : { at, id: match[2]! };
}
