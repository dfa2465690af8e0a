import type de from "@/messages/de.json";
import type { Locale as LotseLocale } from "./locales";

/**
 * Teaches next-intl our locales and messages, so `useTranslations`, `getTranslations` and
 * `createTranslator` accept only keys that exist in messages/de.json (the source; a test keeps
 * en.json's keys the same) and a wrong key fails `npm run typecheck`.
 */
declare module "next-intl" {
  interface AppConfig {
    Locale: LotseLocale;
    Messages: typeof de;
  }
}

/** The messages' shape, for types of keys chosen at run time from a known set (`keyof Messages["Reports"]["figures"]`). */
export type Messages = typeof de;
