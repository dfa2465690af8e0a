import "server-only";
import type { Actor } from "@/lib/auth/principal";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { type DeliverySchedule, nextDeliveryAt } from "./schedule";
import type { DeliveryFormat, Frequency } from "./schedule-options";

/** Why Lotse stopped a series: its owner lost the right, or the report can no longer run for them. */
export type StoppedReason = "rightRevoked" | "reportUnavailable";

/** A series as Meine Berichte shows it. */
export type ScheduleEntry = DeliverySchedule & {
  paused: boolean;
  stoppedReason: StoppedReason | null;
  nextAt: Date;
  lastSentAt: Date | null;
};

/** The columns of ReportSchedule a ScheduleEntry is read from. */
export const scheduleColumns = {
  frequency: true,
  weekday: true,
  monthDay: true,
  time: true,
  format: true,
  paused: true,
  stoppedReason: true,
  nextAt: true,
  lastSentAt: true,
} as const;

type ScheduleRow = {
  frequency: string;
  weekday: number | null;
  monthDay: number | null;
  time: string;
  format: string;
  paused: boolean;
  stoppedReason: string | null;
  nextAt: Date;
  lastSentAt: Date | null;
};

/** Stored by Lotse itself, so read as written. */
export const scheduleEntryOf = (row: ScheduleRow): ScheduleEntry => ({
  ...row,
  frequency: row.frequency as Frequency,
  format: row.format as DeliveryFormat,
  stoppedReason: row.stoppedReason as StoppedReason | null,
});

/** A new series' row: the first delivery is the next slot on the owner's clock. */
export function scheduleData(schedule: DeliverySchedule, timeZone: string, now: Date) {
  return { ...schedule, timeZone, nextAt: nextDeliveryAt(schedule, timeZone, now) };
}

export async function auditSchedule(
  tx: Tx,
  actor: Actor,
  action: "scheduled" | "changed" | "paused" | "resumed" | "ended",
  savedReportId: string,
  summary: Record<string, unknown>,
): Promise<void> {
  await writeAudit(tx, {
    actor,
    action: `reportDelivery.${action}`,
    targetType: "savedReport",
    targetId: savedReportId,
    summary,
  });
}
