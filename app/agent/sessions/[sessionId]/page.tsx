import { randomUUID } from "node:crypto";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AgentSurveyForm } from "@/components/agent-console/AgentSurveyForm";
import { ConsoleNotice } from "@/components/agent-console/ConsoleNotice";
import { ConsoleShell } from "@/components/agent-console/ConsoleShell";
import { DiagnosticsPanel } from "@/components/agent-console/DiagnosticsPanel";
import { MessageComposer } from "@/components/agent-console/MessageComposer";
import { SessionFacts } from "@/components/agent-console/SessionFacts";
import { WrapUpForm } from "@/components/agent-console/WrapUpForm";
import { Announce } from "@/components/live/Announce";
import { AgentScreenShareLoader } from "@/components/live/ScreenShareLoader";
import { FileSendForm } from "@/components/live/FileSendForm";
import { fileSendStatusOf } from "@/components/live/file-send-status";
import { LiveTranscript } from "@/components/live/LiveTranscript";
import { NoScriptRefresh } from "@/components/live/NoScriptRefresh";
import { signOutOfAgentConsoleAction } from "@/app/auth-actions";
import { autoRefreshAction } from "@/app/auto-refresh-actions";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { iceServers, maxFileBytes } from "@/lib/config/env";
import { orNotFound } from "@/lib/errors/or-not-found";
import type { SearchParams } from "@/lib/forms/page-props";
import { formatBytes } from "@/lib/i18n/format-bytes";
import { cannedTextsFor } from "@/lib/live/canned-texts";
import { throughHeartbeat } from "@/lib/live/console-heartbeat";
import { diagnosticsStateOf } from "@/lib/live/diagnostics-state";
import { agentSessionView } from "@/lib/live/end-session";
import { type SessionEnding, sessionEnding } from "@/lib/live/session-ending";
import { eventsAfter } from "@/lib/live/messages";
import { sessionFeatures } from "@/lib/live/session-features";
import { screenSharingView } from "@/lib/live/screen-sharing";
import { toTranscriptEvent } from "@/lib/live/session-stream";
import { surveysOf } from "@/lib/live/surveys";
import {
  agentSurveyAction,
  endSessionAction,
  requestDiagnosticsAction,
  sendCannedAction,
  sendMessageAction,
} from "./actions";

/** The banner over an ended session, by how it ended. */
const ENDED_BANNER = {
  customer: "endedByCustomer",
  agent: "endedByAgent",
  signedOut: "endedBySignOut",
  consoleLeft: "endedByConsoleLeft",
} as const satisfies Record<SessionEnding, string>;

type Props = { params: Promise<{ sessionId: string }>; searchParams: SearchParams };

/** Initial transcript size: the stream sends whatever came after these. */
const INITIAL_EVENTS = 5000;

