"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { ErrorPage } from "@/components/errors/ErrorPage";

/**
 * A page that failed in the browser's navigation (with JavaScript; without it, the server sends
 * app/server-error). Never the error itself: its digest is the reference to the server's log.
 */
export default function ErrorBoundary({ error }: { error: Error & { digest?: string } }) {
  const t = useTranslations("ServerError");
  const common = useTranslations("Common");
  const pathname = usePathname();
  return (
    <ErrorPage title={t("title")} text={t("text")}>
      <title>{`${t("title")} · ${common("productName")}`}</title>
      {error.digest ? <p>{t("reference", { digest: error.digest })}</p> : null}
      <p>
        <a href={pathname}>{t("retry")}</a>
      </p>
      {pathname.startsWith("/p/") ? null : (
        <p>
          <Link href="/manager">{t("back")}</Link>
        </p>
      )}
    </ErrorPage>
  );
}
