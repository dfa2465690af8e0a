"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { InputField } from "@/components/forms/Field";
import { NotAvailableYet } from "@/components/forms/NotAvailableYet";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TEAM_MANAGER_RIGHTS } from "@/lib/access/rights";
import { isTeamManagerRightAvailable } from "@/lib/features/availability";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { RequiredMark } from "@/components/forms/RequiredMark";

type Defaults = {
  managerId?: string;
  loginId: string;
  email: string;
  name: string;
  teamIds: string[];
  rights: string[];
};

/** "Manager hinzufügen" and editing a team manager: login, contact, teams managed and team-level rights. */
export function TeamManagerForm({
  action,
  defaults,
  teams,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: Defaults;
  teams: { id: string; path: string }[];
  submitLabel: string;
}) {
  const t = useTranslations("Managers");
  const r = useTranslations("Rights");
  const e = useTranslations("Errors");
  const [state, formAction] = useFormAction(action, initialFormState);
  const { values, fieldErrors: errors } = state;
  const submitted = Object.keys(values).length > 0;
  const teamIds = submitted ? (values.teamIds ?? "").split(",") : defaults.teamIds;
  const rights = submitted ? (values.rights ?? "").split(",") : defaults.rights;
  const editing = !!defaults.managerId;
  return (
    <form action={formAction} className="stack" noValidate>
      {defaults.managerId ? <input type="hidden" name="managerId" value={defaults.managerId} /> : null}
      <ErrorSummary state={state} targets={{ teamIds: teams[0] ? `team-${teams[0].id}` : null }} />
      <div className="checkbox-grid">
        <InputField
          name="name"
          label={t("name")}
          autoComplete="off"
          defaultValue={values.name ?? defaults.name}
          error={errors.name}
          required
        />
        <InputField
          name="loginId"
          type="email"
          label={t("loginId")}
          description={t("loginIdHelp")}
          autoComplete="off"
          defaultValue={values.loginId ?? defaults.loginId}
          error={errors.loginId}
          required
        />
        <InputField
          name="email"
          type="email"
          label={t("email")}
          autoComplete="off"
          defaultValue={values.email ?? defaults.email}
          error={errors.email}
          required
        />
        <InputField
          name="password"
          type="password"
          label={editing ? t("newPassword") : t("password")}
          description={editing ? t("newPasswordHelp") : t("passwordHelp")}
          autoComplete="new-password"
          error={errors.password}
          required={!editing}
        />
      </div>
      <fieldset aria-describedby={errors.teamIds ? "teams-error" : undefined}>
        <legend>
          {t("teamsManaged")}
          <RequiredMark required />
        </legend>
        {errors.teamIds ? (
          <p id="teams-error" className="field-error">
            {e(errors.teamIds)}
          </p>
        ) : null}
        <div className="checkbox-grid">
          {teams.map((team) => (
            <div key={team.id} className="checkbox">
              <input
                type="checkbox"
                id={`team-${team.id}`}
                name="teamIds"
                value={team.id}
                defaultChecked={teamIds.includes(team.id)}
              />
              <label htmlFor={`team-${team.id}`}>{team.path}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("rights")}</legend>
        <div className="checkbox-grid">
          {TEAM_MANAGER_RIGHTS.map((right) => {
            // Not available yet: the stored value, disabled (a disabled box is not sent; saving keeps it).
            const available = isTeamManagerRightAvailable(right);
            const noteId = `right-${right}-availability`;
            return (
              <div key={right} className="checkbox">
                <input
                  type="checkbox"
                  id={`right-${right}`}
                  name="rights"
                  value={right}
                  defaultChecked={(available ? rights : defaults.rights).includes(right)}
                  disabled={!available}
                  aria-describedby={available ? undefined : noteId}
                />
                <label htmlFor={`right-${right}`}>{r(right)}</label>
                {available ? null : <NotAvailableYet id={noteId} />}
              </div>
            );
          })}
        </div>
      </fieldset>
      <div className="actions">
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
