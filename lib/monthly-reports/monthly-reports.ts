import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { resolveReportFilters } from "@/lib/reports/report-filters";
import { reportTypesOf } from "@/lib/reports/report-options";
import { monthlyReportScope } from "./access";
import { computeOwedMonths } from "./compute";
import {
  isMonthlyFormat,
  type MonthlyFormat,
  type MonthlyReportInput,
  type MonthlyReportParams,
  parseStoredMonthlyParams,
  storedMonthlyParams,
} from "./monthly-report-params";
import type { MonthKey } from "./months";
import type { MonthlySearch } from "./search-params";

/** A monthly report as its owner's list shows it: the definition and the months computed. */
export type MonthlyReportEntry = {
  id: string;
  name: string;
  params: MonthlyReportParams;
  format: MonthlyFormat;
  months: { id: string; month: MonthKey; computedAt: Date }[];
};

/**
 * "Neuen Monatsbericht erstellen" › "Speichern": a monthly report of the viewer's, checked like a
 * report they generate (a type they have, filters within their scope — else "not found"), and the
 * month that ended last computed at once, so that it is in "Monatlichen Bericht wählen" right away.
 */
export async function createMonthlyReport(
  actor: Principal,
  input: MonthlyReportInput,
  now = new Date(),
): Promise<string> {
  const scope = await monthlyReportScope(actor);
  if (!reportTypesOf(scope).includes(input.params.type)) throw new NotFoundError("report");
  await resolveReportFilters(scope, input.params);
  const id = await inTransaction(async (tx) => {
    const created = await tx.monthlyReport.create({
      data: {
        ownerId: actor.userId,
        name: input.name,
        params: storedMonthlyParams(input.params),
        format: input.format,
        createdAt: now,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actor,
      action: "monthlyReport.created",
      targetType: "monthlyReport",
      targetId: created.id,
      summary: { name: input.name, type: input.params.type, format: input.format },
    });
    return created.id;
  });
  await computeOwedMonths(id, now);
  return id;
}

/**
 * "Monatlichen Bericht wählen": the viewer's own monthly reports (nobody sees another's) whose name
 * contains the search's and whose type is the one chosen, with their months in the range chosen,
 * newest month first. A report without any month computed yet is listed too (it can be deleted);
 * one whose months all lie outside the range is not.
 */
export async function searchMonthlyReports(
  actor: Principal,
  search: MonthlySearch,
  now = new Date(),
): Promise<MonthlyReportEntry[]> {
  await monthlyReportScope(actor);
  const rows = await db.monthlyReport.findMany({
    where: { ownerId: actor.userId },
    select: {
      id: true,
      name: true,
      params: true,
      format: true,
      results: {
        where: {
          expiresAt: { gt: now },
          month: {
            ...(search.fromMonth ? { gte: search.fromMonth } : {}),
            ...(search.toMonth ? { lte: search.toMonth } : {}),
          },
        },
        select: { id: true, month: true, computedAt: true },
        orderBy: { month: "desc" },
      },
      _count: { select: { results: { where: { expiresAt: { gt: now } } } } },
    },
  });
  const needle = search.name?.toLocaleLowerCase("de");
  return rows
    .flatMap((row): MonthlyReportEntry[] => {
      const params = parseStoredMonthlyParams(row.params);
      if (!params || !isMonthlyFormat(row.format)) return [];
      if (needle && !row.name.toLocaleLowerCase("de").includes(needle)) return [];
      if (search.type && params.type !== search.type) return [];
      if (row.results.length === 0 && row._count.results > 0) return [];
      return [{ id: row.id, name: row.name, params, format: row.format, months: row.results }];
    })
    .sort((a, b) => a.name.localeCompare(b.name, "de"));
}

/** One of the viewer's own monthly reports, or "not found" (another's, or no such id). */
export async function monthlyReport(
  actor: Principal,
  id: unknown,
): Promise<{ id: string; name: string; params: MonthlyReportParams; format: MonthlyFormat }> {
  await monthlyReportScope(actor);
  if (typeof id !== "string" || id.length > 100) throw new NotFoundError("monthlyReport");
  const row = await db.monthlyReport.findFirst({
    where: { id, ownerId: actor.userId },
    select: { id: true, name: true, params: true, format: true },
  });
  const params = row ? parseStoredMonthlyParams(row.params) : null;
  if (!row || !params || !isMonthlyFormat(row.format)) throw new NotFoundError("monthlyReport");
  return { id: row.id, name: row.name, params, format: row.format };
}

/** "Löschen": one's own monthly report with all its months. */
export async function deleteMonthlyReport(actor: Principal, id: unknown): Promise<string> {
  const entry = await monthlyReport(actor, id);
  await inTransaction(async (tx) => {
    await tx.monthlyReport.deleteMany({ where: { id: entry.id, ownerId: actor.userId } });
    await writeAudit(tx, {
      actor,
      action: "monthlyReport.deleted",
      targetType: "monthlyReport",
      targetId: entry.id,
      summary: { name: entry.name },
    });
  });
  return entry.name;
}
