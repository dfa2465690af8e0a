import { getTranslations } from "next-intl/server";
import { MonthlyReportForm } from "@/components/monthly-reports/MonthlyReportForm";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { monthlyReportScope } from "@/lib/monthly-reports/access";
import { MONTHLY_FORMATS, MONTHLY_REPORT_TYPES } from "@/lib/monthly-reports/monthly-report-params";
import { MONTHLY_REPORTS_PATH } from "@/lib/monthly-reports/paths";
import { reportFormOptions } from "@/lib/reports/report-options";
import { createMonthlyReportAction } from "../actions";

/** "Neuen Monatsbericht erstellen": the settings of a report that is computed every month. */
export default async function NewMonthlyReportPage() {
  const actor = await requirePrincipal("manager");
  const scope = await orNotFound(monthlyReportScope(actor));
  const options = await reportFormOptions(scope);
  const t = await getTranslations("MonthlyReports");
  return (
    <div className="stack">
      <h1>{t("create")}</h1>
      <p>{t("newIntro")}</p>
      <MonthlyReportForm
        action={createMonthlyReportAction}
        options={{
          ...options,
          types: options.types.filter((type) => (MONTHLY_REPORT_TYPES as readonly string[]).includes(type)),
        }}
        formats={MONTHLY_FORMATS}
        backHref={MONTHLY_REPORTS_PATH}
      />
    </div>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("MonthlyReports");
  return { title: t("create") };
}
