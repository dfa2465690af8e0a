import "server-only";
import { cache } from "react";
import { CustomerPortalPage } from "@/components/customer-portal/CustomerPortalPage";
import { portalOpeningState } from "@/lib/business-hours/portal-opening-state";
import { chooseLanguageAction } from "@/app/auth-actions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { findPublicPortal } from "@/lib/portals/public-portal";
import { type PortalTarget, submitSupportRequestAction } from "./actions";

// One lookup per request, shared by the page and its metadata.
const loadPortal = cache((portal: string, subPortal?: string) => orNotFound(findPublicPortal(portal, subPortal)));

/** /p/<portal> and /p/<portal>/<sub-portal>: the same page for the chosen sub-portal. */
export async function renderPortalPage(target: PortalTarget, searchParams: SearchParams) {
  const portal = await loadPortal(target.portal, target.subPortal);
  const opening = await portalOpeningState(portal.id, new Date());
  // Set by proxy.ts when it refuses an oversized form post.
  const error = firstParam((await searchParams).error) === "requestTooLarge" ? "requestTooLarge" : undefined;
  return (
    <CustomerPortalPage
      portal={portal}
      opening={opening}
      error={error}
      action={submitSupportRequestAction.bind(null, target)}
      languageAction={chooseLanguageAction}
    />
  );
}

export async function portalPageMetadata(target: PortalTarget) {
  const portal = await loadPortal(target.portal, target.subPortal);
  return { title: portal.name };
}
