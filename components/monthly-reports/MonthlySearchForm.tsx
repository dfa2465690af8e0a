import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { InputField, SelectField } from "@/components/forms/Field";
import type { FormState } from "@/lib/forms/form-state";
import type { MonthlySearchFields } from "@/lib/monthly-reports/search-params";

/**
 * "Monatlichen Bericht wählen": name, report type and a range of months; "Suchen". A GET form: the
 * search is the page's address, so it works without JavaScript and can be bookmarked.
 */
export async function MonthlySearchForm({
  action,
  types,
  values,
  state,
}: {
  action: string;
  types: readonly string[];
  values: MonthlySearchFields;
  state: FormState;
}) {
  const t = await getTranslations("MonthlyReports");
  const tr = await getTranslations("Reports");
  const error = (field: string) => state.fieldErrors[field];
  return (
    <form method="get" action={action} className="stack" noValidate>
      <ErrorSummary state={state} />
      <div className="grid-2">
        <InputField
          name="name"
          label={t("columns.name")}
          defaultValue={values.name ?? ""}
          error={error("name")}
          maxLength={100}
        />
        <SelectField
          name="type"
          label={t("fields.type")}
          defaultValue={values.type ?? ""}
          error={error("type")}
          options={[
            { value: "", label: t("fields.anyType") },
            ...types.map((type) => ({ value: type, label: tr(`types.${type as "summary"}`) })),
          ]}
        />
        {(["fromMonth", "toMonth"] as const).map((name) => (
          <InputField
            key={name}
            type="month"
            name={name}
            label={t(`fields.${name}`)}
            description={t("fields.monthHelp")}
            defaultValue={values[name] ?? ""}
            error={error(name)}
            maxLength={20}
          />
        ))}
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary">
          {t("search")}
        </button>
      </div>
    </form>
  );
}
