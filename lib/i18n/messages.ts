import { createTranslator } from "next-intl";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import type { Locale } from "./locales";

export const allMessages = { de, en } as const;

/** A translator outside a request, e.g. for e-mails rendered in the recipient's language. */
export function translatorFor<N extends keyof typeof de>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: allMessages[locale], namespace });
}
