import "server-only";
import type { Actor, Principal } from "@/lib/auth/principal";
import { writeAuditMany } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { reportContext } from "../generate-report";
import { savedReport } from "../saved-reports";
import { requireScheduleReports } from "./delivery-access";
import { nextDeliveryAt } from "./schedule";
import { auditSchedule, scheduleColumns, scheduleData, scheduleEntryOf } from "./schedule-entry";

/**
 * "Pausieren" of one's own series: nothing is sent until it is resumed. Needs no right — anyone may
 * stop mail to themselves.
 */
export async function pauseSchedule(actor: Principal, id: unknown, now = new Date()): Promise<string> {
  const entry = await savedReport(actor, id, now);
  if (!entry.schedule) throw new NotFoundError("reportSchedule");
  await inTransaction(async (tx) => {
    await tx.reportSchedule.update({ where: { savedReportId: entry.id }, data: { paused: true } });
    await auditSchedule(tx, actor, "paused", entry.id, { name: entry.name });
  });
  return entry.name;
}

/**
 * "Fortsetzen": sending starts again with the next slot from now (what was missed while paused is
 * not sent). Checked like a new series: the right, and a report that can still run for its owner.
 */
export async function resumeSchedule(actor: Principal, id: unknown, now = new Date()): Promise<string> {
  const entry = await savedReport(actor, id, now);
  if (!entry.schedule) throw new NotFoundError("reportSchedule");
  await requireScheduleReports(actor);
  await reportContext(actor, entry.params, now);
  await inTransaction(async (tx) => {
    await tx.reportSchedule.update({
      where: { savedReportId: entry.id },
      data: { ...scheduleData(entry.schedule!, actor.timeZone, now), paused: false, stoppedReason: null },
    });
    await auditSchedule(tx, actor, "resumed", entry.id, { name: entry.name });
  });
  return entry.name;
}

/**
 * Before users are deleted (their saved reports go with them): each of their running series is
 * recorded as stopped, in the deletion's transaction.
 */
export async function stopSchedulesOfDeletedUsers(tx: Tx, actor: Actor, userIds: string[]): Promise<void> {
  const running = await tx.reportSchedule.findMany({
    where: { paused: false, savedReport: { ownerId: { in: userIds } } },
    select: { savedReportId: true, savedReport: { select: { name: true, ownerId: true } } },
  });
  await writeAuditMany(
    tx,
    running.map((series) => ({
      actor,
      action: "reportDelivery.stopped",
      targetType: "savedReport",
      targetId: series.savedReportId,
      summary: { name: series.savedReport.name, ownerId: series.savedReport.ownerId, reason: "ownerDeleted" },
    })),
  );
}

/**
 * When an owner changes their time zone (Meine Einstellungen), their series are sent at the same
 * times on their new clock: each next delivery is computed anew, in the change's transaction.
 */
export async function moveSchedulesToTimeZone(tx: Tx, ownerId: string, timeZone: string, now: Date): Promise<void> {
  const series = await tx.reportSchedule.findMany({
    where: { savedReport: { ownerId } },
    select: { savedReportId: true, ...scheduleColumns },
  });
  for (const row of series) {
    await tx.reportSchedule.update({
      where: { savedReportId: row.savedReportId },
      data: { timeZone, nextAt: nextDeliveryAt(scheduleEntryOf(row), timeZone, now) },
    });
  }
}
