import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "./LanguageSwitch";
import { Notice } from "./Notice";
import { RequestTooLargeAlert } from "./RequestTooLargeAlert";

/** The frame of the pages before sign-in: sign-in, first run, password reset. */
export async function PublicPage({
  title,
  languageAction,
  children,
}: {
  title: string;
  /** The route's chooseLanguageAction, for Deutsch / English in the header. */
  languageAction: (formData: FormData) => Promise<void>;
  children: ReactNode;
}) {
  const t = await getTranslations("Common");
  return (
    <div className="public-page">
      <header className="public-header">
        <span className="brand">{t("productName")}</span>
        <LanguageSwitch action={languageAction} />
      </header>
      <main id="main" className="public-main">
        <h1>{title}</h1>
        <Notice />
        <RequestTooLargeAlert />
        {children}
      </main>
    </div>
  );
}
