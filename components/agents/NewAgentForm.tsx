"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { InputField, SelectField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

/** One agent's fields and "Zur Liste hinzufügen". */
export function NewAgentForm({
  action,
  teams,
  defaultTeamId,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  teams: { id: string; path: string }[];
  defaultTeamId?: string;
}) {
  const t = useTranslations("Agents");
  const [state, formAction] = useFormAction(action, initialFormState);
  const { values, fieldErrors: errors } = state;
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} />
      <div className="checkbox-grid">
        <InputField
          name="loginId"
          type="email"
          label={t("loginId")}
          description={t("loginIdHelp")}
          autoComplete="off"
          defaultValue={values.loginId}
          error={errors.loginId}
          required
        />
        <InputField
          name="email"
          type="email"
          label={t("email")}
          description={t("emailHelp")}
          autoComplete="off"
          defaultValue={values.email}
          error={errors.email}
        />
        <InputField
          name="firstName"
          label={t("firstName")}
          autoComplete="off"
          defaultValue={values.firstName}
          error={errors.firstName}
          required
        />
        <InputField
          name="lastName"
          label={t("lastName")}
          autoComplete="off"
          defaultValue={values.lastName}
          error={errors.lastName}
          required
        />
        <InputField
          name="screenName"
          label={t("screenName")}
          description={t("screenNameHelp")}
          autoComplete="off"
          defaultValue={values.screenName}
          error={errors.screenName}
        />
        <InputField
          name="password"
          type="password"
          label={t("password")}
          description={t("passwordHelp")}
          autoComplete="new-password"
          error={errors.password}
          required
        />
        <SelectField
          name="teamId"
          required
          label={t("team")}
          defaultValue={values.teamId ?? defaultTeamId ?? ""}
          error={errors.teamId}
          options={[
            { value: "", label: t("chooseTeam") },
            ...teams.map((team) => ({ value: team.id, label: team.path })),
          ]}
        />
        <InputField
          name="customField"
          label={t("customField")}
          autoComplete="off"
          defaultValue={values.customField}
          error={errors.customField}
        />
      </div>
      <div className="actions">
        <SubmitButton variant="secondary">{t("addToList")}</SubmitButton>
      </div>
    </form>
  );
}
