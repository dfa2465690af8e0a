"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { CheckboxField, InputField, SelectField, TextAreaField } from "@/components/forms/Field";
import { ChangeableFields } from "@/components/forms/ChangeableFields";
import { isPortalFeatureAvailable } from "@/lib/features/availability";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import type { FieldConfig } from "@/lib/portals/portal-fields";
import { PORTAL_FEATURES, type PortalFeature } from "@/lib/portals/portal-features";
import {
  type CustomerField,
  ESSENTIAL_FIELDS,
  PORTAL_TYPES,
  type PortalType,
  supportsQueueMode,
} from "@/lib/portals/portal-types";

export type PortalSettingsValues = {
  id: string;
  name: string;
  slug: string;
  type: PortalType;
  queueMode: boolean;
  welcomeDe: string;
  welcomeEn: string;
  completedSessionEmail: string;
  fields: Partial<Record<CustomerField, FieldConfig>>;
  features: Record<PortalFeature, boolean>;
};

/** The "Portaleinstellungen" tab → "Einstellungen speichern". Read-only without the Admin Center grant. */
export function PortalSettingsForm({
  action,
  defaults,
  mayChange,
  localRecordingAllowed,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: PortalSettingsValues;
  mayChange: boolean;
  localRecordingAllowed: boolean;
}) {
  const t = useTranslations("Portals");
  const availability = useTranslations("Availability");
  const [state, formAction] = useFormAction(action, initialFormState);
  const submitted = Object.keys(state.values).length > 0;
  const v = (key: string, fallback: string) => state.values[key] ?? fallback;
  const checked = (key: string, fallback: boolean) => (submitted ? state.values[key] === "on" : fallback);
  const e = state.fieldErrors;
  const essential = ESSENTIAL_FIELDS[defaults.type];
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} />
      <input type="hidden" name="portalId" value={defaults.id} />
      <ChangeableFields mayChange={mayChange} submitLabel={t("save")}>
        <InputField name="name" label={t("name")} defaultValue={v("name", defaults.name)} error={e.name} required />
        <InputField
          name="slug"
          width="slug"
          label={t("slug")}
          description={t("slugHelp")}
          defaultValue={v("slug", defaults.slug)}
          error={e.slug}
          required
        />
        <SelectField
          name="type"
          label={t("type")}
          description={t("typeChangeHelp")}
          defaultValue={v("type", defaults.type)}
          error={e.type}
          options={PORTAL_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
        />
        {supportsQueueMode(defaults.type) ? (
          <CheckboxField
            name="queueMode"
            label={t("queueMode")}
            description={t("queueModeHelp")}
            defaultChecked={checked("queueMode", defaults.queueMode)}
          />
        ) : null}

        <fieldset className="stack">
          <legend>{t("customerFields")}</legend>
          <p className="muted">{t("customerFieldsHelp")}</p>
          {(Object.keys(defaults.fields) as CustomerField[]).map((field) => {
            const config = defaults.fields[field]!;
            const key = `fields.${field}`;
            const locked = essential.includes(field);
            return (
              <fieldset key={field} className="field-config">
                <legend>{t(`fieldNames.${field}`)}</legend>
                <input type="hidden" name={`${key}.present`} value="1" />
                <div className="actions">
                  <CheckboxField
                    name={`${key}.shown`}
                    label={t("fieldShown")}
                    defaultChecked={locked || checked(`${key}.shown`, config.shown)}
                    disabled={locked}
                  />
                  <CheckboxField
                    name={`${key}.required`}
                    label={t("fieldRequired")}
                    defaultChecked={locked || checked(`${key}.required`, config.required)}
                    disabled={locked}
                  />
                  {locked ? <span className="muted">{t("fieldEssential")}</span> : null}
                  {/* A disabled checkbox is not submitted: send what it shows, or a type change would store the field as hidden. */}
                  {locked ? (
                    <>
                      <input type="hidden" name={`${key}.shown`} value="on" />
                      <input type="hidden" name={`${key}.required`} value="on" />
                    </>
                  ) : null}
                </div>
                <div className="grid-2">
                  <InputField
                    name={`${key}.labelDe`}
                    label={t("labelDe")}
                    defaultValue={v(`${key}.labelDe`, config.label.de)}
                    error={e[`${key}.labelDe`]}
                  />
                  <InputField
                    name={`${key}.labelEn`}
                    label={t("labelEn")}
                    defaultValue={v(`${key}.labelEn`, config.label.en)}
                    error={e[`${key}.labelEn`]}
                  />
                  <InputField
                    name={`${key}.helpDe`}
                    label={t("helpDe")}
                    defaultValue={v(`${key}.helpDe`, config.help.de)}
                    error={e[`${key}.helpDe`]}
                  />
                  <InputField
                    name={`${key}.helpEn`}
                    label={t("helpEn")}
                    defaultValue={v(`${key}.helpEn`, config.help.en)}
                    error={e[`${key}.helpEn`]}
                  />
                </div>
              </fieldset>
            );
          })}
        </fieldset>

        <fieldset className="stack">
          <legend>{t("welcome")}</legend>
          <TextAreaField
            name="welcomeDe"
            label={t("welcomeDe")}
            defaultValue={v("welcomeDe", defaults.welcomeDe)}
            error={e.welcomeDe}
            rows={3}
          />
          <TextAreaField
            name="welcomeEn"
            label={t("welcomeEn")}
            defaultValue={v("welcomeEn", defaults.welcomeEn)}
            error={e.welcomeEn}
            rows={3}
          />
        </fieldset>

        <fieldset className="stack">
          <legend>{t("features")}</legend>
          <p className="muted">{t("featuresHelp")}</p>
          <div className="checkbox-grid">
            {PORTAL_FEATURES.map((feature) => {
              // Not available yet: the stored value, disabled (a disabled box is not sent; saving keeps it).
              if (!isPortalFeatureAvailable(feature))
                return (
                  <CheckboxField
                    key={feature}
                    name={`features.${feature}`}
                    label={t(`featureNames.${feature}`)}
                    defaultChecked={defaults.features[feature]}
                    disabled
                    description={availability("notYet")}
                  />
                );
              const blocked =
                feature === "sessionRecording" && !localRecordingAllowed && !defaults.features.sessionRecording;
              return (
                <CheckboxField
                  key={feature}
                  name={`features.${feature}`}
                  label={t(`featureNames.${feature}`)}
                  defaultChecked={checked(`features.${feature}`, defaults.features[feature])}
                  disabled={blocked}
                  description={
                    feature === "sessionRecording" && !localRecordingAllowed ? t("recordingNeedsGrant") : undefined
                  }
                  error={e[`features.${feature}`]}
                />
              );
            })}
          </div>
        </fieldset>

        <InputField
          name="completedSessionEmail"
          type="email"
          label={t("completedSessionEmail")}
          description={t("completedSessionEmailHelp")}
          defaultValue={v("completedSessionEmail", defaults.completedSessionEmail)}
          error={e.completedSessionEmail}
          autoComplete="email"
        />
      </ChangeableFields>
    </form>
  );
}
