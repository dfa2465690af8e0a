"use server";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { boundKey } from "@/lib/forms/bound-argument";
import { formAction } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";
import { clientOf } from "@/lib/http/client";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { CUSTOMER_FIELDS, type CustomerField } from "@/lib/portals/portal-types";
import { submitSupportRequest } from "@/lib/support-requests/submit-support-request";
import { FIELD_MAX_LENGTH } from "@/lib/support-requests/support-request-input";

export type PortalTarget = { portal: string; subPortal?: string };
const portalTarget = z.object({ portal: boundKey, subPortal: boundKey.optional() });

const cutTo = (length: number) => formField.text().transform((value) => value.slice(0, length));

/**
 * The customer fields as sent, and only those; oversized values are cut well past the limit, so the
 * domain still says "too long", and a failed form shows only these, cut (`echo: "read"`).
 */
const customerFields = z.object(
  Object.fromEntries(CUSTOMER_FIELDS.map((field) => [field, cutTo(2 * FIELD_MAX_LENGTH[field])])) as Record<
    CustomerField,
    ReturnType<typeof cutTo>
  >,
);

/** A portal page's form: records the request and sends the customer to their waiting page. */
export const submitSupportRequestAction = formAction(
  { signedIn: "anyone", bound: portalTarget, fields: customerFields, echo: "read" },
  async ({ bound: target, values }) => {
    const locale = await getLocale();
    const submitted = await submitSupportRequest({
      portalSlug: target.portal,
      subPortalSlug: target.subPortal,
      language: isLocale(locale) ? locale : defaultLocale,
      clientAddress: clientOf(await headers()).address,
      values,
    });
    return { redirectTo: `/p/${encodeURIComponent(submitted.portalSlug)}/requests/${submitted.token}` };
  },
);
