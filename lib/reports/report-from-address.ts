import "server-only";
import { cache } from "react";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { ValidationError } from "@/lib/errors/domain-errors";
import { formFieldErrors } from "@/lib/errors/error-key";
import { orNotFound } from "@/lib/errors/or-not-found";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { type GeneratedReport, generateReport } from "./generate-report";
import { parseReportParams, type ReportParams } from "./report-params";
import { reportFieldsOf } from "./report-query";
import { reportScope } from "./report-scope";
import { cursorOf } from "./session-cursor";

export type ReportFromAddress = {
  params: ReportParams | null;
  report: GeneratedReport | null;
  /** The errors of the report's fields, with the fields as the address had them. */
  state: FormState;
};

/**
 * Generates the report in Berichte's address (every report is a link) for the signed-in viewer, or
 * answers with its fields' errors. Cached for the request, so the page and its title share one run.
 */
export const reportFromAddress = cache(async (address: string): Promise<ReportFromAddress> => {
  const actor = await requirePrincipal("manager");
  const scope = await orNotFound(reportScope(actor));
  const query = new URLSearchParams(address);
  const get = (name: string) => query.get(name) ?? undefined;
  if (!get("type")) return { params: null, report: null, state: initialFormState };
  let params: ReportParams | null = null;
  try {
    params = parseReportParams(reportFieldsOf(get));
    const report = await orNotFound(generateReport(actor, params, { after: cursorOf(get("after")), scope }));
    return { params, report, state: initialFormState };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    // The fields come back as the address had them, so the form shows what is wrong with them.
    const sent = Object.entries(reportFieldsOf(get)).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    );
    const portal = get("subPortalId")
      ? `subPortal:${get("subPortalId")}`
      : get("portalId")
        ? `portal:${get("portalId")}`
        : "";
    return {
      params,
      report: null,
      state: { fieldErrors: formFieldErrors(error.fieldErrors), values: { ...Object.fromEntries(sent), portal } },
    };
  }
});
