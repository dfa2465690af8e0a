"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field, TextAreaField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import type { BulkState } from "@/lib/agents/bulk-input";

const initial: BulkState = { fieldErrors: {}, values: {} };

/** Masseneingabe: a text area or a CSV file; every bad line is listed with its number, a file that can't be read next to it. */
export function BulkForm({ action }: { action: (state: BulkState, formData: FormData) => Promise<BulkState> }) {
  const t = useTranslations("Bulk");
  const [state, formAction] = useFormAction(action, initial);
  const problems = state.problems ?? [];
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} />
      {/* The error summary above announces the problems; this list names each line. */}
      {problems.length > 0 ? (
        <div className="alert alert-error" id="bulk-problems">
          <p>{t("problemsIntro", { count: problems.length })}</p>
          <ul className="problems">
            {problems.slice(0, 200).map((p, i) => (
              <li key={i}>
                {t("problemLine", { line: p.line, reason: t(`problems.${p.code}`, { value: p.value ?? "" }) })}
              </li>
            ))}
          </ul>
          {problems.length > 200 ? <p>{t("moreProblems", { count: problems.length - 200 })}</p> : null}
        </div>
      ) : null}
      <TextAreaField
        name="bulkText"
        label={t("label")}
        description={t("format")}
        defaultValue={state.values.bulkText}
        error={state.fieldErrors.bulkText}
        rows={12}
      />
      <Field name="bulkFile" label={t("file")} description={t("fileHelp")} error={state.fieldErrors.bulkFile}>
        {(props) => (
          <input {...props} type="file" accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values" />
        )}
      </Field>
      <div className="actions">
        <SubmitButton>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
