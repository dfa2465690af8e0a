import Link from "next/link";
import { ConfirmAction } from "@/components/shell/ConfirmAction";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { cancellationPreview } from "@/lib/dashboard/dashboard-actions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { titleOrNotFound } from "@/lib/errors/title-or-not-found";
import { cancelRequestAction } from "../../../actions";

type Props = { params: Promise<{ requestId: string }> };

/**
 * "Anfrage abbrechen" from the Dashboard asks first: it names the customer and where and since when
 * they wait. A request that no longer waits (accepted, cancelled, the customer left) has nothing to
 * cancel: the page says so.
 */
export default async function CancelRequestPage({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { requestId } = await params;
  const preview = await orNotFound(cancellationPreview(actor, requestId));
  const t = await getTranslations("Dashboard.cancelRequest");
  const dashboard = await getTranslations("Dashboard");
  const format = await getFormatter();
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <dl className="facts">
        <dt>{t("customer")}</dt>
        <dd>{preview.customerName || dashboard("noName")}</dd>
        <dt>{t("portal")}</dt>
        <dd>
          {preview.portalName} › {preview.subPortalName}
        </dd>
        <dt>{preview.waiting ? t("since") : t("arrived")}</dt>
        <dd>{format.dateTime(preview.since, { timeStyle: "short" })}</dd>
      </dl>
      {preview.waiting ? (
        <>
          <p>{t("text")}</p>
          <ConfirmAction
            backHref="/manager/dashboard"
            action={cancelRequestAction}
            fields={{ requestId: preview.requestId }}
            confirm={t("confirm")}
            back={t("keep")}
          />
        </>
      ) : (
        <>
          <p>{t("noLongerWaiting")}</p>
          <p>
            <Link href="/manager/dashboard">{dashboard("back")}</Link>
          </p>
        </>
      )}
    </div>
  );
}

export async function generateMetadata({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { requestId } = await params;
  const t = await getTranslations("Dashboard.cancelRequest");
  const dashboard = await getTranslations("Dashboard");
  const pt = await getTranslations("PageTitles");
  return titleOrNotFound(async () =>
    pt("of", {
      object: (await cancellationPreview(actor, requestId)).customerName || dashboard("noName"),
      page: t("title"),
    }),
  );
}
