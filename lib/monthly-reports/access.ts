import "server-only";
import { rightsOf } from "@/lib/access/management-scope";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { reportScope, type ReportScope } from "@/lib/reports/report-scope";

/**
 * Who has Monatliche Berichte, and what their reports may count: company managers always, team
 * managers with the right "Monatsberichte" (within their teams, as their reports are); agents and
 * API managers never — for them every monthly page, action and download is "not found".
 */
export async function monthlyReportScope(actor: Principal): Promise<ReportScope> {
  if (!(await hasMonthlyReports(actor))) throw new NotFoundError("monthlyReports");
  return reportScope(actor);
}

/**
 * Whether the viewer has Monatliche Berichte (a link to them on the Berichte page): the right, which
 * company managers hold and API managers and agents never do — one small query, no scope.
 */
export async function hasMonthlyReports(actor: Principal): Promise<boolean> {
  return actor.kind === "manager" && (await rightsOf(actor)).has("monthlyReports");
}
