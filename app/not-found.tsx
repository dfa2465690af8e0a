import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requestPath } from "@/lib/http/request-path";

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  // Customers on a portal address have no business with the Management Center.
  const customer = ((await requestPath()) ?? "").startsWith("/p/");
  return (
    <main id="main" className="public-main">
      <h1>{t("title")}</h1>
      <p>{customer ? t("portalText") : t("text")}</p>
      {customer ? null : (
        <p>
          <Link href="/manager">{t("back")}</Link>
        </p>
      )}
    </main>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("NotFound");
  return { title: t("title") };
}
