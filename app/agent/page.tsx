import { getTranslations } from "next-intl/server";
import { chooseLanguageAction, signInToAgentConsoleAction, signOutOfAgentConsoleAction } from "@/app/auth-actions";
import { autoRefreshAction } from "@/app/auto-refresh-actions";
import { SignInForm } from "@/components/auth/SignInForm";
import { ConnectionCodePanel } from "@/components/agent-console/ConnectionCodePanel";
import { ConsoleNotice } from "@/components/agent-console/ConsoleNotice";
import { ConsoleShell } from "@/components/agent-console/ConsoleShell";
import { LiveRefresh } from "@/components/live/LiveRefresh";
import { NoScriptRefresh } from "@/components/live/NoScriptRefresh";
import { SessionList } from "@/components/agent-console/SessionList";
import { StatusPanel } from "@/components/agent-console/StatusPanel";
import { WaitingRequests } from "@/components/agent-console/WaitingRequests";
import { PublicPage } from "@/components/shell/PublicPage";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { currentPrincipal } from "@/lib/auth/session";
import { currentConnectionCode } from "@/lib/live/connection-codes";
import { throughHeartbeat } from "@/lib/live/console-heartbeat";
import { consoleOverview } from "@/lib/live/console-overview";
import { waitingRequestsFor } from "@/lib/live/request-lifecycle";
import { generateCodeAction, rejoinConsoleAction, respondToRequestAction, setStatusAction } from "./actions";

/** The agent console: its sign-in when signed out; else status, waiting requests, sessions, code. */
export default async function AgentConsolePage() {
  if (!(await currentPrincipal("agent"))) {
    const t = await getTranslations("AgentConsole");
    return (
      <PublicPage title={t("signInTitle")} languageAction={chooseLanguageAction}>
        <SignInForm action={signInToAgentConsoleAction} forgotPasswordHref="/forgot-password?realm=agent" />
      </PublicPage>
    );
  }
  const principal = await requirePrincipal("agent");
  const t = await getTranslations("AgentConsole");
  const overview = await consoleOverview(principal);
  const here = overview.presence?.here === true;
  const [requests, code] = await Promise.all([
    here ? waitingRequestsFor(principal) : [],
    overview.offersConnectionCodes ? currentConnectionCode(principal) : null,
  ]);
  return (
    <ConsoleShell principal={principal} current="console" signOutAction={signOutOfAgentConsoleAction}>
      <LiveRefresh streamUrl="/agent/events" />
      <div className="console-heading">
        <h1>{t("title")}</h1>
        <p className="muted">
          {overview.agent.teamName
            ? t("signedInAs", { name: overview.agent.name, team: overview.agent.teamName })
            : t("signedInAsNoTeam", { name: overview.agent.name })}
        </p>
        <a href={throughHeartbeat("/agent")} className="console-refresh">
          {t("refresh")}
        </a>
      </div>
      <NoScriptRefresh
        seconds={15}
        href="/agent"
        reloadHref={throughHeartbeat("/agent")}
        toggleAction={autoRefreshAction}
      />
      <ConsoleNotice />
      <div className="console-grid">
        <div className="stack">
          <StatusPanel
            presence={overview.presence}
            openSessions={overview.openSessions.length}
            actions={{ rejoin: rejoinConsoleAction, setStatus: setStatusAction }}
          />
          {here ? (
            <WaitingRequests
              requests={requests}
              away={overview.presence?.status === "away"}
              atSessionLimit={overview.openSessions.length >= overview.sessionLimit}
              respondAction={respondToRequestAction}
            />
          ) : null}
        </div>
        <div className="stack">
          <SessionList open={overview.openSessions} awaitingWrapUp={overview.awaitingWrapUp} />
          {overview.offersConnectionCodes ? (
            <ConnectionCodePanel code={code} generateAction={generateCodeAction} />
          ) : null}
        </div>
      </div>
    </ConsoleShell>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("AgentConsole");
  return { title: (await currentPrincipal("agent")) ? t("title") : t("signInTitle") };
}
