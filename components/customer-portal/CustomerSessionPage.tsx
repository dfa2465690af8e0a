import { randomUUID } from "node:crypto";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Announce } from "@/components/live/Announce";
import { CustomerScreenShareLoader } from "@/components/live/ScreenShareLoader";
import { FileSendForm } from "@/components/live/FileSendForm";
import type { FileSendStatus } from "@/components/live/file-send-status";
import { LiveTranscript, type TranscriptEvent } from "@/components/live/LiveTranscript";
import { NoScriptRefresh } from "@/components/live/NoScriptRefresh";
import { PublicPage } from "@/components/shell/PublicPage";
import { iceServers } from "@/lib/config/env";
import type { FormState } from "@/lib/forms/form-state";
import type { ScreenSharingView } from "@/lib/live/screen-sharing";
import { ChatMessageForm } from "./CustomerMessageForm";
import { DiagnosticsConsent } from "./DiagnosticsConsent";
import type { FrameActions } from "./frame-actions";
import { SurveyForm } from "./SurveyForm";
import "./customer-portal.css";

export type CustomerSession = {
  id: string;
  number: string;
  agentName: string;
  endedAt: Date | null;
  events: TranscriptEvent[];
  surveyOpen: boolean;
  diagnosticsPending: boolean;
  mayUpload: boolean;
  /** Bildschirmfreigabe, while the session runs with the feature on; else null. */
  screen: ScreenSharingView | null;
  /** The agent's browser records the shared screen now. */
  recording: boolean;
};

/**
 * The customer's side of a session: the agent, the session ID, the chat, files, diagnostics, the end
 * and the survey. That the chat began (it replaces the waiting page) and that it ended are announced
 * in the live region; without JavaScript the running chat reloads itself.
 */
export async function CustomerSessionPage({
  session,
  base,
  timeZone,
  fileStatus,
  actions,
}: {
  session: CustomerSession;
  /** /p/<portal>/requests/<token> */
  base: string;
  timeZone: string;
  /** How a file sent without JavaScript went (see file-send-status.ts). */
  fileStatus?: FileSendStatus;
  actions: {
    message: (state: FormState, formData: FormData) => Promise<FormState>;
    leave: (formData: FormData) => Promise<void>;
    survey: (state: FormState, formData: FormData) => Promise<FormState>;
    diagnostics: (formData: FormData) => Promise<void>;
  } & FrameActions;
}) {
  const t = await getTranslations("CustomerPortal.session");
  const ts = await getTranslations("ScreenSharing");
  const locale = await getLocale();
  const ended = session.endedAt !== null;
  return (
    <PublicPage
      title={ended ? t("endedTitle") : t("title", { agent: session.agentName })}
      languageAction={actions.language}
    >
      <Announce text={ended ? t("ended") : t("started", { agent: session.agentName })} />
      {ended ? null : <NoScriptRefresh seconds={20} href={base} toggleAction={actions.autoRefresh} />}
      <p className="request-number">
        <span className="request-number-label">{t("sessionId")}</span>
        <strong className="request-number-value">{session.number}</strong>
      </p>
      {ended ? null : (
        // Without JavaScript the transcript is as old as the page: this shows what came since.
        <p className="chat-refresh">
          <Link href={base}>{t("refresh")}</Link>
        </p>
      )}
      {session.recording ? <p className="alert alert-info">{t("recordingNotice")}</p> : null}
      <LiveTranscript
        initial={session.events}
        streamUrl={`${base}/events`}
        side="customer"
        timeZone={timeZone}
        locale={locale}
        fileUrl={`${base}/sessions/${session.id}/files/FILE_ID`}
        labels={{
          you: t("you"),
          other: session.agentName,
          system: t("system"),
          greeting: t("greeting"),
          fileSent: t("fileSent"),
          diagnosticsRequested: t("diagnosticsRequested"),
          diagnosticsReceived: t("diagnosticsReceived"),
          diagnosticsDeclined: t("diagnosticsDeclined"),
          screenRequested: t("screenRequested"),
          screenStarted: t("screenStarted"),
          screenDeclined: t("screenDeclined"),
          screenStopped: t("screenStopped"),
          recordingStarted: t("recordingStarted"),
          recordingStopped: t("recordingStopped"),
          recordingLimitReached: t("recordingLimitReached"),
          ended: t("ended"),
          connectionLost: t("connectionLost"),
          logLabel: t("transcript"),
        }}
      />
      {session.diagnosticsPending && !ended ? (
        <DiagnosticsConsent
          action={actions.diagnostics}
          sessionId={session.id}
          texts={{
            heading: t("diagnosticsHeading"),
            explanation: t("diagnosticsExplanation"),
            agree: t("diagnosticsAgree"),
            decline: t("diagnosticsDecline"),
          }}
        />
      ) : null}
      {ended ? (
        <>
          <p className="alert alert-info">{t("endedText")}</p>
          {session.surveyOpen ? (
            <SurveyForm
              action={actions.survey}
              sessionId={session.id}
              texts={{
                heading: t("surveyHeading"),
                rating: t("surveyRating"),
                ratingLabels: [1, 2, 3, 4, 5].map((n) => t("ratingLabel", { rating: n })),
                comment: t("surveyComment"),
                send: t("surveySend"),
              }}
            />
          ) : null}
        </>
      ) : (
        <>
          <ChatMessageForm
            action={actions.message}
            sessionId={session.id}
            messageKey={randomUUID()}
            label={t("message")}
            sendLabel={t("send")}
          />
          {session.mayUpload ? (
            <FileSendForm
              uploadUrl={`${base}/sessions/${session.id}/files`}
              initial={fileStatus}
              texts={{
                label: t("fileLabel"),
                send: t("fileSend"),
                sending: t("fileSending"),
                sent: t("fileSentStatus"),
              }}
            />
          ) : null}
          {session.screen ? (
            <section aria-labelledby="screen-heading" className="screen-panel">
              <h2 id="screen-heading">{ts("heading")}</h2>
              <CustomerScreenShareLoader
                url={`${base}/screen`}
                initial={session.screen.share}
                lastEventId={session.screen.lastEventId}
                iceServers={iceServers()}
                texts={{
                  needsJavaScript: ts("needsJavaScript"),
                  idle: ts("customer.idle", { agent: session.agentName }),
                  asked: ts("customer.asked", { agent: session.agentName }),
                  share: ts("customer.share"),
                  decline: ts("customer.decline"),
                  sharing: ts("customer.sharing"),
                  stop: ts("customer.stop"),
                  stopped: ts("customer.stopped"),
                  notSupported: ts("customer.notSupported"),
                  failed: ts("customer.failed"),
                }}
              />
            </section>
          ) : null}
          <form action={actions.leave} className="actions">
            <input type="hidden" name="sessionId" value={session.id} />
            <button type="submit" className="button button-secondary">
              {t("leave")}
            </button>
          </form>
        </>
      )}
    </PublicPage>
  );
}
