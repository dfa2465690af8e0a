import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { PeriodFields, ScopeFilterFields, scopeFilterTargets } from "@/components/reports/ReportScopeFields";
import { InputField, SelectField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import type { FormState } from "@/lib/forms/form-state";
import type { ReportFormOptions } from "@/lib/reports/report-options";
import { OUTCOME_FILTERS, SESSION_SORTS, type SessionSearchFields } from "@/lib/session-information/search-params";

/**
 * "Sitzung suchen" (manual chapter 6): the Sitzungs-ID, or Zeitraum, portal › sub-portal, team and
 * agent, and an outcome; "Finden". A GET form: the results are the page's address, so they work
 * without JavaScript, reload, and can be shared. An agent sees their own sessions and has no filters.
 */
export async function SessionSearchForm({
  action,
  options,
  values,
  state,
}: {
  action: string;
  options: ReportFormOptions;
  values: SessionSearchFields;
  /** The errors of the search in the address, with the fields as sent. */
  state: FormState;
}) {
  const t = await getTranslations("SessionInformation");
  const tr = await getTranslations("Reports");
  const error = (field: string) => state.fieldErrors[field];
  const value = (field: string) =>
    values[field as keyof SessionSearchFields] || (field === "period" ? "last7Days" : "");
  const filters = options.filters;
  return (
    <form method="get" action={action} className="stack" noValidate>
      <ErrorSummary state={state} targets={scopeFilterTargets} />
      <InputField
        name="number"
        label={t("number")}
        description={t("numberHelp")}
        defaultValue={values.number ?? ""}
        error={error("number")}
        maxLength={20}
      />
      <PeriodFields periods={options.periods} value={value} error={error} />
      {filters ? <ScopeFilterFields filters={filters} value={value} error={error} /> : <p>{t("agentIntro")}</p>}
      <div className="grid-2">
        <SelectField
          name="outcome"
          label={t("outcome")}
          defaultValue={values.outcome ?? ""}
          error={error("outcome")}
          options={[
            { value: "", label: t("anyOutcome") },
            ...OUTCOME_FILTERS.map((outcome) => ({
              value: outcome,
              label: outcome === "none" ? t("noOutcome") : tr(`outcomes.${outcome}`),
            })),
          ]}
        />
        <SelectField
          name="sort"
          label={t("sort")}
          defaultValue={values.sort || "newest"}
          error={error("sort")}
          options={SESSION_SORTS.map((sort) => ({ value: sort, label: t(`sorts.${sort}`) }))}
        />
      </div>
      <div className="actions">
        <SubmitButton>{t("find")}</SubmitButton>
      </div>
    </form>
  );
}
