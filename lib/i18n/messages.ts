import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import type { Messages } from "./app-config";
import type { Locale } from "./locales";

/** Every language's messages, in the shape of the German source: English missing a key fails the type check. */
export const allMessages: Record<Locale, Messages> = { de, en };

/** A translator outside a request, e.g. for e-mails rendered in the recipient's language. */
export function translatorFor<N extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: allMessages[locale], namespace });
}
