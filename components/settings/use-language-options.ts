import { useTranslations } from "next-intl";
import { locales } from "@/lib/i18n/locales";

/** Each language named in itself ("Deutsch", "English"), as language pickers usually do. */
export function useLanguageOptions() {
  const t = useTranslations("LanguageSwitch");
  return locales.map((locale) => ({ value: locale, label: t(locale) }));
}
