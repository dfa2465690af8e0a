"use server";
import { redirect } from "next/navigation";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { flashNotice } from "@/lib/flash/set-flash";
import { formStateFromError } from "@/lib/forms/failed-form";
import { type FormState, text } from "@/lib/forms/form-state";
import { reportContext } from "@/lib/reports/generate-report";
import { mayScheduleReports } from "@/lib/reports/delivery/delivery-access";
import { pauseSchedule, resumeSchedule } from "@/lib/reports/delivery/report-schedules";
import { deliveryScheduleFromForm, parseTogether, reportParamsFromForm } from "@/lib/reports/report-form";
import { reportHref } from "@/lib/reports/report-query";
import { deleteSavedReport, runSavedReport, saveReport, updateSavedReport } from "@/lib/reports/saved-reports";

const MY_REPORTS = "/manager/reports#my-reports";

/**
 * The Berichte form's buttons: "Bericht generieren" checks the settings and shows the report at its
 * own address (a link that runs it again); "Bericht speichern" keeps them in Meine Berichte; "OK" of
 * E-Mail-Zustellung keeps them with a schedule; "Speichern" of a saved report's edit page changes
 * it. Everything here is user input, the saved report's id too: the domain finds it among the
 * viewer's own or answers "not found", and refuses a schedule to a viewer without "Berichte planen".
 */
export async function reportFormAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  const intent = text(formData, "intent");
  let target: string;
  const name = text(formData, "name");
  try {
    if (intent === "save") {
      await orNotFound(saveReport(actor, { name, params: reportParamsFromForm(formData) }));
      await flashNotice("reportSaved");
      target = MY_REPORTS;
    } else if (intent === "schedule") {
      const [params, schedule] = parseTogether(
        () => reportParamsFromForm(formData),
        () => deliveryScheduleFromForm(formData, { optional: false }),
      );
      await orNotFound(saveReport(actor, { name, params, schedule }));
      await flashNotice("reportScheduled");
      target = MY_REPORTS;
    } else if (intent === "update") {
      // Without "Berichte planen" the page has no delivery fields: the schedule stays as it is.
      const may = await mayScheduleReports(actor);
      const [params, schedule] = parseTogether(
        () => reportParamsFromForm(formData),
        () => (may ? deliveryScheduleFromForm(formData, { optional: true }) : undefined),
      );
      await orNotFound(updateSavedReport(actor, text(formData, "savedId"), { name, params, schedule }));
      await flashNotice("reportUpdated");
      target = MY_REPORTS;
    } else {
      // "Bericht generieren", also what Enter in a field submits.
      const params = reportParamsFromForm(formData);
      await orNotFound(reportContext(actor, params));
      target = reportHref(params);
    }
  } catch (error) {
    return formStateFromError(error, formData);
  }
  redirect(target);
}

/** "Generieren" of a saved report: the latest data, and another 90 days for the report. */
export async function runSavedReportAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  const params = await orNotFound(runSavedReport(actor, text(formData, "savedId")));
  redirect(reportHref(params));
}

/** "Löschen" of a saved report, confirmed on its own page. */
export async function deleteSavedReportAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  await orNotFound(deleteSavedReport(actor, text(formData, "savedId")));
  await flashNotice("reportDeleted");
  redirect(MY_REPORTS);
}

/** "Pausieren" of a series of E-Mail-Zustellung: nothing is sent until it is resumed. */
export async function pauseScheduleAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  await orNotFound(pauseSchedule(actor, text(formData, "savedId")));
  await flashNotice("schedulePaused");
  redirect(MY_REPORTS);
}

/** "Fortsetzen": sending starts again with the next slot. */
export async function resumeScheduleAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  await orNotFound(resumeSchedule(actor, text(formData, "savedId")));
  await flashNotice("scheduleResumed");
  redirect(MY_REPORTS);
}
