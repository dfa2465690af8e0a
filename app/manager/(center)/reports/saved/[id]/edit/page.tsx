import { getTranslations } from "next-intl/server";
import { ReportForm } from "@/components/reports/ReportForm";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { titleOrNotFound } from "@/lib/errors/title-or-not-found";
import { initialFormState } from "@/lib/forms/form-state";
import { mayScheduleReports } from "@/lib/reports/delivery/delivery-access";
import { reportFormValues } from "@/lib/reports/report-form";
import { reportFormOptions } from "@/lib/reports/report-options";
import { reportScope } from "@/lib/reports/report-scope";
import { savedReport } from "@/lib/reports/saved-reports";
import { reportFormAction } from "../../../actions";

type Props = { params: Promise<{ id: string }> };

/**
 * "Bearbeiten" of a saved report: its settings, name and E-Mail-Zustellung in the Berichte form,
 * "Speichern" keeps them.
 */
export default async function EditSavedReportPage({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const scope = await orNotFound(reportScope(actor));
  const [entry, options, schedules] = await Promise.all([
    orNotFound(savedReport(actor, id)),
    reportFormOptions(scope),
    mayScheduleReports(actor),
  ]);
  const t = await getTranslations("Reports");
  return (
    <div className="stack">
      <h1>{t("editTitle", { name: entry.name })}</h1>
      <ReportForm
        action={reportFormAction}
        options={options}
        defaults={reportFormValues(entry.params, entry)}
        initialState={initialFormState}
        savedId={entry.id}
        delivery={schedules ? { email: actor.email, timeZone: actor.timeZone } : null}
      />
    </div>
  );
}

export async function generateMetadata({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const t = await getTranslations("Reports");
  return titleOrNotFound(async () => t("editTitle", { name: (await savedReport(actor, id)).name }));
}
