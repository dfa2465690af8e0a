import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { formFailedInThisRequest } from "@/lib/forms/failed-form";
import "./globals.css";

export async function generateMetadata() {
  const t = await getTranslations("Common");
  // Without JavaScript, a form that came back with errors is answered by its page in the same
  // request: the title says so first (decision record 15; with JavaScript, ErrorSummary does it).
  const prefix = (await formFailedInThisRequest()) ? (await getTranslations("ErrorSummary"))("titlePrefix") : "";
  return { title: { template: `${prefix}%s · ${t("productName")}`, default: `${prefix}${t("productName")}` } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("Common");
  return (
    <html lang={locale}>
      <body>
        <a href="#main" className="skip-link">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
