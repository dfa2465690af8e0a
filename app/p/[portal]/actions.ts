"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { orNotFound } from "@/lib/errors/or-not-found";
import { bound, boundSlug } from "@/lib/forms/bound-argument";
import { formStateFromError } from "@/lib/forms/failed-form";
import { type FormState, text } from "@/lib/forms/form-state";
import { isLocale, defaultLocale } from "@/lib/i18n/locales";
import { CUSTOMER_FIELDS, type CustomerField } from "@/lib/portals/portal-types";
import { clientOf } from "@/lib/http/client";
import { submitSupportRequest } from "@/lib/support-requests/submit-support-request";
import { FIELD_MAX_LENGTH } from "@/lib/support-requests/support-request-input";

export type PortalTarget = { portal: string; subPortal?: string };
const portalTarget = z.object({ portal: boundSlug, subPortal: boundSlug.optional() });

/** The customer fields as sent, and only those; oversized values are cut well past the limit for the echo. */
function fieldValues(formData: FormData): Record<CustomerField, string> {
  return Object.fromEntries(
    CUSTOMER_FIELDS.map((field) => [field, text(formData, field).slice(0, 2 * FIELD_MAX_LENGTH[field])]),
  ) as Record<CustomerField, string>;
}

/** A portal page's form: records the request and sends the customer to their waiting page. */
export async function submitSupportRequestAction(
  boundTarget: unknown,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  // Bound by the page, but back from the client like any field (decision record 12).
  const target: PortalTarget = bound(portalTarget, boundTarget);
  const locale = await getLocale();
  const values = fieldValues(formData);
  let submitted;
  try {
    submitted = await orNotFound(
      submitSupportRequest({
        portalSlug: target.portal,
        subPortalSlug: target.subPortal,
        language: isLocale(locale) ? locale : defaultLocale,
        clientAddress: clientOf(await headers()).address,
        values,
      }),
    );
  } catch (error) {
    const state = await formStateFromError(error, formData);
    return { ...state, values };
  }
  redirect(`/p/${encodeURIComponent(submitted.portalSlug)}/requests/${submitted.token}`);
}
