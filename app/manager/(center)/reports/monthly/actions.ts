"use server";
import { z } from "zod";
import { formAction, postAction } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";
import { monthlyReportScope } from "@/lib/monthly-reports/access";
import { monthlyReportFields, monthlyReportFromForm } from "@/lib/monthly-reports/monthly-report-params";
import { createMonthlyReport, deleteMonthlyReport } from "@/lib/monthly-reports/monthly-reports";
import { MONTHLY_REPORTS_PATH } from "@/lib/monthly-reports/paths";

/**
 * "Neuen Monatsbericht erstellen" › "Speichern". Access is checked first (a forged post of someone
 * without Monatliche Berichte is "not found", whatever its fields), then the fields, then — by the
 * domain — the filters against the owner's scope.
 */
export const createMonthlyReportAction = formAction(
  { signedIn: "manager", fields: monthlyReportFields },
  async ({ actor, values }) => {
    await monthlyReportScope(actor);
    await createMonthlyReport(actor, monthlyReportFromForm(values));
    return { redirectTo: MONTHLY_REPORTS_PATH, notice: "monthlyReportCreated" };
  },
);

/** "Löschen" of a monthly report with all its months, confirmed on its own page. */
export const deleteMonthlyReportAction = postAction(
  { signedIn: "manager", fields: z.object({ monthlyReportId: formField.text() }) },
  async ({ actor, values }) => {
    await deleteMonthlyReport(actor, values.monthlyReportId);
    return { redirectTo: MONTHLY_REPORTS_PATH, notice: "monthlyReportDeleted" };
  },
);
