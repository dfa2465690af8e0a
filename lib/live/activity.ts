import "server-only";
import type { Tx } from "@/lib/db/client";

export type ActivityType =
  | "submitted"
  | "posted"
  | "offered"
  | "declined"
  | "accepted"
  | "noAgentResponse"
  | "abandoned"
  | "cancelled"
  | "agentUnavailable"
  | "ended"
  | "agentSignedIn"
  | "agentSignedOut"
  | "agentStatus"
  | "signInRefused"
  /** A request refused because the portal was closed (business hours or a holiday). */
  | "refusedClosed";

export type ActivityEntry = {
  type: ActivityType;
  at?: Date;
  requestId?: number | null;
  sessionId?: string | null;
  agent?: { id: string; name: string } | null;
  team?: { id: string; name: string } | null;
  portal?: { id: string; name: string } | null;
  subPortal?: { id: string; name: string } | null;
  data?: Record<string, unknown>;
};

/**
 * One row of the activity log the reports compute from. Written inside the transaction of the
 * change it describes, with the names as they are now, so later renames and deletions change nothing.
 */
export async function recordActivity(tx: Tx, entry: ActivityEntry): Promise<void> {
  await tx.activityEvent.create({
    data: {
      type: entry.type,
      at: entry.at ?? new Date(),
      requestId: entry.requestId ?? null,
      sessionId: entry.sessionId ?? null,
      agentId: entry.agent?.id ?? null,
      agentName: entry.agent?.name ?? null,
      teamId: entry.team?.id ?? null,
      teamName: entry.team?.name ?? null,
      portalId: entry.portal?.id ?? null,
      portalName: entry.portal?.name ?? null,
      subPortalId: entry.subPortal?.id ?? null,
      subPortalName: entry.subPortal?.name ?? null,
      data: JSON.stringify(entry.data ?? {}),
    },
  });
}
