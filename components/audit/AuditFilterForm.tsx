import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { InputField, SelectField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { AUDIT_AREAS, AUDIT_OBJECT_TYPES } from "@/lib/audit/audit-catalog";
import type { AuditFilterFields } from "@/lib/audit/audit-filter";
import type { FormState } from "@/lib/forms/form-state";

/**
 * The Protokoll's filter: Von/Bis (calendar days on the viewer's clock), the actor's login ID, the
 * kind of change and the object type; "Finden". A GET form: a filter is an address, it works without
 * JavaScript and can be shared. An object chosen through an entry's link stays until it is removed.
 */
export async function AuditFilterForm({
  action,
  values,
  state,
  objectLabel,
  withoutObjectHref,
}: {
  action: string;
  values: AuditFilterFields;
  state: FormState;
  /** The object the filter is limited to (by a row's link), as the page names it; else its id shows. */
  objectLabel: string | null;
  withoutObjectHref: string;
}) {
  const t = await getTranslations("AuditLog");
  const error = (field: string) => state.fieldErrors[field];
  return (
    <form method="get" action={action} className="stack" noValidate>
      <ErrorSummary state={state} />
      <div className="grid-2">
        <InputField name="from" type="date" label={t("from")} defaultValue={values.from ?? ""} error={error("from")} />
        <InputField name="to" type="date" label={t("to")} defaultValue={values.to ?? ""} error={error("to")} />
      </div>
      <InputField
        name="actor"
        label={t("actor")}
        description={t("actorHelp")}
        defaultValue={values.actor ?? ""}
        error={error("actor")}
        maxLength={200}
        autoComplete="off"
      />
      <div className="grid-2">
        <SelectField
          name="area"
          label={t("area")}
          defaultValue={values.area ?? ""}
          error={error("area")}
          options={[
            { value: "", label: t("all") },
            ...AUDIT_AREAS.map((area) => ({ value: area, label: t(`areas.${area}`) })).sort((a, b) =>
              a.label.localeCompare(b.label),
            ),
          ]}
        />
        <SelectField
          name="objectType"
          label={t("objectType")}
          defaultValue={values.objectType ?? ""}
          error={error("objectType")}
          options={[
            { value: "", label: t("all") },
            ...AUDIT_OBJECT_TYPES.map((type) => ({ value: type, label: t(`objects.${type}`) })),
          ]}
        />
      </div>
      {values.objectId ? (
        <p>
          <input type="hidden" name="objectId" value={values.objectId} />
          {t("onlyObject", { object: objectLabel ?? values.objectId })}{" "}
          <Link href={withoutObjectHref}>{t("allObjects")}</Link>
        </p>
      ) : null}
      <div className="actions">
        <SubmitButton>{t("find")}</SubmitButton>
        <Link href={action}>{t("reset")}</Link>
      </div>
    </form>
  );
}
