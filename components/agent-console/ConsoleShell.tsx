import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RequestTooLargeAlert } from "@/components/shell/RequestTooLargeAlert";
import { ShellHeader, type SignedInShellProps } from "@/components/shell/ShellHeader";

/** The signed-in frame of the agent console: who is signed in, console and settings, sign-out. */
export async function ConsoleShell({
  principal,
  current,
  signOutAction,
  children,
}: SignedInShellProps & { current: "console" | "settings" | "session" }) {
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
