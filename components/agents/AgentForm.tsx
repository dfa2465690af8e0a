"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { InputField, SelectField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { describeSource } from "@/components/teams/describe-source";
import { functionTargets } from "@/components/teams/FunctionSelect";
import { FunctionsTable } from "@/components/teams/FunctionsTable";
import { type AgentFunction } from "@/lib/agent-functions/catalog";
import type { ResolvedFunction } from "@/lib/agent-functions/resolve";
import { isAgentFunctionAvailable } from "@/lib/features/availability";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

export type AgentFormData = {
  id: string;
  loginId: string;
  email: string;
  firstName: string;
  lastName: string;
  screenName: string;
  customField: string;
  teamId: string;
  managementCenterAccess: boolean;
  maxSessions: string;
  choices: Record<AgentFunction, "inherit" | "on" | "off">;
  effective: Record<AgentFunction, ResolvedFunction>;
  sessionLimit: { limit: number; multiSessionOff: boolean };
  inheritedMaxSessions: number;
  may: { editNameLogin: boolean; editPassword: boolean };
};

/** An agent's settings: fields, Management Center access, password reset and every function. */
export function AgentForm({
  action,
  agent,
  teams,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  agent: AgentFormData;
  teams: { id: string; path: string }[];
}) {
  const t = useTranslations("Agents");
  const f = useTranslations("Functions");
  const availability = useTranslations("Availability");
  const [state, formAction] = useFormAction(action, initialFormState);
  const errors = state.fieldErrors;
  const v = (key: keyof AgentFormData) => state.values[key] ?? String(agent[key] ?? "");
  const onOff = (value: boolean) => (value ? f("on") : f("off"));
  const readOnlyName = !agent.may.editNameLogin;
  // A form that came back was submitted: an unticked box is simply missing from what it sent.
  const submitted = Object.keys(state.values).length > 0;
  const mcAccess = submitted ? state.values.managementCenterAccess === "on" : agent.managementCenterAccess;
  return (
    <form action={formAction} className="stack" noValidate>
      <input type="hidden" name="agentId" value={agent.id} />
      <ErrorSummary state={state} targets={{ ...functionTargets, managementCenterAccess: "managementCenterAccess" }} />
      <fieldset className="checkbox-grid">
        <legend>{t("person")}</legend>
        {readOnlyName ? <p className="muted md:col-span-2">{t("nameLoginLocked")}</p> : null}
        {(["loginId", "firstName", "lastName", "screenName"] as const).map((field) =>
          readOnlyName ? (
            <div key={field} className="field">
              <span className="field-label">{t(field)}</span>
              <span>{agent[field]}</span>
              <input type="hidden" name={field} value={agent[field]} />
            </div>
          ) : (
            <InputField
              key={field}
              name={field}
              type={field === "loginId" ? "email" : "text"}
              label={t(field)}
              autoComplete="off"
              defaultValue={v(field)}
              error={errors[field]}
              required
            />
          ),
        )}
        {agent.may.editPassword ? (
          <InputField
            name="email"
            type="email"
            label={t("email")}
            autoComplete="off"
            defaultValue={v("email")}
            error={errors.email}
            required
          />
        ) : (
          <div className="field">
            <span className="field-label">{t("email")}</span>
            <span>{agent.email}</span>
            <span className="muted">{t("emailLocked")}</span>
            <input type="hidden" name="email" value={agent.email} />
          </div>
        )}
        <InputField
          name="customField"
          label={t("customField")}
          autoComplete="off"
          defaultValue={v("customField")}
          error={errors.customField}
        />
        <SelectField
          name="teamId"
          required
          label={t("team")}
          defaultValue={v("teamId")}
          error={errors.teamId}
          options={[
            { value: "", label: t("chooseTeam") },
            ...teams.map((team) => ({ value: team.id, label: team.path })),
          ]}
        />
      </fieldset>
      <fieldset className="stack">
        <legend>{t("access")}</legend>
        <div className="checkbox">
          <input type="checkbox" id="managementCenterAccess" name="managementCenterAccess" defaultChecked={mcAccess} />
          <label htmlFor="managementCenterAccess">{t("managementCenterAccess")}</label>
        </div>
        {agent.may.editPassword ? (
          <InputField
            name="newPassword"
            type="password"
            label={t("resetPassword")}
            description={t("resetPasswordHelp")}
            autoComplete="new-password"
            error={errors.newPassword}
          />
        ) : null}
      </fieldset>
      <fieldset>
        <legend>{t("functions")}</legend>
        <FunctionsTable
          label={t("functions")}
          headings={{ function: t("function"), setting: t("setting"), effective: t("effective") }}
          choice={(fn) => state.values[`function.${fn}`] ?? agent.choices[fn]}
          inheritLabel={() => f("inheritTeam")}
          effective={(fn) =>
            isAgentFunctionAvailable(fn) ? (
              <>
                <strong>{onOff(agent.effective[fn].value)}</strong> — {describeSource(f, agent.effective[fn].source)}
              </>
            ) : (
              <>
                <strong>{onOff(false)}</strong> — {availability("notYet")}
              </>
            )
          }
        />
        <InputField
          name="maxSessions"
          width="digits"
          label={t("maxSessions")}
          description={t(agent.sessionLimit.multiSessionOff ? "maxSessionsHelpOff" : "maxSessionsHelp", {
            inherited: String(agent.inheritedMaxSessions),
            effective: String(agent.sessionLimit.limit),
          })}
          defaultValue={v("maxSessions")}
          error={errors.maxSessions}
        />
      </fieldset>
      <div className="actions">
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
