import { cache } from "react";
import { getTimeZone, getTranslations } from "next-intl/server";
import { CustomerSessionPage } from "@/components/customer-portal/CustomerSessionPage";
import { WaitingRequestPage } from "@/components/customer-portal/WaitingRequestPage";
import { chooseLanguageAction } from "@/app/auth-actions";
import { autoRefreshAction } from "@/app/auto-refresh-actions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { fileSendStatusOf } from "@/components/live/file-send-status";
import type { SearchParams } from "@/lib/forms/page-props";
import { customerRequestView } from "@/lib/live/customer-view";
import {
  customerMessageAction,
  customerSurveyAction,
  diagnosticsAction,
  leaveSessionAction,
  withdrawRequestAction,
} from "./actions";

type Props = { params: Promise<{ portal: string; token: string }>; searchParams: SearchParams };

/** One read per request for the page and its title. */
const viewOf = cache((portal: string, token: string) => orNotFound(customerRequestView(portal, token)));

/** The customer's page for their request: waiting, then the session; the token in the URL is their only key. */
export default async function RequestPage({ params, searchParams }: Props) {
  const { portal, token } = await params;
  const query = await searchParams;
  const view = await viewOf(portal, token);
  const base = `/p/${encodeURIComponent(portal)}/requests/${token}`;
  const target = { portal, token };
  const frameActions = { language: chooseLanguageAction, autoRefresh: autoRefreshAction };
  if (!view.session) {
    return (
      <WaitingRequestPage
        request={view.request}
        refreshHref={base}
        statusUrl={`${base}/status?seen=${view.request.status}`}
        withdrawAction={view.request.status === "waiting" ? withdrawRequestAction.bind(null, target) : undefined}
        frameActions={frameActions}
      />
    );
  }
  return (
    <CustomerSessionPage
      session={view.session}
      base={base}
      timeZone={await getTimeZone()}
      fileStatus={fileSendStatusOf(query)}
      actions={{
        message: customerMessageAction.bind(null, target),
        leave: leaveSessionAction.bind(null, target),
        survey: customerSurveyAction.bind(null, target),
        diagnostics: diagnosticsAction.bind(null, target),
        ...frameActions,
      }}
    />
  );
}

/** The title follows the page's heading: waiting, the chat with the agent, the session ended. */
export async function generateMetadata({ params }: Props) {
  const { portal, token } = await params;
  const { session } = await viewOf(portal, token);
  const t = await getTranslations("CustomerPortal");
  const title = !session
    ? t("waiting.title")
    : session.endedAt
      ? t("session.endedTitle")
      : t("session.title", { agent: session.agentName });
  // A private page: keep it out of search engines (the URL is the key).
  return { title, robots: { index: false, follow: false } };
}
