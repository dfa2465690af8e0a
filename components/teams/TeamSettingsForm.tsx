"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { InputField, SelectField, TextAreaField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { type AgentFunction } from "@/lib/agent-functions/catalog";
import type { ResolvedFunction } from "@/lib/agent-functions/resolve";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { describeSource } from "./describe-source";
import { functionTargets } from "./FunctionSelect";
import { FunctionsTable } from "./FunctionsTable";

export type TeamFormValues = {
  teamId?: string;
  name: string;
  parentId: string;
  availableLogins: string;
  greeting: string;
  cannedMessages: string;
  cannedUrls: string;
  maxSessions: string;
  functions: Partial<Record<AgentFunction, "inherit" | "on" | "off">>;
};

/** Settings of a team: the "Team hinzufügen" tab and a team's own page share this form. */
export function TeamSettingsForm({
  action,
  defaults,
  parentOptions,
  allowTopLevel,
  parentLocked,
  inherited,
  inheritedMaxSessions,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: TeamFormValues;
  parentOptions: { id: string; path: string }[];
  allowTopLevel: boolean;
  parentLocked: boolean;
  inherited: Record<AgentFunction, ResolvedFunction>;
  inheritedMaxSessions: number;
  submitLabel: string;
}) {
  const t = useTranslations("Teams");
  const f = useTranslations("Functions");
  const [state, formAction] = useFormAction(action, initialFormState);
  const v = (key: keyof Omit<TeamFormValues, "functions">) => state.values[key] ?? defaults[key] ?? "";
  const errors = state.fieldErrors;
  const onOff = (value: boolean) => (value ? f("on") : f("off"));
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} targets={functionTargets} />
      {defaults.teamId ? <input type="hidden" name="teamId" value={defaults.teamId} /> : null}
      <InputField name="name" label={t("name")} defaultValue={v("name")} error={errors.name} required />
      {parentLocked ? (
        <input type="hidden" name="parentId" value={defaults.parentId} />
      ) : (
        <SelectField
          name="parentId"
          label={t("parent")}
          defaultValue={v("parentId")}
          error={errors.parentId}
          options={[
            ...(allowTopLevel ? [{ value: "", label: t("noParent") }] : []),
            ...parentOptions.map((o) => ({ value: o.id, label: o.path })),
          ]}
        />
      )}
      <InputField
        name="availableLogins"
        width="digits"
        label={t("availableLogins")}
        description={t("availableLoginsHelp")}
        defaultValue={v("availableLogins")}
        error={errors.availableLogins}
      />
      <fieldset className="stack">
        <legend>{t("messages")}</legend>
        <TextAreaField
          name="greeting"
          label={t("greeting")}
          defaultValue={v("greeting")}
          error={errors.greeting}
          rows={2}
        />
        <TextAreaField
          name="cannedMessages"
          label={t("cannedMessages")}
          description={t("onePerLine")}
          defaultValue={v("cannedMessages")}
          error={errors.cannedMessages}
        />
        <TextAreaField
          name="cannedUrls"
          label={t("cannedUrls")}
          description={t("cannedUrlsHelp")}
          defaultValue={v("cannedUrls")}
          error={errors.cannedUrls}
        />
      </fieldset>
      <fieldset>
        <legend>{t("functions")}</legend>
        <p className="muted">{t("functionsHelp")}</p>
        <FunctionsTable
          label={t("functions")}
          headings={{ function: t("function"), setting: t("setting") }}
          choice={(fn) => state.values[`function.${fn}`] ?? defaults.functions[fn] ?? "inherit"}
          inheritLabel={(fn) =>
            f("inheritWithValue", {
              value: onOff(inherited[fn].value),
              source: describeSource(f, inherited[fn].source),
            })
          }
        />
        <InputField
          name="maxSessions"
          width="digits"
          label={t("maxSessions")}
          description={t("maxSessionsHelp", { inherited: String(inheritedMaxSessions) })}
          defaultValue={v("maxSessions")}
          error={errors.maxSessions}
        />
      </fieldset>
      <div className="actions">
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
