import { getFormatter, getTranslations } from "next-intl/server";
import { Announce } from "@/components/live/Announce";
import { LiveRefresh } from "@/components/live/LiveRefresh";
import { NoScriptRefresh } from "@/components/live/NoScriptRefresh";
import { PublicPage } from "@/components/shell/PublicPage";
import type { FrameActions } from "./frame-actions";
import type { WaitingRequest } from "@/lib/support-requests/get-waiting-request";
import "./customer-portal.css";

const STATUSES = ["waiting", "abandoned", "noAgentResponse", "cancelled", "agentUnavailable"] as const;
const isKnownStatus = (status: string): status is (typeof STATUSES)[number] =>
  (STATUSES as readonly string[]).includes(status);

/**
 * The customer's page after sending a request: the request number and what happens next. While it
 * waits, the page follows the request's status stream and turns into the chat once an agent accepts
 * (without JavaScript it reloads itself); a changed status is announced in the live region.
 */
export async function WaitingRequestPage({
  request,
  refreshHref,
  statusUrl,
  withdrawAction,
  frameActions,
}: {
  request: WaitingRequest;
  refreshHref: string;
  statusUrl: string;
  /** "Anfrage zurückziehen", while the request waits. */
  withdrawAction?: () => Promise<void>;
  frameActions: FrameActions;
}) {
  const t = await getTranslations("CustomerPortal");
  const format = await getFormatter();
  const waiting = request.status === "waiting";
  const status = t(`waiting.statuses.${isKnownStatus(request.status) ? request.status : "other"}`);
  const whatNext = waiting
    ? t("waiting.next")
    : request.status === "agentUnavailable"
      ? t(
          request.portalType === "connectionCode"
            ? "waiting.closed.codeAgentUnavailable"
            : "waiting.closed.agentUnavailable",
        )
      : t(`waiting.closed.${isKnownStatus(request.status) && request.status !== "waiting" ? request.status : "other"}`);
  return (
    <PublicPage title={t("waiting.title")} languageAction={frameActions.language}>
      {waiting ? <NoScriptRefresh seconds={15} href={refreshHref} toggleAction={frameActions.autoRefresh} /> : null}
      <p className="request-number">
        <span className="request-number-label">{t("waiting.number")}</span>
        <strong className="request-number-value">{request.id}</strong>
      </p>
      {waiting ? <LiveRefresh streamUrl={statusUrl} events={["status"]} once /> : null}
      <p className="alert alert-info">{whatNext}</p>
      <Announce text={whatNext} />
      {request.status === "agentUnavailable" ? (
        <p>
          <a href={request.portalPath}>
            {t(request.portalType === "agentSelection" ? "waiting.chooseAnother" : "waiting.tryAgain")}
          </a>
        </p>
      ) : null}
      <h2>{t("waiting.details")}</h2>
      <dl className="facts">
        <dt>{t("waiting.status")}</dt>
        <dd>{status}</dd>
        <dt>{t("waiting.portal")}</dt>
        <dd>
          {request.portalName} › {request.subPortalName}
        </dd>
        <dt>{t("waiting.receivedAt")}</dt>
        <dd>{format.dateTime(request.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
        {request.customerName ? (
          <>
            <dt>{t("waiting.name")}</dt>
            <dd>{request.customerName}</dd>
          </>
        ) : null}
        {request.problem ? (
          <>
            <dt>{t("waiting.problem")}</dt>
            <dd className="portal-text">{request.problem}</dd>
          </>
        ) : null}
      </dl>
      <p className="muted">{t("waiting.keepLink")}</p>
      {waiting ? (
        <div className="actions">
          <a href={refreshHref}>{t("waiting.refresh")}</a>
          {withdrawAction ? (
            <form action={withdrawAction}>
              <button type="submit" className="button button-secondary">
                {t("waiting.withdraw")}
              </button>
            </form>
          ) : null}
        </div>
      ) : null}
    </PublicPage>
  );
}
