"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormState } from "@/lib/forms/form-state";
import type { ReportFormOptions } from "@/lib/reports/report-options";
import { DeliveryFields, type DeliveryRecipient } from "./DeliveryFields";
import {
  PeriodFields,
  ReportNameField,
  ScopeFilterFields,
  scopeFilterTargets,
  TypeAndGroupingFields,
} from "./ReportScopeFields";

/** The form's fields as text, as a failed submission sends them back. */
export type ReportFormValues = {
  type: string;
  period: string;
  startDate: string;
  endDate: string;
  /** "portal:<id>", "subPortal:<id>" or "" for all. */
  portal: string;
  teamId: string;
  agentId: string;
  grouping: string;
  name: string;
  /** E-Mail-Zustellung; "" for none (an edit page's choice). */
  deliveryFrequency: string;
  deliveryWeekday: string;
  deliveryMonthDay: string;
  deliveryTime: string;
  deliveryFormat: string;
};

/**
 * The Berichte tab's settings (manual chapter 5): report type, Zeitraum, portal › sub-portal, team,
 * agent and grouping; "Bericht generieren" shows the report on the page, a name and "Bericht
 * speichern" keep the settings in Meine Berichte, and E-Mail-Zustellung with "OK" keeps them with a
 * schedule (for a viewer who may plan reports). Editing a saved report shows its name and delivery
 * and "Speichern". An agent reports on their own sessions and has no filters.
 */
export function ReportForm({
  action,
  options,
  defaults,
  initialState,
  savedId,
  delivery,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  options: ReportFormOptions;
  defaults: ReportFormValues;
  /** Errors of a report asked for by its address (a link, a saved report whose dates are too old by now). */
  initialState: FormState;
  /** Set when the form edits a saved report. */
  savedId?: string;
  /** Where scheduled reports go; null for a viewer without "Berichte planen" (no delivery fields). */
  delivery: DeliveryRecipient | null;
}) {
  const t = useTranslations("Reports");
  const [state, formAction] = useFormAction(action, initialState);
  const value = (field: keyof ReportFormValues) => state.values[field] ?? defaults[field];
  const error = (field: string) => state.fieldErrors[field];
  const filters = options.filters;
  const fieldValue = (field: string) => value(field as keyof ReportFormValues);
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} targets={scopeFilterTargets} />
      {savedId ? <input type="hidden" name="savedId" value={savedId} /> : null}
      <TypeAndGroupingFields types={options.types} groupings={options.groupings} value={fieldValue} error={error} />
      <PeriodFields periods={options.periods} value={fieldValue} error={error} />
      {filters ? (
        <ScopeFilterFields filters={filters} value={fieldValue} error={error} />
      ) : (
        <p>{t("ownSessionsOnly")}</p>
      )}
      {savedId ? (
        <>
          <ReportNameField label={t("fields.name")} value={fieldValue} error={error} required />
          {delivery ? (
            <fieldset className="stack">
              <legend>{t("delivery.legend")}</legend>
              <DeliveryFields recipient={delivery} value={fieldValue} error={error} optional />
            </fieldset>
          ) : null}
          <div className="actions">
            <SubmitButton name="intent" value="update">
              {t("update")}
            </SubmitButton>
            <Link href="/manager/reports#my-reports" className="button button-secondary">
              {t("cancel")}
            </Link>
          </div>
        </>
      ) : (
        <>
          <div className="actions">
            <SubmitButton name="intent" value="generate">
              {t("generate")}
            </SubmitButton>
          </div>
          <fieldset className="stack">
            <legend>{t("saveLegend")}</legend>
            <p>{t("saveHelp")}</p>
            <ReportNameField label={t("fields.name")} value={fieldValue} error={error} />
            <div className="actions">
              <SubmitButton name="intent" value="save" variant="secondary">
                {t("save")}
              </SubmitButton>
            </div>
            {delivery ? (
              <fieldset className="stack">
                <legend>{t("delivery.legend")}</legend>
                <p>{t("delivery.help")}</p>
                <DeliveryFields recipient={delivery} value={fieldValue} error={error} optional={false} />
                <div className="actions">
                  <SubmitButton name="intent" value="schedule" variant="secondary">
                    {t("delivery.ok")}
                  </SubmitButton>
                </div>
              </fieldset>
            ) : null}
          </fieldset>
        </>
      )}
    </form>
  );
}
