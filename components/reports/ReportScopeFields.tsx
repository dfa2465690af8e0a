import { useTranslations } from "next-intl";
import { Field, InputField, SelectField } from "@/components/forms/Field";
import type { ErrorKey } from "@/lib/errors/error-key";
import type { ReportFormOptions } from "@/lib/reports/report-options";

type FieldAccess = {
  /** A field's value as the form shows it. */
  value: (field: string) => string;
  /** A field's error (a key of the "Errors" namespace). */
  error: (field: string) => ErrorKey | undefined;
};

/** Where the error summary leads for an error of the portal or sub-portal: the one select of both. */
export const scopeFilterTargets = { portalId: "field-portal", subPortalId: "field-portal" };

/** The name a report (Meine Berichte) or a monthly report is kept under. */
export function ReportNameField({
  label,
  required,
  value,
  error,
}: FieldAccess & { label: string; required?: boolean }) {
  return (
    <InputField
      name="name"
      label={label}
      defaultValue={value("name")}
      error={error("name")}
      maxLength={100}
      required={required}
    />
  );
}

/**
 * Zeitraum with its two dates, as Berichte and Sitzungsinformationen ask for it. Shared by the
 * reports' client form and the search's server-rendered one: no hooks beyond translations.
 */
export function PeriodFields({ periods, value, error }: FieldAccess & { periods: ReportFormOptions["periods"] }) {
  const t = useTranslations("Reports");
  return (
    <fieldset className="stack">
      <legend>{t("fields.period")}</legend>
      <SelectField
        name="period"
        label={t("fields.period")}
        defaultValue={value("period")}
        error={error("period")}
        options={periods.map((period) => ({ value: period, label: t(`periods.${period}`) }))}
      />
      <div className="grid-2">
        {(["startDate", "endDate"] as const).map((name) => (
          <InputField
            key={name}
            type="date"
            name={name}
            label={t(`fields.${name}`)}
            description={t("fields.datesHelp")}
            defaultValue={value(name)}
            error={error(name)}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** Berichtstyp and Gruppierung side by side, as Berichte and Monatliche Berichte ask for them. */
export function TypeAndGroupingFields({
  types,
  groupings,
  typeDescription,
  value,
  error,
}: FieldAccess & {
  types: ReportFormOptions["types"];
  groupings: ReportFormOptions["groupings"];
  typeDescription?: string;
}) {
  const t = useTranslations("Reports");
  return (
    <div className="grid-2">
      <SelectField
        name="type"
        label={t("fields.type")}
        description={typeDescription}
        defaultValue={value("type")}
        error={error("type")}
        options={types.map((type) => ({ value: type, label: t(`types.${type}`) }))}
      />
      <SelectField
        name="grouping"
        label={t("fields.grouping")}
        description={t("fields.groupingHelp")}
        defaultValue={value("grouping")}
        error={error("grouping")}
        options={groupings.map((grouping) => ({ value: grouping, label: t(`groupings.${grouping}`) }))}
      />
    </div>
  );
}

/** Portal › sub-portal, team (with its sub-teams) and agent, each limited to the viewer's scope. */
export function ScopeFilterFields({
  filters,
  value,
  error,
}: FieldAccess & { filters: NonNullable<ReportFormOptions["filters"]> }) {
  const t = useTranslations("Reports");
  return (
    <div className="grid-2">
      <Field
        name="portal"
        label={t("fields.portal")}
        error={error("portal") ?? error("portalId") ?? error("subPortalId")}
      >
        {(props) => (
          // Keyed by its value: a form that comes back with other values shows them, not the first ones.
          <select key={value("portal")} {...props} defaultValue={value("portal")} className="input">
            <option value="">{t("fields.allPortals")}</option>
            {filters.portals.map((portal) => (
              <optgroup key={portal.id} label={portal.name}>
                <option value={`portal:${portal.id}`}>{t("fields.wholePortal", { portal: portal.name })}</option>
                {portal.subPortals.map((sub) => (
                  <option key={sub.id} value={`subPortal:${sub.id}`}>
                    {`${portal.name} › ${sub.name}`}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <SelectField
        name="teamId"
        label={t("fields.team")}
        description={t("fields.teamHelp")}
        defaultValue={value("teamId")}
        error={error("teamId")}
        options={[
          { value: "", label: t("fields.allTeams") },
          ...filters.teams.map((team) => ({ value: team.id, label: team.path })),
        ]}
      />
      <SelectField
        name="agentId"
        label={t("fields.agent")}
        defaultValue={value("agentId")}
        error={error("agentId")}
        options={[
          { value: "", label: t("fields.allAgents") },
          ...filters.agents.map((agent) => ({ value: agent.id, label: agent.name })),
        ]}
      />
    </div>
  );
}
