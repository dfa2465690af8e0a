"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { SelectField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useFormAction } from "@/components/forms/use-form-action";
import {
  ReportNameField,
  ScopeFilterFields,
  scopeFilterTargets,
  TypeAndGroupingFields,
} from "@/components/reports/ReportScopeFields";
import type { FormState } from "@/lib/forms/form-state";
import type { ReportFormOptions } from "@/lib/reports/report-options";

/**
 * "Neuen Monatsbericht erstellen" (manual chapter 5): a name, the report type, portal › sub-portal,
 * team and agent, the grouping and the download format; "Speichern" puts it into "Monatlichen
 * Bericht wählen". No Zeitraum: every month is its own.
 */
export function MonthlyReportForm({
  action,
  options,
  formats,
  backHref,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The reports' options, with the types a monthly report may have. */
  options: ReportFormOptions;
  formats: readonly string[];
  backHref: string;
}) {
  const t = useTranslations("MonthlyReports");
  const [state, formAction] = useFormAction(action, { fieldErrors: {}, values: {} });
  const defaults: Record<string, string> = { type: "summary", grouping: "none", format: "csv" };
  const value = (field: string) => state.values[field] ?? defaults[field] ?? "";
  const error = (field: string) => state.fieldErrors[field];
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} targets={scopeFilterTargets} />
      <ReportNameField label={t("fields.name")} value={value} error={error} required />
      <TypeAndGroupingFields
        types={options.types}
        groupings={options.groupings}
        typeDescription={t("fields.typeHelp")}
        value={value}
        error={error}
      />
      {options.filters ? <ScopeFilterFields filters={options.filters} value={value} error={error} /> : null}
      <SelectField
        name="format"
        label={t("fields.format")}
        description={t("fields.formatHelp")}
        defaultValue={value("format")}
        error={error("format")}
        options={formats.map((format) => ({ value: format, label: t(`formats.${format as "csv"}`) }))}
      />
      <div className="actions">
        <SubmitButton>{t("save")}</SubmitButton>
        <Link href={backHref} className="button button-secondary">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
