import { getTranslations } from "next-intl/server";
import { WaitingRequestPage } from "@/components/customer-portal/WaitingRequestPage";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getWaitingRequest } from "@/lib/support-requests/get-waiting-request";

type Props = { params: Promise<{ portal: string; token: string }> };

/** The customer's waiting page; the token in the URL is their only key to it. */
export default async function WaitingPage({ params }: Props) {
  const { portal, token } = await params;
  const request = await orNotFound(getWaitingRequest(portal, token));
  return (
    <WaitingRequestPage
      request={request}
      refreshHref={`/p/${encodeURIComponent(portal)}/requests/${token}`}
    />
  );
}

export async function generateMetadata() {
  const t = await getTranslations("CustomerPortal");
  // A private page: keep it out of search engines (the URL is the key).
  return { title: t("waiting.title"), robots: { index: false, follow: false } };
}
