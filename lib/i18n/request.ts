import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentPrincipal } from "@/lib/auth/session";
import { defaultTimeZone } from "@/lib/config/env";
import { requestPath } from "@/lib/http/request-path";
import { isLocale, LOCALE_COOKIE } from "./locales";
import { allMessages } from "./messages";
import { negotiateLocale } from "./negotiate";
import { realmOfPath } from "./realm-of-path";

/**
 * Language and time zone of this request: a signed-in user's own settings; before sign-in the
 * visitor's choice (cookie) or else the browser's Accept-Language.
 */
export default getRequestConfig(async () => {
  const headerList = await headers();
  const realm = realmOfPath((await requestPath()) ?? "/");
  const principal = realm ? await currentPrincipal(realm) : null;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale =
    principal?.language ?? (isLocale(chosen) ? chosen : negotiateLocale(headerList.get("accept-language")));
  return {
    locale,
    timeZone: principal?.timeZone ?? defaultTimeZone(),
    messages: allMessages[locale],
  };
});
