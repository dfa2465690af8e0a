"use server";
import { redirect } from "next/navigation";
import type { Principal } from "@/lib/auth/principal";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import type { NoticeKey } from "@/lib/flash/notice-keys";
import { flashNotice } from "@/lib/flash/set-flash";
import { formStateFromError } from "@/lib/forms/failed-form";
import { type FormState, submittedValues, text } from "@/lib/forms/form-state";
import { businessHoursAccess } from "@/lib/business-hours/access";
import type { SetKind } from "@/lib/business-hours/assign-portals";
import { holidaySetInputFromForm, hoursSetInputFromForm, MAX_DATE_ROWS } from "@/lib/business-hours/form-values";
import { createHoursSet, deleteHoursSet, updateHoursSet } from "@/lib/business-hours/hours-sets";
import { createHolidaySet, deleteHolidaySet, updateHolidaySet } from "@/lib/business-hours/holiday-sets";
import { setPath } from "@/lib/business-hours/set-paths";
import { applyRangeChange, rangeChangeOf } from "@/lib/business-hours/week-rows";

const LIST = "/manager/business-hours";

/** Runs a save and shows the set with `notice`; a refused or invalid save comes back as the form's state. */
async function saveAndShow(
  formData: FormData,
  kind: SetKind,
  notice: NoticeKey,
  save: () => Promise<string>,
): Promise<FormState> {
  let id: string;
  try {
    id = await orNotFound(save());
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice(notice);
  redirect(setPath(kind, id));
}

/** "Zeitraum hinzufügen" / "Zeitraum entfernen": the same form back with the week changed; nothing is saved. */
async function withRangeChange(actor: Principal, formData: FormData): Promise<FormState | null> {
  const change = rangeChangeOf(text(formData, "intent"));
  if (!change) return null;
  await orNotFound(businessHoursAccess(actor));
  return { fieldErrors: {}, values: applyRangeChange(submittedValues(formData), change) };
}

export async function createHoursSetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  const changed = await withRangeChange(actor, formData);
  if (changed) return changed;
  return saveAndShow(formData, "hours", "businessHoursCreated", async () => {
    const { id } = await createHoursSet(actor, hoursSetInputFromForm(formData));
    return id;
  });
}

export async function updateHoursSetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  const changed = await withRangeChange(actor, formData);
  if (changed) return changed;
  const id = text(formData, "setId");
  return saveAndShow(formData, "hours", "saved", async () => {
    await updateHoursSet(actor, id, hoursSetInputFromForm(formData));
    return id;
  });
}

export async function deleteHoursSetAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  await orNotFound(deleteHoursSet(actor, text(formData, "setId")));
  await flashNotice("businessHoursDeleted");
  redirect(LIST);
}

/** "Weitere Termine": the same form back with three more empty rows; nothing is saved. */
async function withMoreDateRows(actor: Principal, formData: FormData): Promise<FormState> {
  await orNotFound(businessHoursAccess(actor));
  const values = submittedValues(formData);
  const rows = Math.min(MAX_DATE_ROWS, (Number(values.dateRows) || 0) + 3);
  return { fieldErrors: {}, values: { ...values, dateRows: String(rows) } };
}

export async function createHolidaySetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  if (text(formData, "intent") === "addDates") return withMoreDateRows(actor, formData);
  return saveAndShow(formData, "holiday", "holidaySetCreated", async () => {
    const { id } = await createHolidaySet(actor, holidaySetInputFromForm(formData));
    return id;
  });
}

export async function updateHolidaySetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  if (text(formData, "intent") === "addDates") return withMoreDateRows(actor, formData);
  const id = text(formData, "setId");
  return saveAndShow(formData, "holiday", "saved", async () => {
    await updateHolidaySet(actor, id, holidaySetInputFromForm(formData));
    return id;
  });
}

export async function deleteHolidaySetAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  await orNotFound(deleteHolidaySet(actor, text(formData, "setId")));
  await flashNotice("holidaySetDeleted");
  redirect(LIST);
}
