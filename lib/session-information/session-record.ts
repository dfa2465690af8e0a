import "server-only";
import { db } from "@/lib/db/client";
import { type SessionHeading, sessionHeadingOf } from "./session-heading";
import type { Principal } from "@/lib/auth/principal";
import { writeAudit } from "@/lib/audit/write-audit";
import { inTransaction } from "@/lib/db/transaction";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { type DiagnosticsState, diagnosticsStateOf } from "@/lib/live/diagnostics-state";
import { readAuditedSessionFile } from "@/lib/live/audited-file";
import type { SessionFileContent } from "@/lib/live/files";
import { loadEventsAfter, type SessionEventView } from "@/lib/live/messages";
import { type Outcome, outcomeOf } from "@/lib/live/outcomes";
import { type SessionEnding, sessionEnding } from "@/lib/live/session-ending";
import { type ViewedFile, viewedFiles } from "@/lib/session-viewing/session-view";
import { coversSession, sessionInformationScope } from "./access";

/** More than any session says: a session's transcript is shown whole. */
const ALL_EVENTS = 100_000;

export type SessionRecord = SessionHeading & {
  endedAt: Date;
  waitedMs: number;
  durationMs: number;
  ending: SessionEnding;
  outcome: Outcome | null;
  notes: string;
  customer: { name: string; email: string; problem: string };
  surveys: {
    customer: { rating: number | null; comment: string };
    agent: { rating: number | null; comment: string };
  };
  /** When the retention job forgot the content below; null while it is kept. */
  purgedAt: Date | null;
  events: SessionEventView[];
  files: ViewedFile[];
  diagnostics: DiagnosticsState;
  /** Whether the viewer may export the transcript and the diagnostics. */
  mayExport: boolean;
  /** Whether the viewer may replay the session's recordings (lib/recordings/replay.ts); exporting them needs both. */
  mayReplay: boolean;
};

/**
 * A past session as Sitzungsinformationen shows it (manual chapter 6): its facts, and — until the
 * retention job forgets them — its transcript, diagnostics and files. Only ended sessions, within
 * the viewer's scope; anything else, and a malformed number, is "not found". Unless `audit` is
 * false (a prefetch, the page's title), looking is written to the audit log: who read which session.
 */
export async function reviewSession(
  actor: Principal,
  number: unknown,
  { audit = true }: { audit?: boolean } = {},
): Promise<SessionRecord> {
  const { session, mayExport, mayReplay } = await reviewableSession(actor, number);
  const purged = session.contentPurgedAt !== null;
  const [request, events, files] = await Promise.all([
    db.supportRequest.findUnique({
      where: { id: session.requestId },
      select: { customerName: true, customerEmail: true, problem: true },
    }),
    purged ? [] : loadEventsAfter(session.id, 0, ALL_EVENTS, { withoutSignals: true }),
    purged ? [] : viewedFiles(session.id),
  ]);
  if (!request) throw new NotFoundError("session");
  if (audit)
    await inTransaction((tx) =>
      writeAudit(tx, {
        actor,
        action: "sessionInformation.viewed",
        targetType: "supportSession",
        targetId: session.id,
        summary: { sessionNumber: session.number },
      }),
    );
  const endedAt = session.endedAt!;
  return {
    ...sessionHeadingOf(session),
    endedAt,
    waitedMs: session.waitMs,
    durationMs: session.durationMs ?? endedAt.getTime() - session.startedAt.getTime(),
    ending: sessionEnding(session),
    outcome: outcomeOf(session.outcome),
    notes: session.notes,
    customer: { name: request.customerName, email: request.customerEmail, problem: request.problem },
    surveys: {
      customer: { rating: session.customerRating, comment: session.customerComment },
      agent: { rating: session.agentRating, comment: session.agentComment },
    },
    purgedAt: session.contentPurgedAt,
    events,
    files,
    diagnostics: purged ? { kind: "none" } : diagnosticsStateOf(session.diagnostics, events),
    mayExport,
    mayReplay,
  };
}

/**
 * A file of a session the viewer may review, for download while it is kept; the download is in
 * the audit log. A forgotten file is "not found", like one that never was.
 */
export async function reviewedSessionFile(
  actor: Principal,
  number: unknown,
  fileId: unknown,
): Promise<SessionFileContent> {
  const { session } = await reviewableSession(actor, number);
  if (session.contentPurgedAt !== null || typeof fileId !== "string") throw new NotFoundError("file");
  return readAuditedSessionFile(actor, session, fileId, "sessionInformation.fileDownloaded");
}

/** The session with this number if the viewer may review it: ended and within their scope. */
export async function reviewableSession(actor: Principal, number: unknown) {
  const scope = await sessionInformationScope(actor);
  if (typeof number !== "string" || !/^\d{9}$/.test(number)) throw new NotFoundError("session");
  const session = await db.supportSession.findUnique({ where: { number } });
  if (!session || session.endedAt === null || !coversSession(scope.sessions, session))
    throw new NotFoundError("session");
  return { session, mayExport: scope.mayExport, mayReplay: scope.mayReplay };
}
