"use server";
import { z } from "zod";
import { formAction, postAction } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";
import { reportContext } from "@/lib/reports/generate-report";
import { mayScheduleReports } from "@/lib/reports/delivery/delivery-access";
import { pauseSchedule, resumeSchedule } from "@/lib/reports/delivery/report-schedules";
import {
  deliveryFields,
  deliveryScheduleFromForm,
  parseTogether,
  reportFields,
  reportParamsFromForm,
} from "@/lib/reports/report-form";
import { reportHref } from "@/lib/reports/report-query";
import { deleteSavedReport, runSavedReport, saveReport, updateSavedReport } from "@/lib/reports/saved-reports";

const MY_REPORTS = "/manager/reports#my-reports";

const reportFormFields = reportFields.extend(deliveryFields.shape).extend({
  intent: formField.text(),
  name: formField.text(),
  savedId: formField.text(),
});

/**
 * The Berichte form's buttons: "Bericht generieren" checks the settings and shows the report at its
 * own address (a link that runs it again); "Bericht speichern" keeps them in Meine Berichte; "OK" of
 * E-Mail-Zustellung keeps them with a schedule; "Speichern" of a saved report's edit page changes
 * it. Everything here is user input, the saved report's id too: the domain finds it among the
 * viewer's own or answers "not found", and refuses a schedule to a viewer without "Berichte planen".
 */
export const reportFormAction = formAction(
  { signedIn: "manager", fields: reportFormFields },
  async ({ actor, values }) => {
    if (values.intent === "save") {
      await saveReport(actor, { name: values.name, params: reportParamsFromForm(values) });
      return { redirectTo: MY_REPORTS, notice: "reportSaved" };
    }
    if (values.intent === "schedule") {
      const [params, schedule] = parseTogether(
        () => reportParamsFromForm(values),
        () => deliveryScheduleFromForm(values, { optional: false }),
      );
      await saveReport(actor, { name: values.name, params, schedule });
      return { redirectTo: MY_REPORTS, notice: "reportScheduled" };
    }
    if (values.intent === "update") {
      // Without "Berichte planen" the page has no delivery fields: the schedule stays as it is.
      const may = await mayScheduleReports(actor);
      const [params, schedule] = parseTogether(
        () => reportParamsFromForm(values),
        () => (may ? deliveryScheduleFromForm(values, { optional: true }) : undefined),
      );
      await updateSavedReport(actor, values.savedId, { name: values.name, params, schedule });
      return { redirectTo: MY_REPORTS, notice: "reportUpdated" };
    }
    // "Bericht generieren", also what Enter in a field submits.
    const params = reportParamsFromForm(values);
    await reportContext(actor, params);
    return { redirectTo: reportHref(params) };
  },
);

const savedIdField = z.object({ savedId: formField.text() });

/** "Generieren" of a saved report: the latest data, and another 90 days for the report. */
export const runSavedReportAction = postAction(
  { signedIn: "manager", fields: savedIdField },
  async ({ actor, values }) => {
    const params = await runSavedReport(actor, values.savedId);
    return { redirectTo: reportHref(params) };
  },
);

/** "Löschen" of a saved report, confirmed on its own page. */
export const deleteSavedReportAction = postAction(
  { signedIn: "manager", fields: savedIdField },
  async ({ actor, values }) => {
    await deleteSavedReport(actor, values.savedId);
    return { redirectTo: MY_REPORTS, notice: "reportDeleted" };
  },
);

/** "Pausieren" of a series of E-Mail-Zustellung: nothing is sent until it is resumed. */
export const pauseScheduleAction = postAction(
  { signedIn: "manager", fields: savedIdField },
  async ({ actor, values }) => {
    await pauseSchedule(actor, values.savedId);
    return { redirectTo: MY_REPORTS, notice: "schedulePaused" };
  },
);

/** "Fortsetzen": sending starts again with the next slot. */
export const resumeScheduleAction = postAction(
  { signedIn: "manager", fields: savedIdField },
  async ({ actor, values }) => {
    await resumeSchedule(actor, values.savedId);
    return { redirectTo: MY_REPORTS, notice: "scheduleResumed" };
  },
);
