import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DiagnosticsPanel } from "@/components/agent-console/DiagnosticsPanel";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { Announce } from "@/components/live/Announce";
import { LiveTranscript } from "@/components/live/LiveTranscript";
import { NoScriptRefresh } from "@/components/live/NoScriptRefresh";
import { autoRefreshAction } from "@/app/auto-refresh-actions";
import { SessionViewFacts } from "@/components/session-viewing/SessionViewFacts";
import { ViewedFiles } from "@/components/session-viewing/ViewedFiles";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { isPrefetchRequest } from "@/lib/http/prefetch";
import { safeLocalPath } from "@/lib/http/safe-local-path";
import { toTranscriptEvent } from "@/lib/live/session-stream";
import { openSessionView, sessionViewTitle } from "@/lib/session-viewing/session-view";
import { SESSION_VIEW_BACK, sessionViewPath } from "@/lib/session-viewing/view-paths";
import { closeSessionViewAction } from "../../actions";

type Props = { params: Promise<{ sessionId: string }>; searchParams: SearchParams };

/**
 * Sitzungseinsicht (manual chapter 4): a running — or just ended — session, read only and unseen by
 * its customer and agent. With JavaScript the transcript follows the session's event stream; without,
 * the page reloads itself while the session runs. Opening it begins the manager's view, Schließen
 * (or leaving the live page) ends it; both are in the audit log (decision record 19).
 */
export default async function SessionViewPage({ params, searchParams }: Props) {
  const actor = await requirePrincipal("manager");
  const { sessionId } = await params;
  const back = safeLocalPath(firstParam((await searchParams).back), SESSION_VIEW_BACK);
  // Fetching a link ahead is not somebody looking: it records nothing and shows nothing of the session.
  if (await isPrefetchRequest()) {
    await orNotFound(sessionViewTitle(actor, sessionId));
    return null;
  }
  const view = await orNotFound(openSessionView(actor, sessionId));
  const t = await getTranslations("SessionView");
  const tt = await getTranslations("AgentConsole.transcript");
  const now = new Date();
  const open = view.endedAt === null;
  const self = sessionViewPath(view.id, back);
  const base = sessionViewPath(view.id);
  const customerName = view.customer.name || t("noName");

  return (
    <>
      <h1>{t("title", { number: view.number })}</h1>
      {/* The end of the session, while the page is open, is announced in the layout's live region. */}
      <Announce text={open ? t("running") : t("ended")} />
      {open ? <NoScriptRefresh seconds={20} href={self} toggleAction={autoRefreshAction} /> : null}
      <p className="muted">{t("invisible")}</p>
      <div className="actions">
        <form action={closeSessionViewAction}>
          <input type="hidden" name="sessionId" value={view.id} />
          <input type="hidden" name="back" value={back} />
          <SubmitButton variant="secondary">{t("close")}</SubmitButton>
        </form>
        {/* Without JavaScript the page is as old as its last load: this shows what came since. */}
        {open ? <Link href={self}>{t("refresh")}</Link> : null}
      </div>
      {open ? (
        <p>{t("running")}</p>
      ) : (
        <p className="alert alert-info">
          {t("ended")} {view.ending ? t(`endedHow.${view.ending}`) : null}
        </p>
      )}
      <div className="session-layout">
        <section aria-labelledby="chat-heading" className="console-panel session-chat">
          <h2 id="chat-heading">{t("chat")}</h2>
          <LiveTranscript
            initial={view.events.map(toTranscriptEvent)}
            streamUrl={`${base}/events`}
            side="observer"
            names={{ agent: view.agentName, customer: customerName }}
            timeZone={actor.timeZone}
            locale={actor.language}
            fileUrl={`${base}/files/FILE_ID`}
            labels={{
              you: view.agentName,
              other: customerName,
              system: tt("system"),
              greeting: tt("greeting"),
              fileSent: tt("fileSent"),
              diagnosticsRequested: tt("diagnosticsRequested"),
              diagnosticsReceived: tt("diagnosticsReceived"),
              diagnosticsDeclined: tt("diagnosticsDeclined"),
              screenRequested: tt("screenRequested"),
              screenStarted: tt("screenStarted"),
              screenDeclined: tt("screenDeclined"),
              screenStopped: tt("screenStopped"),
              recordingStarted: tt("recordingStarted"),
              recordingStopped: tt("recordingStopped"),
              recordingLimitReached: tt("recordingLimitReached"),
              ended: tt("ended"),
              connectionLost: tt("connectionLost"),
              logLabel: tt("logLabel"),
            }}
          />
        </section>
        <div className="stack">
          <SessionViewFacts view={view} now={now} />
          <ViewedFiles files={view.files} fileUrl={(id) => `${base}/files/${encodeURIComponent(id)}`} />
          {view.diagnostics.kind === "received" ? <DiagnosticsPanel state={view.diagnostics} open={false} /> : null}
        </div>
      </div>
    </>
  );
}

export async function generateMetadata({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { number } = await orNotFound(sessionViewTitle(actor, (await params).sessionId));
  return { title: (await getTranslations("SessionView"))("title", { number }) };
}
