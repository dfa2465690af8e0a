import { requestPath } from "@/lib/http/request-path";
import { getLocale, getTranslations } from "next-intl/server";
import { locales } from "@/lib/i18n/locales";

/** Deutsch / English before sign-in: two submit buttons, no script needed. */
export async function LanguageSwitch({ action }: { action: (formData: FormData) => Promise<void> }) {
  const t = await getTranslations("LanguageSwitch");
  const current = await getLocale();
  const next = (await requestPath()) ?? "/manager";
  return (
    <form action={action} className="language-switch" aria-label={t("label")}>
      <input type="hidden" name="next" value={next} />
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="link-button"
        >
          {t(locale)}
        </button>
      ))}
    </form>
  );
}
