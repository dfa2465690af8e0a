import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Principal } from "@/lib/auth/principal";
import { RequestTooLargeAlert } from "@/components/shell/RequestTooLargeAlert";
import { ShellHeader } from "@/components/shell/ShellHeader";

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
  return (
    <div className="console">
      <ShellHeader
        className="app-header console-header"
        area={t("title")}
        principal={principal}
        signOutAction={signOutAction}
        signOutLabel={t("signOut")}
      >
        <nav aria-label={t("navLabel")} className="console-nav">
          <Link href="/agent" aria-current={current === "console" ? "page" : undefined}>
            {t("console")}
          </Link>
          <Link href="/agent/settings" aria-current={current === "settings" ? "page" : undefined}>
            {t("mySettings")}
          </Link>
        </nav>
      </ShellHeader>
      <main id="main" className="console-main">
        <RequestTooLargeAlert />
        {children}
      </main>
    </div>
  );
}
