"use server";
import { redirect } from "next/navigation";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { flashNotice } from "@/lib/flash/set-flash";
import { formStateFromError } from "@/lib/forms/failed-form";
import { type FormState, text } from "@/lib/forms/form-state";
import { monthlyReportScope } from "@/lib/monthly-reports/access";
import { monthlyReportFromForm } from "@/lib/monthly-reports/monthly-report-params";
import { createMonthlyReport, deleteMonthlyReport } from "@/lib/monthly-reports/monthly-reports";
import { MONTHLY_REPORTS_PATH } from "@/lib/monthly-reports/paths";

/**
 * "Neuen Monatsbericht erstellen" › "Speichern". Access is checked first (a forged post of someone
 * without Monatliche Berichte is "not found", whatever its fields), then the fields, then — by the
 * domain — the filters against the owner's scope.
 */
export async function createMonthlyReportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  await orNotFound(monthlyReportScope(actor));
  try {
    await orNotFound(createMonthlyReport(actor, monthlyReportFromForm(formData)));
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice("monthlyReportCreated");
  redirect(MONTHLY_REPORTS_PATH);
}

/** "Löschen" of a monthly report with all its months, confirmed on its own page. */
export async function deleteMonthlyReportAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  await orNotFound(deleteMonthlyReport(actor, text(formData, "monthlyReportId")));
  await flashNotice("monthlyReportDeleted");
  redirect(MONTHLY_REPORTS_PATH);
}
