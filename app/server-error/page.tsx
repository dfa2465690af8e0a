import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ErrorPage } from "@/components/errors/ErrorPage";
import { requestPath } from "@/lib/http/request-path";

/**
 * "Ein Fehler ist aufgetreten", rendered on the server: the server sends it, with status 500, in
 * place of the empty document Next answers a failed page with (scripts/lib/error-page-fallback.mjs),
 * so that it reads without JavaScript too. No details: they are in the server's log.
 */
export default async function ServerErrorPage() {
  const t = await getTranslations("ServerError");
  const asked = (await requestPath()) ?? "/";
  const customer = asked.startsWith("/p/");
  return (
    <ErrorPage title={t("title")} text={t("text")}>
      <p>
        <a href={asked}>{t("retry")}</a>
      </p>
      {customer ? null : (
        <p>
          <Link href="/manager">{t("back")}</Link>
        </p>
      )}
    </ErrorPage>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("ServerError");
  return { title: t("title"), robots: { index: false } };
}
