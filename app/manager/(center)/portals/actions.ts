"use server";
import { z } from "zod";
import { formAction, postAction } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";
import { createPortal } from "@/lib/portals/create-portal";
import { deletePortal } from "@/lib/portals/delete-portal";
import { cancelWaitingRequests } from "@/lib/portals/portal-flood";
import { PORTAL_FEATURES } from "@/lib/portals/portal-features";
import type { PortalSettingsInput } from "@/lib/portals/portal-input";
import { CUSTOMER_FIELDS } from "@/lib/portals/portal-types";
import { createSubPortal, deleteSubPortal, updateSubPortal } from "@/lib/portals/sub-portals";
import { updatePortalSettings } from "@/lib/portals/update-portal-settings";

export const createPortalAction = formAction(
  {
    signedIn: "manager",
    fields: z.object({
      name: formField.text(),
      slug: formField.text(),
      type: formField.text(),
      subPortalName: formField.text(),
      subPortalSlug: formField.text(),
    }),
  },
  async ({ actor, values }) => {
    const { id } = await createPortal(actor, values);
    return { redirectTo: `/manager/portals/${id}`, notice: "portalCreated" };
  },
);

/** A customer field's settings ("fields.<field>.…"); `present` marks the fields of the portal's type. */
const customerFieldForm = z.object({
  present: formField.text(),
  shown: formField.checkbox(),
  required: formField.checkbox(),
  labelDe: formField.text(),
  labelEn: formField.text(),
  helpDe: formField.text(),
  helpEn: formField.text(),
});

/** The settings form posts every field of the portal's type and a checkbox per feature. */
const portalSettingsFields = z.object({
  portalId: formField.text(),
  name: formField.text(),
  slug: formField.text(),
  type: formField.text(),
  queueMode: formField.checkbox(),
  welcomeDe: formField.text(),
  welcomeEn: formField.text(),
  fields: z.record(z.string(), customerFieldForm).default({}),
  features: formField.group(),
  completedSessionEmail: formField.text(),
});

function portalSettingsOf({
  portalId: _portalId,
  fields,
  features,
  ...settings
}: z.output<typeof portalSettingsFields>): PortalSettingsInput {
  return {
    ...settings,
    fields: Object.fromEntries(
      CUSTOMER_FIELDS.flatMap((field) => {
        const { present, ...config } = fields[field] ?? {};
        return present ? [[field, config]] : [];
      }),
    ),
    features: Object.fromEntries(PORTAL_FEATURES.map((feature) => [feature, !!features[feature]])),
  };
}

export const updatePortalSettingsAction = formAction(
  { signedIn: "manager", fields: portalSettingsFields },
  async ({ actor, values }) => {
    await updatePortalSettings(actor, values.portalId, portalSettingsOf(values));
    return { redirectTo: `/manager/portals/${values.portalId}`, notice: "saved" };
  },
);

const portalIdField = z.object({ portalId: formField.text() });

export const deletePortalAction = postAction(
  { signedIn: "manager", fields: portalIdField },
  async ({ actor, values }) => {
    await deletePortal(actor, values.portalId);
    return { redirectTo: "/manager/portals", notice: "portalDeleted" };
  },
);

const subPortalFields = z.object({
  portalId: formField.text(),
  subPortalId: formField.text(),
  name: formField.text(),
  slug: formField.text(),
});

export const createSubPortalAction = formAction(
  { signedIn: "manager", fields: subPortalFields },
  async ({ actor, values: { portalId, name, slug } }) => {
    await createSubPortal(actor, portalId, { name, slug });
    return { redirectTo: `/manager/portals/${portalId}/sub-portals`, notice: "subPortalCreated" };
  },
);

export const updateSubPortalAction = formAction(
  { signedIn: "manager", fields: subPortalFields },
  async ({ actor, values: { portalId, subPortalId, name, slug } }) => {
    await updateSubPortal(actor, portalId, subPortalId, { name, slug });
    return { redirectTo: `/manager/portals/${portalId}/sub-portals/${subPortalId}`, notice: "saved" };
  },
);

/** A form with state: the domain refuses to delete a portal's last sub-portal, with a message. */
export const deleteSubPortalAction = formAction(
  { signedIn: "manager", fields: subPortalFields },
  async ({ actor, values: { portalId, subPortalId } }) => {
    await deleteSubPortal(actor, portalId, subPortalId);
    return { redirectTo: `/manager/portals/${portalId}/sub-portals`, notice: "subPortalDeleted" };
  },
);

/** "Wartende Anfragen abbrechen": every waiting request of the portal ends, and it takes new ones again. */
export const cancelWaitingRequestsAction = postAction(
  { signedIn: "manager", fields: portalIdField },
  async ({ actor, values: { portalId } }) => {
    const count = await cancelWaitingRequests(actor, portalId);
    return { redirectTo: `/manager/portals/${portalId}`, notice: "waitingRequestsCancelled", count };
  },
);
