"use server";
import { redirect } from "next/navigation";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { flashNotice } from "@/lib/flash/set-flash";
import { formStateFromError } from "@/lib/forms/failed-form";
import { type FormState, text } from "@/lib/forms/form-state";
import { createPortal } from "@/lib/portals/create-portal";
import { deletePortal } from "@/lib/portals/delete-portal";
import { cancelWaitingRequests } from "@/lib/portals/portal-flood";
import { PORTAL_FEATURES } from "@/lib/portals/portal-features";
import type { PortalSettingsInput } from "@/lib/portals/portal-input";
import { CUSTOMER_FIELDS } from "@/lib/portals/portal-types";
import { createSubPortal, deleteSubPortal, updateSubPortal } from "@/lib/portals/sub-portals";
import { updatePortalSettings } from "@/lib/portals/update-portal-settings";

export async function createPortalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  let id: string;
  try {
    ({ id } = await orNotFound(
      createPortal(actor, {
        name: text(formData, "name"),
        slug: text(formData, "slug"),
        type: text(formData, "type"),
        subPortalName: text(formData, "subPortalName"),
        subPortalSlug: text(formData, "subPortalSlug"),
      }),
    ));
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice("portalCreated");
  redirect(`/manager/portals/${id}`);
}

/** The settings form posts every field of the portal's type and a checkbox per feature. */
function portalSettingsFrom(formData: FormData): PortalSettingsInput {
  const checked = (name: string) => formData.get(name) === "on";
  const fields = Object.fromEntries(
    CUSTOMER_FIELDS.filter((field) => formData.has(`fields.${field}.present`)).map((field) => [
      field,
      {
        shown: checked(`fields.${field}.shown`),
        required: checked(`fields.${field}.required`),
        labelDe: text(formData, `fields.${field}.labelDe`),
        labelEn: text(formData, `fields.${field}.labelEn`),
        helpDe: text(formData, `fields.${field}.helpDe`),
        helpEn: text(formData, `fields.${field}.helpEn`),
      },
    ]),
  );
  return {
    name: text(formData, "name"),
    slug: text(formData, "slug"),
    type: text(formData, "type"),
    queueMode: checked("queueMode"),
    welcomeDe: text(formData, "welcomeDe"),
    welcomeEn: text(formData, "welcomeEn"),
    fields,
    features: Object.fromEntries(PORTAL_FEATURES.map((feature) => [feature, checked(`features.${feature}`)])),
    completedSessionEmail: text(formData, "completedSessionEmail"),
  };
}

export async function updatePortalSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  const id = text(formData, "portalId");
  try {
    await orNotFound(updatePortalSettings(actor, id, portalSettingsFrom(formData)));
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice("saved");
  redirect(`/manager/portals/${id}`);
}

export async function deletePortalAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  await orNotFound(deletePortal(actor, text(formData, "portalId")));
  await flashNotice("portalDeleted");
  redirect("/manager/portals");
}

export async function createSubPortalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  const portalId = text(formData, "portalId");
  try {
    await orNotFound(createSubPortal(actor, portalId, { name: text(formData, "name"), slug: text(formData, "slug") }));
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice("subPortalCreated");
  redirect(`/manager/portals/${portalId}/sub-portals`);
}

export async function updateSubPortalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  const portalId = text(formData, "portalId");
  const id = text(formData, "subPortalId");
  try {
    await orNotFound(
      updateSubPortal(actor, portalId, id, { name: text(formData, "name"), slug: text(formData, "slug") }),
    );
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice("saved");
  redirect(`/manager/portals/${portalId}/sub-portals/${id}`);
}

export async function deleteSubPortalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  const portalId = text(formData, "portalId");
  try {
    await orNotFound(deleteSubPortal(actor, portalId, text(formData, "subPortalId")));
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice("subPortalDeleted");
  redirect(`/manager/portals/${portalId}/sub-portals`);
}

/** "Wartende Anfragen abbrechen": every waiting request of the portal ends, and it takes new ones again. */
export async function cancelWaitingRequestsAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  const portalId = text(formData, "portalId");
  const count = await orNotFound(cancelWaitingRequests(actor, portalId));
  await flashNotice("waitingRequestsCancelled", count);
  redirect(`/manager/portals/${portalId}`);
}
