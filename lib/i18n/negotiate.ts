import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { defaultLocale, type Locale, locales } from "./locales";

/** The best of our locales for an Accept-Language header. */
export function negotiateLocale(acceptLanguage: string | null): Locale {
  if (!acceptLanguage) return defaultLocale;
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages();
  try {
    // RFC 4647 lookup honours the client's order: "en-GB,de;q=0.5" is English. The default "best
    // fit" prefers an exact match further down the list ("de") to a regional one first ("en-GB").
    return match(requested, locales, defaultLocale, { algorithm: "lookup" }) as Locale;
  } catch {
    return defaultLocale;
  }
}
