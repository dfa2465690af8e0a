import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { Field, InputField, SelectField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import type { FormState } from "@/lib/forms/form-state";
import type { ReportFormOptions } from "@/lib/reports/report-options";
import { OUTCOME_FILTERS, SESSION_SORTS, type SessionSearchFields } from "@/lib/session-information/search-params";

/**
 * "Sitzung suchen" (manual chapter 6): the Sitzungs-ID, or Zeitraum, portal › sub-portal, team and
 * agent, and an outcome; "Finden". A GET form: the results are the page's address, so they work
 * without JavaScript, reload, and can be shared. An agent sees their own sessions and has no filters.
 */
export async function SessionSearchForm({
  action,
  options,
  values,
  state,
}: {
  action: string;
  options: ReportFormOptions;
  values: SessionSearchFields;
  /** The errors of the search in the address, with the fields as sent. */
  state: FormState;
}) {
  const t = await getTranslations("SessionInformation");
  const tr = await getTranslations("Reports");
  const error = (field: string) => state.fieldErrors[field];
  const filters = options.filters;
  return (
    <form method="get" action={action} className="stack" noValidate>
      <ErrorSummary state={state} targets={{ portalId: "field-portal", subPortalId: "field-portal" }} />
      <InputField
        name="number"
        label={t("number")}
        description={t("numberHelp")}
        defaultValue={values.number ?? ""}
        error={error("number")}
        maxLength={20}
      />
      <fieldset className="stack">
        <legend>{tr("fields.period")}</legend>
        <SelectField
          name="period"
          label={tr("fields.period")}
          defaultValue={values.period || "last7Days"}
          error={error("period")}
          options={options.periods.map((period) => ({ value: period, label: tr(`periods.${period}`) }))}
        />
        <div className="grid-2">
          <InputField
            type="date"
            name="startDate"
            label={tr("fields.startDate")}
            description={tr("fields.datesHelp")}
            defaultValue={values.startDate ?? ""}
            error={error("startDate")}
          />
          <InputField
            type="date"
            name="endDate"
            label={tr("fields.endDate")}
            description={tr("fields.datesHelp")}
            defaultValue={values.endDate ?? ""}
            error={error("endDate")}
          />
        </div>
      </fieldset>
      {filters ? (
        <div className="grid-2">
          <Field name="portal" label={tr("fields.portal")} error={error("portal") ?? error("portalId")}>
            {(props) => (
              <select {...props} defaultValue={values.portal ?? ""} className="input">
                <option value="">{tr("fields.allPortals")}</option>
                {filters.portals.map((portal) => (
                  <optgroup key={portal.id} label={portal.name}>
                    <option value={`portal:${portal.id}`}>{tr("fields.wholePortal", { portal: portal.name })}</option>
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
            label={tr("fields.team")}
            description={tr("fields.teamHelp")}
            defaultValue={values.teamId ?? ""}
            error={error("teamId")}
            options={[
              { value: "", label: tr("fields.allTeams") },
              ...filters.teams.map((team) => ({ value: team.id, label: team.path })),
            ]}
          />
          <SelectField
            name="agentId"
            label={tr("fields.agent")}
            defaultValue={values.agentId ?? ""}
            error={error("agentId")}
            options={[
              { value: "", label: tr("fields.allAgents") },
              ...filters.agents.map((agent) => ({ value: agent.id, label: agent.name })),
            ]}
          />
        </div>
      ) : (
        <p>{t("agentIntro")}</p>
      )}
      <div className="grid-2">
        <SelectField
          name="outcome"
          label={t("outcome")}
          defaultValue={values.outcome ?? ""}
          error={error("outcome")}
          options={[
            { value: "", label: t("anyOutcome") },
            ...OUTCOME_FILTERS.map((outcome) => ({
              value: outcome,
              label: outcome === "none" ? t("noOutcome") : tr(`outcomes.${outcome}`),
            })),
          ]}
        />
        <SelectField
          name="sort"
          label={t("sort")}
          defaultValue={values.sort || "newest"}
          error={error("sort")}
          options={SESSION_SORTS.map((sort) => ({ value: sort, label: t(`sorts.${sort}`) }))}
        />
      </div>
      <div className="actions">
        <SubmitButton>{t("find")}</SubmitButton>
      </div>
    </form>
  );
}
