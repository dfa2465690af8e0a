"use client";
import { useTranslations } from "next-intl";
import { ActionForm, type FormStateAction } from "@/components/forms/ActionForm";
import { NotAvailableYet } from "@/components/forms/NotAvailableYet";
import { NewPasswordField } from "@/components/forms/NewPasswordFields";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TEAM_MANAGER_RIGHTS } from "@/lib/access/rights";
import { isTeamManagerRightAvailable } from "@/lib/features/availability";
import type { FormState } from "@/lib/forms/form-state";
import { RequiredMark } from "@/components/forms/RequiredMark";
import { ManagerIdentityFields } from "./ManagerIdentityFields";

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
  action: FormStateAction;
  defaults: Defaults;
  teams: { id: string; path: string }[];
  submitLabel: string;
}) {
  const t = useTranslations("Managers");
  const editing = !!defaults.managerId;
  return (
    <ActionForm
      action={action}
      saved={{ name: defaults.name, loginId: defaults.loginId, email: defaults.email }}
      targets={{ teamIds: teams[0] ? `team-${teams[0].id}` : null }}
      buttons={<SubmitButton>{submitLabel}</SubmitButton>}
    >
      {(field, state) => (
        <>
          {defaults.managerId ? <input type="hidden" name="managerId" value={defaults.managerId} /> : null}
          <div className="checkbox-grid">
            <ManagerIdentityFields
              field={field}
              labels={{ name: t("name"), loginId: t("loginId"), email: t("email") }}
              loginIdHelp={t("loginIdHelp")}
            />
            <NewPasswordField
              field={field}
              label={editing ? t("newPassword") : t("password")}
              description={editing ? t("newPasswordHelp") : t("passwordHelp")}
              required={!editing}
            />
          </div>
          <TeamsManaged teams={teams} defaults={defaults} state={state} />
          <TeamManagerRights defaults={defaults} state={state} />
        </>
      )}
    </ActionForm>
  );
}

/** What a failed submission sent for a list of checkboxes, or the saved list before any. */
function checkedList(state: FormState, name: "teamIds" | "rights", saved: string[]) {
  return Object.keys(state.values).length > 0 ? (state.values[name] ?? "").split(",") : saved;
}

function TeamsManaged({
  teams,
  defaults,
  state,
}: {
  teams: { id: string; path: string }[];
  defaults: Defaults;
  state: FormState;
}) {
  const t = useTranslations("Managers");
  const e = useTranslations("Errors");
  const error = state.fieldErrors.teamIds;
  const teamIds = checkedList(state, "teamIds", defaults.teamIds);
  return (
    <fieldset aria-describedby={error ? "teams-error" : undefined}>
      <legend>
        {t("teamsManaged")}
        <RequiredMark required />
      </legend>
      {error ? (
        <p id="teams-error" className="field-error">
          {e(error)}
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
  );
}

function TeamManagerRights({ defaults, state }: { defaults: Defaults; state: FormState }) {
  const t = useTranslations("Managers");
  const r = useTranslations("Rights");
  const rights = checkedList(state, "rights", defaults.rights);
  return (
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
  );
}
