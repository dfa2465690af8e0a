import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Principal } from "@/lib/auth/principal";
import { RequestTooLargeAlert } from "@/components/shell/RequestTooLargeAlert";

/** The signed-in frame of the agent console: who is signed in, console and settings, sign-out. */
export async function ConsoleShell({
  principal,
  current,
  signOutAction,
  children,
}: {
  principal: Principal;
  current: "console" | "settings" | "session";
  signOutAction: (formData: FormData) => Promise<void>;
  children: ReactNode;
}) {
  const t = await getTranslations("AgentConsole");
  const common = await getTranslations("Common");
  return (
    <div className="console">
      <header className="app-header console-header">
        <span className="brand">
          {common("productName")} · {t("title")}
        </span>
        <nav aria-label={t("navLabel")} className="console-nav">
          <Link href="/agent" aria-current={current === "console" ? "page" : undefined}>
            {t("console")}
          </Link>
          <Link href="/agent/settings" aria-current={current === "settings" ? "page" : undefined}>
            {t("mySettings")}
          </Link>
        </nav>
        <div className="app-user">
          <span>{principal.displayName}</span>
          <form action={signOutAction}>
            <button type="submit" className="link-button">
              {t("signOut")}
            </button>
          </form>
        </div>
      </header>
      <main id="main" className="console-main">
        <RequestTooLargeAlert />
        {children}
      </main>
    </div>
  );
}
