import "server-only";
import { housekeepingIntervalMs, outboxIntervalMs, sessionRetentionIntervalMs } from "@/lib/config/env";
import { runHousekeeping } from "@/lib/housekeeping/housekeeping";
import { finalizePendingRecordings } from "@/lib/recordings/finish-recordings";
import { deliverDueEmails } from "@/lib/mail/deliver-due-emails";
import { expireLapsedPresences } from "@/lib/live/presence";
import { offerQueuedRequests } from "@/lib/live/queue";
import { expireUnansweredRequests } from "@/lib/live/request-lifecycle";
import { queueSessionSummaries } from "@/lib/live/session-summaries";
import { closeLapsedViews } from "@/lib/session-viewing/view-log";
import { deliverScheduledReports } from "@/lib/reports/delivery/deliver-scheduled-reports";
import { computeMonthlyReports } from "@/lib/monthly-reports/compute";
import { rollUpClosedDays } from "@/lib/reports/rollup";
import { purgeExpiredSessionContent } from "@/lib/session-information/retention";
import { onShutdown } from "@/lib/lifecycle/shutdown.mjs";
import { logger } from "@/lib/logging/logger";

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
  // E-Mail-Zustellung: saved reports due to be sent are queued, and the outbox sends them at once.
  {
    name: "reportDelivery",
    everyMs: 60_000,
    run: () => deliverScheduledReports().then((queued) => queued > 0 && kickJob("outbox")),
  },
  // Berichte: each UTC day's figures added up once the day is over (and again after a late change).
  { name: "reportRollup", everyMs: 10 * 60_000, run: () => rollUpClosedDays() },
  // Monatliche Berichte: each month computed once it has ended, kept for a year, then deleted.
  { name: "monthlyReports", everyMs: 10 * 60_000, run: () => computeMonthlyReports() },
  // Sitzungsinformationen: transcripts, diagnostics and files are forgotten after the retention period.
  {
    name: "sessionRetention",
    everyMs: sessionRetentionIntervalMs(),
    // Recordings a crash left unfinalized get their duration header first (decision record 26).
    run: async () => {
      await finalizePendingRecordings();
      return purgeExpiredSessionContent();
    },
  },
  // Sent e-mails, expired tokens and ended browser sessions are deleted; SQLite's statistics renewed.
  { name: "housekeeping", everyMs: housekeepingIntervalMs(), run: () => runHousekeeping() },
];

// Process-wide like the event bus: the production build has this module in more than one chunk
// (instrumentation starts the ticks, server actions kick jobs, /health asks), and each chunk has its
// own module state. Jobs must still be safe to run side by side (another process, a second server):
// the outbox, for one, claims each mail before sending it.
type SchedulerState = {
  startedAt: number;
  timers: ReturnType<typeof setInterval>[];
  /** When each job last started a run (a job still running skips its ticks and falls behind). */
  lastStarts: Map<string, number>;
  stopping: boolean;
};
const state = globalThis as unknown as {
  lotseScheduler?: SchedulerState;
  lotseRunningJobs?: Map<string, Promise<void>>;
};
const running = (state.lotseRunningJobs ??= new Map<string, Promise<void>>());

// A job never overlaps itself; every job is idempotent, so a restart simply picks up where it was.
function runOnce(job: Job): Promise<void> {
  const current = running.get(job.name);
  if (current || state.lotseScheduler?.stopping) return current ?? Promise.resolve();
  state.lotseScheduler?.lastStarts.set(job.name, Date.now());
  const run = (async () => {
    try {
      await job.run();
    } catch (error) {
      logger.error({ job: job.name, err: error }, "job failed");
    } finally {
      running.delete(job.name);
    }
  })();
  running.set(job.name, run);
  return run;
}

/** Starts the in-process scheduler once per server process (called from instrumentation.ts). */
export function startScheduler(): void {
  if (state.lotseScheduler) return;
  const scheduler: SchedulerState = { startedAt: Date.now(), timers: [], lastStarts: new Map(), stopping: false };
  state.lotseScheduler = scheduler;
  for (const job of jobs) {
    scheduler.timers.push(setInterval(() => void runOnce(job), job.everyMs).unref());
  }
  onShutdown(() => stopScheduler());
}

/** Takes no new runs and waits for the running ones (the shutdown bounds the wait). */
async function stopScheduler(): Promise<void> {
  const scheduler = state.lotseScheduler;
  if (!scheduler) return;
  scheduler.stopping = true;
  scheduler.timers.forEach(clearInterval);
  await Promise.allSettled(running.values());
}

/** Runs a job soon instead of waiting for its next tick (e.g. right after queueing mail). */
export function kickJob(name: string): void {
  const job = jobs.find((j) => j.name === name);
  if (job) setTimeout(() => void runOnce(job), 0);
}

/**
 * For /health: "off" without a scheduler in this process (LOTSE_DISABLE_SCHEDULER=1), otherwise
 * the jobs that have not started a run for three of their intervals — stuck in a run, or never
 * started — which should be none.
 */
export function schedulerHealth(now = Date.now()): { state: "off" } | { state: "running"; lagging: string[] } {
  const scheduler = state.lotseScheduler;
  if (!scheduler) return { state: "off" };
  const lagging = jobs
    .filter((job) => now - (scheduler.lastStarts.get(job.name) ?? scheduler.startedAt) > 3 * job.everyMs)
    .map((job) => job.name);
  return { state: "running", lagging };
}
