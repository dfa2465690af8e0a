import { getTranslations } from "next-intl/server";
import { ConfirmAction } from "@/components/shell/ConfirmAction";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { titleOrNotFound } from "@/lib/errors/title-or-not-found";
import { monthlyReport } from "@/lib/monthly-reports/monthly-reports";
import { MONTHLY_REPORTS_PATH } from "@/lib/monthly-reports/paths";
import { deleteMonthlyReportAction } from "../../actions";

type Props = { params: Promise<{ id: string }> };

/** "Löschen" of a monthly report asks first, naming it: every month computed goes with it. */
export default async function DeleteMonthlyReportPage({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const entry = await orNotFound(monthlyReport(actor, id));
  const t = await getTranslations("MonthlyReports");
  return (
    <div className="stack">
      <h1>{t("deleteTitle", { name: entry.name })}</h1>
      <p>{t("deleteText")}</p>
      <ConfirmAction
        action={deleteMonthlyReportAction}
        fields={{ monthlyReportId: entry.id }}
        confirm={t("delete")}
        back={t("cancel")}
        backHref={MONTHLY_REPORTS_PATH}
      />
    </div>
  );
}

export async function generateMetadata({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const t = await getTranslations("MonthlyReports");
  return titleOrNotFound(async () => t("deleteTitle", { name: (await monthlyReport(actor, id)).name }));
}
