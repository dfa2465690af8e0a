import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { principalOfUser } from "@/lib/auth/principal-of-user";
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { logger } from "@/lib/logging/logger";
import { enqueueEmail, type OutgoingEmail } from "@/lib/mail/outbox";
import { expiryFrom, storedParams } from "../saved-reports";
import { mayScheduleReports } from "./delivery-access";
import { reportMail } from "./report-mail";
import { nextDeliveryAt } from "./schedule";
import { scheduleColumns, scheduleEntryOf, type StoppedReason } from "./schedule-entry";

/** Series handled per run; a run that finds a full batch is followed by the next tick. */
const BATCH_SIZE = 20;

const JOB = { type: "system", label: "reportDelivery" } as const;

type DueSeries = Awaited<ReturnType<typeof dueSeries>>[number];

const dueSeries = (now: Date) =>
  db.reportSchedule.findMany({
    where: { paused: false, nextAt: { lte: now }, savedReport: { expiresAt: { gt: now } } },
    orderBy: { nextAt: "asc" },
    take: BATCH_SIZE,
    select: {
      savedReportId: true,
      ...scheduleColumns,
      savedReport: { select: { name: true, params: true, ownerId: true } },
    },
  });

/**
 * E-Mail-Zustellung (scheduler job): queues the mail of every series that is due, in the outbox so
 * that nothing is lost while SMTP is down. A series is claimed by moving its next delivery on to
 * the first slot after now, in the transaction that queues its mail: a restart in the middle has
 * written both or neither, two runners cannot both claim it, and slots missed while the server was
 * down are sent once, not once each. Returns how many mails it queued.
 */
export async function deliverScheduledReports(now = new Date()): Promise<number> {
  let queued = 0;
  for (const series of await dueSeries(now)) {
    try {
      if (await deliver(series, now)) queued++;
    } catch (error) {
      // One series' failure (a report that throws) must not hold up the others; it is tried again
      // on the next tick, since its slot was not moved on.
      logger.error({ err: error, savedReportId: series.savedReportId }, "report delivery failed");
    }
  }
  return queued;
}

async function deliver(series: DueSeries, now: Date): Promise<boolean> {
  const owner = await principalOfUser(series.savedReport.ownerId, "manager");
  if (!owner || !(await mayScheduleReports(owner))) return stop(series, "rightRevoked");
  const params = storedParams(series.savedReport.params);
  if (!params) return stop(series, "reportUnavailable");
  const schedule = scheduleEntryOf(series);
  let mail: OutgoingEmail;
  try {
    mail = await reportMail(owner, { name: series.savedReport.name, params, schedule }, now);
  } catch (error) {
    // Filters outside the owner's scope now, or reports taken away, or a fixed Zeitraum that has
    // passed the 90 kept days: the report cannot run for them any more.
    if (error instanceof NotFoundError || error instanceof ValidationError) return stop(series, "reportUnavailable");
    throw error;
  }
  return claimAndQueue(series, nextDeliveryAt(schedule, owner.timeZone, now), owner, mail, now);
}

async function claimAndQueue(
  series: DueSeries,
  next: Date,
  owner: Principal,
  mail: OutgoingEmail,
  now: Date,
): Promise<boolean> {
  return inTransaction(async (tx) => {
    // Claimed only as it was read: another runner, or its owner pausing or changing it meanwhile,
    // has moved it on, and then this mail is not sent.
    const { count } = await tx.reportSchedule.updateMany({
      where: { savedReportId: series.savedReportId, nextAt: series.nextAt, paused: false },
      data: { nextAt: next, timeZone: owner.timeZone, lastSentAt: now },
    });
    if (count === 0) return false;
    // Each delivery is a run of the saved report: a series that is sent does not expire.
    await tx.savedReport.update({ where: { id: series.savedReportId }, data: { expiresAt: expiryFrom(now) } });
    await enqueueEmail(tx, mail);
    return true;
  });
}

/** Pauses a series Lotse may no longer send, with the reason its owner sees, and audits it. */
async function stop(series: DueSeries, reason: StoppedReason): Promise<false> {
  await inTransaction(async (tx) => {
    const { count } = await tx.reportSchedule.updateMany({
      where: { savedReportId: series.savedReportId, nextAt: series.nextAt, paused: false },
      data: { paused: true, stoppedReason: reason },
    });
    if (count === 0) return;
    await writeAudit(tx, {
      actor: JOB,
      action: "reportDelivery.stopped",
      targetType: "savedReport",
      targetId: series.savedReportId,
      summary: { name: series.savedReport.name, ownerId: series.savedReport.ownerId, reason },
      client: null,
    });
  });
  return false;
}
