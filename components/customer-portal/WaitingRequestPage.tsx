import { getFormatter, getTranslations } from "next-intl/server";
import { PublicPage } from "@/components/shell/PublicPage";
import type { WaitingRequest } from "@/lib/support-requests/get-waiting-request";
import "./customer-portal.css";

/**
 * The customer's page after sending a request: the request number and what happens next. The next
 * issue's customer chat lives here.
 */
export async function WaitingRequestPage({
  request,
  refreshHref,
}: {
  request: WaitingRequest;
  refreshHref: string;
}) {
  const t = await getTranslations("CustomerPortal");
  const format = await getFormatter();
  const status =
    request.status === "waiting" ? t("waiting.statuses.waiting") : t("waiting.statuses.other");
  return (
    <PublicPage title={t("waiting.title")}>
      <p className="request-number">
        <span className="request-number-label">{t("waiting.number")}</span>
        <strong className="request-number-value">{request.id}</strong>
      </p>
      <p role="status" className="alert alert-info">
        {t("waiting.next")}
      </p>
      <h2>{t("waiting.details")}</h2>
      <dl className="facts">
        <dt>{t("waiting.status")}</dt>
        <dd>{status}</dd>
        <dt>{t("waiting.portal")}</dt>
        <dd>{request.portalName}</dd>
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
      <p>
        <a href={refreshHref}>{t("waiting.refresh")}</a>
      </p>
    </PublicPage>
  );
}
