"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { InputField, SelectField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ApiTokenFormState } from "@/lib/api/token-form-state";
import { NewTokenSecret } from "./NewTokenSecret";

type Action = (state: ApiTokenFormState, formData: FormData) => Promise<ApiTokenFormState>;

const INITIAL: ApiTokenFormState = { fieldErrors: {}, values: {} };

/**
 * "API-Token erstellen": a name and a Gültigkeitsdauer. After a successful submit the new secret
 * stands above the form, once — it lives only in this answer's state (see createApiTokenAction).
 */
export function ApiTokenForm({
  action,
  lifetimes,
  defaultLifetime,
  tokenUrl,
}: {
  action: Action;
  lifetimes: readonly number[];
  defaultLifetime: number;
  /** The address of GET /token, for the example call. */
  tokenUrl: string;
}) {
  const t = useTranslations("ApiTokens");
  const [state, formAction] = useFormAction(action, INITIAL);
  const { values, fieldErrors: errors } = state;
  return (
    <>
      {state.created ? <NewTokenSecret created={state.created} tokenUrl={tokenUrl} /> : null}
      <form action={formAction} className="stack" noValidate>
        <ErrorSummary state={state} />
        <InputField
          name="name"
          label={t("fields.name")}
          description={t("fields.nameHelp")}
          autoComplete="off"
          maxLength={80}
          defaultValue={values.name}
          error={errors.name}
          required
        />
        <SelectField
          name="lifetimeDays"
          label={t("fields.lifetime")}
          options={lifetimes.map((days) => ({ value: String(days), label: t("lifetimeDays", { days }) }))}
          defaultValue={values.lifetimeDays ?? String(defaultLifetime)}
          error={errors.lifetimeDays}
          required
        />
        <div className="actions">
          <SubmitButton>{t("create")}</SubmitButton>
        </div>
      </form>
    </>
  );
}
