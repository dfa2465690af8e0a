"use client";
import { useTranslations } from "next-intl";
import { ActionForm, type FormStateAction } from "@/components/forms/ActionForm";
import { InputField, SelectField } from "@/components/forms/Field";
import { NewPasswordField } from "@/components/forms/NewPasswordFields";
import { SubmitButton } from "@/components/forms/SubmitButton";

/** One agent's fields and "Zur Liste hinzufügen". */
export function NewAgentForm({
  action,
  teams,
  defaultTeamId,
}: {
  action: FormStateAction;
  teams: { id: string; path: string }[];
  defaultTeamId?: string;
}) {
  const t = useTranslations("Agents");
  const teamOptions = [
    { value: "", label: t("chooseTeam") },
    ...teams.map((team) => ({ value: team.id, label: team.path })),
  ];
  return (
    <ActionForm
      action={action}
      saved={{ teamId: defaultTeamId ?? "" }}
      buttons={<SubmitButton variant="secondary">{t("addToList")}</SubmitButton>}
    >
      {(field) => (
        <div className="checkbox-grid">
          <InputField
            {...field("loginId")}
            type="email"
            label={t("loginId")}
            description={t("loginIdHelp")}
            autoComplete="off"
            required
          />
          <InputField
            {...field("email")}
            type="email"
            label={t("email")}
            description={t("emailHelp")}
            autoComplete="off"
          />
          <InputField {...field("firstName")} label={t("firstName")} autoComplete="off" required />
          <InputField {...field("lastName")} label={t("lastName")} autoComplete="off" required />
          <InputField
            {...field("screenName")}
            label={t("screenName")}
            description={t("screenNameHelp")}
            autoComplete="off"
          />
          <NewPasswordField field={field} label={t("password")} description={t("passwordHelp")} />
          <SelectField {...field("teamId")} required label={t("team")} options={teamOptions} />
          <InputField {...field("customField")} label={t("customField")} autoComplete="off" />
        </div>
      )}
    </ActionForm>
  );
}
