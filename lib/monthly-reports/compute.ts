import "server-only";
import { PRINCIPAL_COLUMNS, type PrincipalRow, principalOfRow } from "@/lib/auth/principal-of-user";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { logger } from "@/lib/logging/logger";
import { generateReport } from "@/lib/reports/generate-report";
import { monthlyReportScope } from "./access";
import { parseStoredMonthlyParams, paramsForMonth } from "./monthly-report-params";
import { dueMonths, expiryOf, type MonthKey, monthPeriod } from "./months";
import { snapshotOf } from "./snapshot";

/** Months computed per run at most: a run stays short, the next one goes on. */
const MONTHS_PER_RUN = 50;

type Definition = { id: string; name: string; params: string; createdAt: Date; owner: PrincipalRow };

export type MonthlyRun = { computed: number; skipped: number; expired: number };

/**
 * The job `monthlyReports` (decision record 25): deletes the months whose year is over, then
 * computes every month each monthly report owes (the last month ended when it was created, and
 * each one ended since) and has not got yet, with its owner's scope as it is now. Idempotent and
 * safe beside a second run: a month is stored once (unique per report and month), a second insert
 * is skipped. A month the owner may not have any more (the right taken away, a filter outside their
 * teams now) is skipped — written to the audit log once — not failed.
 */
export async function computeMonthlyReports(now = new Date()): Promise<MonthlyRun> {
  const expired = (await db.monthlyReportResult.deleteMany({ where: { expiresAt: { lte: now } } })).count;
  const definitions = await db.monthlyReport.findMany({
    select: { id: true, name: true, params: true, createdAt: true, owner: { select: PRINCIPAL_COLUMNS } },
    orderBy: { createdAt: "asc" },
  });
  const run: MonthlyRun = { computed: 0, skipped: 0, expired };
  for (const definition of definitions) {
    const owed = await owedMonths(definition, now);
    for (const month of owed) {
      if (run.computed + run.skipped >= MONTHS_PER_RUN) return logged(run);
      if (await computeMonth(definition, month, now)) run.computed++;
      else run.skipped++;
    }
  }
  return logged(run);
}

/** Computes what one monthly report owes now (its creation computes the month before at once). */
export async function computeOwedMonths(monthlyReportId: string, now = new Date()): Promise<number> {
  const definition = await db.monthlyReport.findUnique({
    where: { id: monthlyReportId },
    select: { id: true, name: true, params: true, createdAt: true, owner: { select: PRINCIPAL_COLUMNS } },
  });
  if (!definition) return 0;
  let computed = 0;
  for (const month of await owedMonths(definition, now)) if (await computeMonth(definition, month, now)) computed++;
  return computed;
}

async function owedMonths(definition: Definition, now: Date): Promise<MonthKey[]> {
  const due = dueMonths(definition.createdAt, now, definition.owner.timeZone);
  if (due.length === 0) return [];
  const done = await db.monthlyReportResult.findMany({
    where: { monthlyReportId: definition.id, month: { in: due } },
    select: { month: true },
  });
  const have = new Set(done.map((row) => row.month));
  return due.filter((month) => !have.has(month));
}

/** One month of one report: stored (true), or skipped because its owner may not have it now (false). */
async function computeMonth(definition: Definition, month: MonthKey, now: Date): Promise<boolean> {
  const owner = principalOfRow(definition.owner, "manager");
  const timeZone = definition.owner.timeZone;
  const params = parseStoredMonthlyParams(definition.params);
  try {
    if (!owner || !params) throw new NotFoundError("monthlyReport");
    const scope = await monthlyReportScope(owner);
    const period = monthPeriod(month, timeZone);
    const report = await generateReport(owner, paramsForMonth(params, month, timeZone), { scope, period, now });
    const stored = await storeOnce({
      monthlyReportId: definition.id,
      month,
      timeZone,
      periodFrom: period.from,
      periodTo: period.to,
      computedAt: now,
      data: JSON.stringify(snapshotOf(report)),
      expiresAt: expiryOf(month, timeZone),
    });
    return stored;
  } catch (error) {
    if (!(error instanceof NotFoundError) && !(error instanceof ValidationError)) throw error;
    await auditSkippedOnce(definition, month);
    return false;
  }
}

/** Inserts a month unless it is there already (another run, another process): false then. */
async function storeOnce(data: Parameters<typeof db.monthlyReportResult.create>[0]["data"]): Promise<boolean> {
  try {
    await db.monthlyReportResult.create({ data, select: { id: true } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    if ((cause as { code?: unknown }).code === "P2002" || /UNIQUE constraint failed/i.test(cause.message)) return true;
  }
  return false;
}

/** "Skipped" is written once per report and month, however often the job tries again. */
async function auditSkippedOnce(definition: Definition, month: MonthKey): Promise<void> {
  const summary = { name: definition.name, month };
  const seen = await db.auditLog.count({
    where: {
      action: "monthlyReport.skipped",
      targetId: definition.id,
      summary: { contains: `"month":"${month}"` },
    },
  });
  if (seen > 0) return;
  await inTransaction((tx) =>
    writeAudit(tx, {
      actor: { type: "system", label: "monthlyReports" },
      action: "monthlyReport.skipped",
      targetType: "monthlyReport",
      targetId: definition.id,
      summary,
      client: null,
    }),
  );
}

function logged(run: MonthlyRun): MonthlyRun {
  if (run.computed || run.skipped || run.expired) logger.info({ monthlyReports: run }, "monthly reports computed");
  return run;
}
