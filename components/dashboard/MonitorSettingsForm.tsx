"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { CheckboxField, InputField, SelectField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useFormAction } from "@/components/forms/use-form-action";
import type { MonitorKind, SortOrder } from "@/lib/dashboard/monitor-kinds";
import type { MonitorSettingsInput } from "@/lib/dashboard/monitors";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

export type Choice = { id: string; label: string };

/** The form shows the settings as it sends them, for one monitor of one kind. */
export type MonitorSettingsDefaults = MonitorSettingsInput & { monitorId: string; kind: MonitorKind };

/** "Monitoreinstellungen": name, what it watches (within the manager's scope), sort order, shared. */
export function MonitorSettingsForm({
  defaults,
  sortOrders,
  choices,
  action,
}: {
  defaults: MonitorSettingsDefaults;
  sortOrders: readonly SortOrder[];
  /** Only the filters this kind offers are given. */
  choices: { teams?: Choice[]; portals?: Choice[]; agents?: Choice[] };
  action: (s: FormState, f: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("Dashboard");
  const [state, formAction] = useFormAction(action, initialFormState);
  const submitted = Object.keys(state.values).length > 0;
  const checked = (field: "teamIds" | "portalIds" | "agentIds", id: string) =>
    submitted ? (state.values[field] ?? "").split(",").includes(id) : defaults[field].includes(id);
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} />
      <input type="hidden" name="monitorId" value={defaults.monitorId} />
      <InputField
        name="name"
        label={t("fields.name")}
        defaultValue={state.values.name ?? defaults.name}
        error={state.fieldErrors.name}
        maxLength={100}
        required
      />
      <SelectField
        name="sortOrder"
        label={t("fields.sortOrder")}
        defaultValue={state.values.sortOrder ?? defaults.sortOrder}
        error={state.fieldErrors.sortOrder}
        options={sortOrders.map((order) => ({ value: order, label: t(`sortOrders.${order}`) }))}
      />
      {(["teams", "portals", "agents"] as const).map((filter) => {
        const list = choices[filter];
        if (!list) return null;
        const field = `${filter.slice(0, -1)}Ids` as "teamIds" | "portalIds" | "agentIds";
        return (
          <FilterFieldset
            key={filter}
            field={field}
            legend={t(`fields.${filter}`)}
            help={t("fields.filterHelp")}
            list={list}
            checked={(id) => checked(field, id)}
            state={state}
          />
        );
      })}
      <CheckboxField
        name="shared"
        label={t("fields.shared")}
        description={t("fields.sharedHelp")}
        defaultChecked={submitted ? state.values.shared === "on" : defaults.shared}
      />
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}

function FilterFieldset({
  field,
  legend,
  help,
  list,
  checked,
  state,
}: {
  field: string;
  legend: string;
  help: string;
  list: Choice[];
  checked: (id: string) => boolean;
  state: FormState;
}) {
  const errors = useTranslations("Errors");
  const error = state.fieldErrors[field];
  return (
    <fieldset id={`field-${field}`} aria-describedby={`${field}-help${error ? ` ${field}-error` : ""}`}>
      <legend>{legend}</legend>
      <p id={`${field}-help`} className="field-help">
        {help}
      </p>
      {error ? (
        <p id={`${field}-error`} className="field-error">
          {errors(error)}
        </p>
      ) : null}
      <div className="checkbox-grid">
        {list.map((choice) => (
          <div key={choice.id} className="checkbox">
            <input
              type="checkbox"
              id={`${field}-${choice.id}`}
              name={field}
              value={choice.id}
              defaultChecked={checked(choice.id)}
            />
            <label htmlFor={`${field}-${choice.id}`}>{choice.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
