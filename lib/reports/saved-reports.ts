import "server-only";
import { z } from "zod";
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { plainText } from "@/lib/validation/plain-text";
import { requireScheduleReports } from "./delivery/delivery-access";
import type { DeliverySchedule } from "./delivery/schedule";
import {
  auditSchedule,
  scheduleColumns,
  scheduleData,
  scheduleEntryOf,
  type ScheduleEntry,
} from "./delivery/schedule-entry";
import { reportContext } from "./generate-report";
import { RETENTION_DAYS } from "./period";
import { parseReportParams, type ReportParams } from "./report-params";
import { reportQuery } from "./report-query";
import { DAY_MS } from "./utc-days";

/** One entry of Meine Berichte, with its E-Mail-Zustellung if it has one. */
export type SavedReportEntry = {
  id: string;
  name: string;
  params: ReportParams;
  expiresAt: Date;
  schedule: ScheduleEntry | null;
};

const entryColumns = {
  id: true,
  name: true,
  params: true,
  expiresAt: true,
  schedule: { select: scheduleColumns },
} as const;

type EntryRow = {
  id: string;
  name: string;
  params: string;
  expiresAt: Date;
  schedule: Parameters<typeof scheduleEntryOf>[0] | null;
};

function entryOf(row: EntryRow): SavedReportEntry | null {
  const params = storedParams(row.params);
  if (!params) return null;
  const schedule = row.schedule ? scheduleEntryOf(row.schedule) : null;
  return { id: row.id, name: row.name, params, expiresAt: row.expiresAt, schedule };
}

/**
 * A report's E-Mail-Zustellung as a form asks for it: a schedule, null for none, undefined to leave
 * it as it is (a viewer without the right "Berichte planen" sees no delivery fields).
 */
export type ScheduleChange = DeliverySchedule | null | undefined;

/** A saved report lasts as long as session data: 90 days from its last save, edit or run (the manual). */
// 90 times 24 hours: the same instant wherever the server runs.
export const expiryFrom = (now: Date) => new Date(now.getTime() + RETENTION_DAYS * DAY_MS);

const nameSchema = z.object({
  name: z.string().overwrite(plainText).trim().min(1, "reportNameRequired").max(100, "tooLong"),
});

/** The viewer's own saved reports that have not expired, by name. Nobody sees another's. */
export async function listSavedReports(actor: Principal, now = new Date()): Promise<SavedReportEntry[]> {
  const rows = await db.savedReport.findMany({
    where: { ownerId: actor.userId, expiresAt: { gt: now } },
    select: entryColumns,
  });
  return rows.flatMap((row) => entryOf(row) ?? []).sort((a, b) => a.name.localeCompare(b.name, "de"));
}

/** One of the viewer's own saved reports, or "not found" (another's, expired, or no such id). */
export async function savedReport(actor: Principal, id: unknown, now = new Date()): Promise<SavedReportEntry> {
  if (typeof id !== "string" || id.length > 100) throw new NotFoundError("savedReport");
  const row = await db.savedReport.findFirst({
    where: { id, ownerId: actor.userId, expiresAt: { gt: now } },
    select: entryColumns,
  });
  const entry = row ? entryOf(row) : null;
  if (!entry) throw new NotFoundError("savedReport");
  return entry;
}

/**
 * "Bericht speichern": the form's report under a name, for 90 days; with a schedule ("OK" of
 * E-Mail-Zustellung) it is also sent to its owner, which needs "Berichte planen". The report is
 * checked as if it were generated (type, filters within the viewer's scope, a Zeitraum within the
 * kept days), so nothing is saved that could not run.
 */
export async function saveReport(
  actor: Principal,
  input: { name: unknown; params: ReportParams; schedule?: DeliverySchedule | null },
  now = new Date(),
): Promise<string> {
  const name = parseName(input.name);
  await reportContext(actor, input.params, now);
  const schedule = input.schedule ?? null;
  if (schedule) await requireScheduleReports(actor);
  return inTransaction(async (tx) => {
    const saved = await tx.savedReport.create({
      data: {
        ownerId: actor.userId,
        name,
        params: storedForm(input.params),
        expiresAt: expiryFrom(now),
        schedule: schedule ? { create: scheduleData(schedule, actor.timeZone, now) } : undefined,
      },
      select: { id: true },
    });
    if (schedule) await auditSchedule(tx, actor, "scheduled", saved.id, { name, ...schedule });
    return saved.id;
  });
}

/**
 * "Bearbeiten": new parameters, name and E-Mail-Zustellung for one's own saved report; its 90 days
 * start again. A changed schedule starts from its next slot; a paused series stays paused.
 */
export async function updateSavedReport(
  actor: Principal,
  id: unknown,
  input: { name: unknown; params: ReportParams; schedule?: ScheduleChange },
  now = new Date(),
): Promise<void> {
  const entry = await savedReport(actor, id, now);
  const name = parseName(input.name);
  await reportContext(actor, input.params, now);
  const schedule = input.schedule;
  if (schedule) await requireScheduleReports(actor);
  await inTransaction(async (tx) => {
    await tx.savedReport.updateMany({
      where: { id: entry.id, ownerId: actor.userId },
      data: { name, params: storedForm(input.params), expiresAt: expiryFrom(now) },
    });
    if (schedule === undefined) return;
    if (schedule === null) {
      if (!entry.schedule) return;
      await tx.reportSchedule.delete({ where: { savedReportId: entry.id } });
      await auditSchedule(tx, actor, "ended", entry.id, { name });
      return;
    }
    const data = scheduleData(schedule, actor.timeZone, now);
    await tx.reportSchedule.upsert({
      where: { savedReportId: entry.id },
      create: { savedReportId: entry.id, ...data },
      update: data,
    });
    await auditSchedule(tx, actor, entry.schedule ? "changed" : "scheduled", entry.id, { name, ...schedule });
  });
}

/**
 * "Generieren": the saved report's parameters, to run with the latest data (a relative Zeitraum is
 * evaluated now); running it keeps it for another 90 days.
 */
export async function runSavedReport(actor: Principal, id: unknown, now = new Date()): Promise<ReportParams> {
  const entry = await savedReport(actor, id, now);
  await db.savedReport.updateMany({
    where: { id: entry.id, ownerId: actor.userId },
    data: { expiresAt: expiryFrom(now) },
  });
  return entry.params;
}

/** "Löschen" of one's own saved report. */
export async function deleteSavedReport(actor: Principal, id: unknown, now = new Date()): Promise<string> {
  const entry = await savedReport(actor, id, now);
  await inTransaction(async (tx) => {
    await tx.savedReport.deleteMany({ where: { id: entry.id, ownerId: actor.userId } });
    if (entry.schedule) await auditSchedule(tx, actor, "ended", entry.id, { name: entry.name });
  });
  return entry.name;
}

function parseName(name: unknown): string {
  const parsed = nameSchema.safeParse({ name });
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  return parsed.data.name;
}

/** Stored as the report's query, the form it has everywhere else; parsed again whenever it is read. */
const storedForm = (params: ReportParams) => JSON.stringify(Object.fromEntries(reportQuery(params)));

export function storedParams(json: string): ReportParams | null {
  try {
    return parseReportParams(JSON.parse(json) as Record<string, unknown>);
  } catch {
    // A report saved under rules that have changed since: left out rather than failing the list.
    return null;
  }
}