/** One session in the agent console: details, live chat, files, diagnostics, end, survey. */
export default async function AgentSessionPage({ params, searchParams }: Props) {
  const principal = await requirePrincipal("agent");
  const { sessionId } = await params;
  const query = await searchParams;
  const session = await orNotFound(agentSessionView(principal, sessionId));
  const participant = { kind: "agent" as const, actor: principal };
  const [events, features, surveys, canned, screen] = await Promise.all([
    // The transcript; the screen share's handshake is for the screen share alone (its stream sends it).
    eventsAfter(participant, session.id, 0, INITIAL_EVENTS, { withoutSignals: true }),
    sessionFeatures(session),
    surveysOf(session.portalId),
    cannedTextsFor(principal),
    screenSharingView(session.id),
  ]);
  const t = await getTranslations("AgentConsole");
  const ts = await getTranslations("ScreenSharing");
  const format = await getFormatter();
  const open = session.endedAt === null;
  const base = `/agent/sessions/${encodeURIComponent(session.id)}`;
  const customerName = session.customer.name || t("transcript.other");
  const endedText = open ? null : t(`session.${ENDED_BANNER[sessionEnding(session)]}`);

  return (
    <ConsoleShell principal={principal} current="session" signOutAction={signOutOfAgentConsoleAction}>
      <p className="breadcrumb">
        <Link href="/agent">{t("session.back")}</Link>
      </p>
      <h1>{t("session.title", { number: session.number })}</h1>
      {/* The accepted chat (the console moved here) and its end are announced in the live region. */}
      <Announce text={endedText ?? t("session.started", { customer: customerName })} />
      {open ? (
        <NoScriptRefresh
          seconds={20}
          href={base}
          reloadHref={throughHeartbeat(base)}
          toggleAction={autoRefreshAction}
        />
      ) : null}
      <ConsoleNotice />
      {endedText ? <p className="alert alert-info">{endedText}</p> : null}
      <div className="session-layout">
        <section aria-labelledby="chat-heading" className="console-panel session-chat">
          <h2 id="chat-heading">{t("session.chat")}</h2>
          {/* Without JavaScript the transcript is as old as the page: this shows what came since. */}
          <p className="chat-refresh">
            <a href={throughHeartbeat(base)}>{t("session.refresh")}</a>
          </p>
          <LiveTranscript
            initial={events.map(toTranscriptEvent)}
            streamUrl={`${base}/events`}
            side="agent"
            timeZone={principal.timeZone}
            locale={principal.language}
            fileUrl={`${base}/files/FILE_ID`}
            labels={{
              you: t("transcript.you"),
              // Who the customer said they are; "Kunde" where the portal asks for no name.
              other: customerName,
              system: t("transcript.system"),
              greeting: t("transcript.greeting"),
              fileSent: t("transcript.fileSent"),
              diagnosticsRequested: t("transcript.diagnosticsRequested"),
              diagnosticsReceived: t("transcript.diagnosticsReceived"),
              diagnosticsDeclined: t("transcript.diagnosticsDeclined"),
              screenRequested: t("transcript.screenRequested"),
              screenStarted: t("transcript.screenStarted"),
              screenDeclined: t("transcript.screenDeclined"),
              screenStopped: t("transcript.screenStopped"),
              recordingStarted: t("transcript.recordingStarted"),
              recordingStopped: t("transcript.recordingStopped"),
              recordingLimitReached: t("transcript.recordingLimitReached"),
              ended: t("transcript.ended"),
              connectionLost: t("transcript.connectionLost"),
              logLabel: t("transcript.logLabel"),
            }}
          />
          {open ? (
            <MessageComposer
              sendAction={sendMessageAction.bind(null, session.id)}
              cannedAction={sendCannedAction.bind(null, session.id)}
              canned={canned}
              messageKey={randomUUID()}
            />
          ) : null}
        </section>
        <div className="stack">
          {open && features.screenSharing.on ? (
            <section aria-labelledby="screen-heading" className="console-panel">
              <h2 id="screen-heading">{ts("heading")}</h2>
              <AgentScreenShareLoader
                url={`${base}/screen`}
                recordingsUrl={features.sessionRecording.on ? `${base}/recordings` : null}
                initial={screen.share}
                lastEventId={screen.lastEventId}
                iceServers={iceServers()}
                texts={{
                  needsJavaScript: ts("needsJavaScript"),
                  idle: ts("agent.idle"),
                  request: ts("agent.request"),
                  waiting: ts("agent.waiting"),
                  withdraw: ts("agent.withdraw"),
                  connecting: ts("agent.connecting"),
                  sharing: ts("agent.sharing"),
                  stop: ts("agent.stop"),
                  stopped: ts("agent.stopped"),
                  declined: ts("agent.declined"),
                  video: ts("agent.video"),
                  failed: ts("agent.failed"),
                  // Filled in by the page as the bytes grow.
                  recording: ts("agent.recording", { size: "{size}" }),
                  recordingLimit: ts("agent.recordingLimit"),
                  recordingFailed: ts("agent.recordingFailed"),
                }}
              />
            </section>
          ) : null}
          <SessionFacts
            number={session.number}
            portalName={session.portalName}
            subPortalName={session.subPortalName}
            startedAt={session.startedAt}
            endedAt={session.endedAt}
            customer={session.customer}
          />
          {open && features.fileTransferSend.on ? (
            <section aria-labelledby="files-heading" className="console-panel">
              <h2 id="files-heading">{t("files.heading")}</h2>
              <p className="muted">{t("files.help", { size: formatBytes(format, maxFileBytes()) })}</p>
              <FileSendForm
                uploadUrl={`${base}/files`}
                initial={fileSendStatusOf(query)}
                texts={{
                  label: t("files.label"),
                  send: t("files.send"),
                  sending: t("files.sending"),
                  sent: t("files.sent"),
                }}
              />
            </section>
          ) : null}
          {features.diagnostics.on || session.diagnostics !== null ? (
            <DiagnosticsPanel
              state={diagnosticsStateOf(session.diagnostics, events)}
              open={open && features.diagnostics.on}
              requestAction={requestDiagnosticsAction.bind(null, session.id)}
            />
          ) : null}
          <section aria-labelledby="end-heading" className="console-panel">
            <h2 id="end-heading">{open ? t("end.heading") : t("end.wrapUpHeading")}</h2>
            <WrapUpForm
              action={endSessionAction.bind(null, session.id)}
              ended={!open}
              defaults={{ notes: session.notes, outcome: session.outcome }}
            />
          </section>
          {!open && surveys.agent ? (
            <section aria-labelledby="survey-heading" className="console-panel">
              <h2 id="survey-heading">{t("survey.heading")}</h2>
              {session.agentRating !== null ? (
                <p>{t("survey.done", { rating: session.agentRating })}</p>
              ) : (
                <>
                  <p className="muted">{t("survey.intro")}</p>
                  <AgentSurveyForm action={agentSurveyAction.bind(null, session.id)} />
                </>
              )}
            </section>
          ) : null}
        </div>
      </div>
    </ConsoleShell>
  );
}

export async function generateMetadata({ params }: Props) {
  const principal = await requirePrincipal("agent");
  const session = await orNotFound(agentSessionView(principal, (await params).sessionId));
  const t = await getTranslations("AgentConsole");
  return { title: t("session.title", { number: session.number }) };
}
