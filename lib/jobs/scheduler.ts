import "server-only";
import { outboxIntervalMs, sessionRetentionIntervalMs } from "@/lib/config/env";
import { deliverDueEmails } from "@/lib/mail/deliver-due-emails";
import { expireLapsedPresences } from "@/lib/live/presence";
import { offerQueuedRequests } from "@/lib/live/queue";
import { expireUnansweredRequests } from "@/lib/live/request-lifecycle";
import { queueSessionSummaries } from "@/lib/live/session-summaries";
import { closeLapsedViews } from "@/lib/monitoring/view-log";
import { rollUpClosedDays } from "@/lib/reports/rollup";
import { purgeExpiredSessionContent } from "@/lib/session-information/retention";

type Job = { name: string; everyMs: number; run: () => Promise<unknown> };

const jobs: Job[] = [
  { name: "outbox", everyMs: outboxIntervalMs(), run: deliverDueEmails },
  // Waiting requests: "no agent response" after the timeout; queued offers that lapsed move on.
  { name: "requests", everyMs: 5_000, run: () => expireUnansweredRequests().then(() => offerQueuedRequests()) },
  { name: "sessionSummaries", everyMs: 10_000, run: () => queueSessionSummaries() },
  // Consoles whose browser session ended or that nobody has seen for a while are signed out.
  { name: "presence", everyMs: 30_000, run: () => expireLapsedPresences() },
  // Sitzungseinsichten nobody looks at any more (no Schließen, no live stream) end in the audit log.
  { name: "sessionViews", everyMs: 30_000, run: () => closeLapsedViews() },
  // Berichte: each UTC day's figures added up once the day is over (and again after a late change).
  { name: "reportRollup", everyMs: 10 * 60_000, run: () => rollUpClosedDays() },
  // Sitzungsinformationen: transcripts, diagnostics and files are forgotten after the retention period.
  {
    name: "sessionRetention",
    everyMs: sessionRetentionIntervalMs(),
    run: () => purgeExpiredSessionContent(),
  },
];

// Process-wide like the event bus: the production build has this module in more than one chunk
// (instrumentation starts the ticks, server actions kick jobs), and each chunk has its own module
// state. Jobs must still be safe to run side by side (another process, a second server): the
// outbox, for one, claims each mail before sending it.
const state = globalThis as unknown as { lotseSchedulerStarted?: boolean; lotseRunningJobs?: Set<string> };
const running = (state.lotseRunningJobs ??= new Set<string>());

// A job never overlaps itself; every job is idempotent, so a restart simply picks up where it was.
async function runOnce(job: Job) {
  if (running.has(job.name)) return;
  running.add(job.name);
  try {
    await job.run();
  } catch (error) {
    console.error(`[lotse] job ${job.name} failed`, error);
  } finally {
    running.delete(job.name);
  }
}

/** Starts the in-process scheduler once per server process (called from instrumentation.ts). */
export function startScheduler(): void {
  if (state.lotseSchedulerStarted) return;
  state.lotseSchedulerStarted = true;
  for (const job of jobs) {
    setInterval(() => void runOnce(job), job.everyMs).unref();
  }
}

/** Runs a job soon instead of waiting for its next tick (e.g. right after queueing mail). */
export function kickJob(name: string): void {
  const job = jobs.find((j) => j.name === name);
  if (job) setTimeout(() => void runOnce(job), 0);
}
