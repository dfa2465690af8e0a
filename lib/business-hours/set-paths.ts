import type { SetKind } from "./assign-portals";

const SEGMENT: Record<SetKind, string> = { hours: "hours", holiday: "holidays" };

/** A set's own page under /manager/business-hours. */
export function setPath(kind: SetKind, id: string): string {
  return `/manager/business-hours/${SEGMENT[kind]}/${id}`;
}
