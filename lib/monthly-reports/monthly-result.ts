import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-errors";
import type { ReportParams } from "@/lib/reports/report-params";
import { monthlyReportScope } from "./access";
import { isMonthlyFormat, type MonthlyFormat, parseStoredMonthlyParams, paramsForMonth } from "./monthly-report-params";
import type { MonthKey } from "./months";
import { type MonthlySnapshot, parseSnapshot } from "./snapshot";

/** One computed month of a monthly report, as "Details anzeigen" and "Download" read it. */
export type MonthlyResult = {
  id: string;
  report: { id: string; name: string; format: MonthlyFormat };
  month: MonthKey;
  /** The clock the month's days were the owner's on. */
  timeZone: string;
  period: { from: Date; to: Date };
  computedAt: Date;
  expiresAt: Date;
  /** The report's parameters for this month ("Start-/Enddatum" its first and last day). */
  params: ReportParams;
  snapshot: MonthlySnapshot;
};

/**
 * A month of one of the viewer's own monthly reports while it is kept; "not found" for another's,
 * an expired one, and for anyone without Monatliche Berichte.
 */
export async function monthlyResult(actor: Principal, id: unknown, now = new Date()): Promise<MonthlyResult> {
  await monthlyReportScope(actor);
  if (typeof id !== "string" || id.length > 100) throw new NotFoundError("monthlyResult");
  const row = await db.monthlyReportResult.findFirst({
    where: { id, expiresAt: { gt: now }, monthlyReport: { ownerId: actor.userId } },
    select: {
      id: true,
      month: true,
      timeZone: true,
      periodFrom: true,
      periodTo: true,
      computedAt: true,
      expiresAt: true,
      data: true,
      monthlyReport: { select: { id: true, name: true, format: true, params: true } },
    },
  });
  const params = row ? parseStoredMonthlyParams(row.monthlyReport.params) : null;
  const snapshot = row ? parseSnapshot(row.data) : null;
  if (!row || !params || !snapshot || !isMonthlyFormat(row.monthlyReport.format))
    throw new NotFoundError("monthlyResult");
  return {
    id: row.id,
    report: { id: row.monthlyReport.id, name: row.monthlyReport.name, format: row.monthlyReport.format },
    month: row.month,
    timeZone: row.timeZone,
    period: { from: row.periodFrom, to: row.periodTo },
    computedAt: row.computedAt,
    expiresAt: row.expiresAt,
    params: paramsForMonth(params, row.month, row.timeZone),
    snapshot,
  };
}
