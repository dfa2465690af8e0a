import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signOutOfAgentConsoleAction } from "@/app/auth-actions";
import { ConsoleShell } from "@/components/agent-console/ConsoleShell";
import { SessionTable } from "@/components/agent-console/SessionList";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { openSessionsOf } from "@/lib/live/presence";

/** Abmelden with sessions still running: they would end, so the agent confirms (or goes back). */
export default async function AgentSignOutPage() {
  const principal = await requirePrincipal("agent");
  const sessions = await openSessionsOf(principal);
  if (sessions.length === 0) redirect("/agent");
  const t = await getTranslations("AgentConsole.signOutConfirm");
  return (
    <ConsoleShell principal={principal} current="console" signOutAction={signOutOfAgentConsoleAction}>
      <h1>{t("title")}</h1>
      <p>{t("intro", { count: sessions.length })}</p>
      <SessionTable caption={t("caption")} sessions={sessions} />
      <form action={signOutOfAgentConsoleAction} className="actions">
        <input type="hidden" name="endSessions" value="1" />
        <button type="submit" className="button button-danger">
          {t("submit", { count: sessions.length })}
        </button>
        <Link href="/agent" className="button button-secondary">
          {t("cancel")}
        </Link>
      </form>
    </ConsoleShell>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("AgentConsole");
  return {
    title: (await getTranslations("PageTitles"))("of", { object: t("signOutConfirm.title"), page: t("title") }),
  };
}
