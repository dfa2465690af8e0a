import "server-only";
import type { Tx } from "@/lib/db/client";
import { eventBus } from "@/lib/events/event-bus";
import { logger } from "@/lib/logging/logger";
import { finalizeSessionRecordings, stopRunningRecordings } from "@/lib/recordings/finish-recordings";
import { recordActivity } from "./activity";
import { QUEUE_CHANNEL, sessionChannel } from "./channels";
import { offerQueuedRequests } from "./queue";
import type { SessionSide } from "./participant";

/** Why a session ended when its agent did not end it from the session page. */
export type EndReason = "signedOut" | "consoleLeft";

type ClosableSession = {
  id: string;
  requestId: number;
  agentId: string | null;
  agentName: string;
  teamId: string | null;
  teamName: string;
  portalId: string;
  portalName: string;
  subPortalId: string;
  subPortalName: string;
  startedAt: Date;
};

/**
 * Ends one open session inside the caller's transaction: its running recordings stop, the "ended"
 * transcript event both sides see, and the "ended" activity row with the duration the reports use.
 * False when it had already ended (someone else was first). Every way a session ends comes here.
 */
export async function closeSession(
  tx: Tx,
  session: ClosableSession,
  how: { endedBy: SessionSide; now: Date; wrap?: { notes: string; outcome: string } | null; reason?: EndReason },
): Promise<boolean> {
  const { count } = await tx.supportSession.updateMany({
    where: { id: session.id, endedAt: null },
    data: {
      endedAt: how.now,
      durationMs: Math.max(0, how.now.getTime() - session.startedAt.getTime()),
      endedBy: how.endedBy,
      endReason: how.reason ?? null,
      ...(how.wrap ?? {}),
    },
  });
  if (count === 0) return false;
  await stopRunningRecordings(tx, session.id, how.now);
  const reason = how.reason ? { reason: how.reason } : {};
  await tx.sessionEvent.create({
    data: {
      sessionId: session.id,
      type: "ended",
      author: how.endedBy,
      body: JSON.stringify({ endedBy: how.endedBy, ...reason }),
    },
  });
  await recordActivity(tx, {
    type: "ended",
    at: how.now,
    requestId: session.requestId,
    sessionId: session.id,
    agent: session.agentId ? { id: session.agentId, name: session.agentName } : null,
    team: session.teamId ? { id: session.teamId, name: session.teamName } : null,
    portal: { id: session.portalId, name: session.portalName },
    subPortal: { id: session.subPortalId, name: session.subPortalName },
    data: {
      endedBy: how.endedBy,
      durationMs: how.now.getTime() - session.startedAt.getTime(),
      outcome: how.wrap?.outcome ?? null,
      ...reason,
    },
  });
  return true;
}

/**
 * After the commit: both sides' streams show the end, freed agents may get the next queued request,
 * and the stopped recordings are finalized — in the background: that reads each one whole, and
 * the retention job (or the first replay) does it again should it fail or be cut off.
 */
export async function announceClosedSessions(sessionIds: string[]): Promise<void> {
  if (sessionIds.length === 0) return;
  for (const id of sessionIds) eventBus.publish(sessionChannel(id), { type: "events" });
  void finalizeSessionRecordings(sessionIds).catch((error: unknown) =>
    logger.error({ err: error }, "finalizing the recordings of ended sessions failed"),
  );
  eventBus.publish(QUEUE_CHANNEL, { type: "agentFree" });
  await offerQueuedRequests();
}
