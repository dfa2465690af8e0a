import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <main id="main" className="public-main">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href="/manager">{t("back")}</Link>
      </p>
    </main>
  );
}
