import "server-only";
import { z } from "zod";
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { plainText } from "@/lib/validation/plain-text";
import { reportContext } from "./generate-report";
import { RETENTION_DAYS } from "./period";
import { parseReportParams, type ReportParams } from "./report-params";
import { reportQuery } from "./report-query";
import { DAY_MS } from "./utc-days";

/** One entry of Meine Berichte. */
export type SavedReportEntry = { id: string; name: string; params: ReportParams; expiresAt: Date };

/** A saved report lasts as long as session data: 90 days from its last save, edit or run (the manual). */
// 90 times 24 hours: the same instant wherever the server runs.
const expiryFrom = (now: Date) => new Date(now.getTime() + RETENTION_DAYS * DAY_MS);

const nameSchema = z.object({
  name: z.string().overwrite(plainText).trim().min(1, "reportNameRequired").max(100, "tooLong"),
});

/** The viewer's own saved reports that have not expired, by name. Nobody sees another's. */
export async function listSavedReports(actor: Principal, now = new Date()): Promise<SavedReportEntry[]> {
  const rows = await db.savedReport.findMany({
    where: { ownerId: actor.userId, expiresAt: { gt: now } },
    select: { id: true, name: true, params: true, expiresAt: true },
  });
  return rows
    .flatMap((row) => {
      const params = storedParams(row.params);
      return params ? [{ id: row.id, name: row.name, params, expiresAt: row.expiresAt }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name, "de"));
}

/** One of the viewer's own saved reports, or "not found" (another's, expired, or no such id). */
export async function savedReport(actor: Principal, id: unknown, now = new Date()): Promise<SavedReportEntry> {
  if (typeof id !== "string" || id.length > 100) throw new NotFoundError("savedReport");
  const row = await db.savedReport.findFirst({
    where: { id, ownerId: actor.userId, expiresAt: { gt: now } },
    select: { id: true, name: true, params: true, expiresAt: true },
  });
  const params = row ? storedParams(row.params) : null;
  if (!row || !params) throw new NotFoundError("savedReport");
  return { id: row.id, name: row.name, params, expiresAt: row.expiresAt };
}

/**
 * "Bericht speichern": the form's report under a name, for 90 days. The report is checked as if it
 * were generated (type, filters within the viewer's scope, a Zeitraum within the kept days), so
 * nothing is saved that could not run.
 */
export async function saveReport(
  actor: Principal,
  input: { name: unknown; params: ReportParams },
  now = new Date(),
): Promise<string> {
  const name = parseName(input.name);
  await reportContext(actor, input.params, now);
  const saved = await db.savedReport.create({
    data: { ownerId: actor.userId, name, params: storedForm(input.params), expiresAt: expiryFrom(now) },
    select: { id: true },
  });
  return saved.id;
}

/** "Bearbeiten": new parameters and name for one's own saved report; its 90 days start again. */
export async function updateSavedReport(
  actor: Principal,
  id: unknown,
  input: { name: unknown; params: ReportParams },
  now = new Date(),
): Promise<void> {
  const entry = await savedReport(actor, id, now);
  const name = parseName(input.name);
  await reportContext(actor, input.params, now);
  await db.savedReport.updateMany({
    where: { id: entry.id, ownerId: actor.userId },
    data: { name, params: storedForm(input.params), expiresAt: expiryFrom(now) },
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
  await db.savedReport.deleteMany({ where: { id: entry.id, ownerId: actor.userId } });
  return entry.name;
}

function parseName(name: unknown): string {
  const parsed = nameSchema.safeParse({ name });
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  return parsed.data.name;
}

/** Stored as the report's query, the form it has everywhere else; parsed again whenever it is read. */
const storedForm = (params: ReportParams) => JSON.stringify(Object.fromEntries(reportQuery(params)));

function storedParams(json: string): ReportParams | null {
  try {
    return parseReportParams(JSON.parse(json) as Record<string, unknown>);
  } catch {
    // A report saved under rules that have changed since: left out rather than failing the list.
    return null;
  }
}
