import { useTranslations } from "next-intl";
import { InputField } from "@/components/forms/Field";
import type { FieldBinder } from "@/components/forms/field-binding";

/** A portal's or sub-portal's address part (/p/<portal>/<sub-portal>), with the rule it must follow. */
export function SlugField({ field, name, label }: { field: FieldBinder; name: string; label: string }) {
  const t = useTranslations("Portals");
  return <InputField {...field(name)} width="slug" label={label} description={t("slugHelp")} required />;
}
