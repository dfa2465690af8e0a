"use server";
import { redirect } from "next/navigation";
import type { Principal } from "@/lib/auth/principal";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { type FormState, formStateFromError, submittedValues, text } from "@/lib/forms/form-state";
import { businessHoursAccess } from "@/lib/business-hours/access";
import {
  holidaySetInputFromForm,
  hoursSetInputFromForm,
  MAX_DATE_ROWS,
} from "@/lib/business-hours/form-values";
import { createHoursSet, deleteHoursSet, updateHoursSet } from "@/lib/business-hours/hours-sets";
import {
  createHolidaySet,
  deleteHolidaySet,
  updateHolidaySet,
} from "@/lib/business-hours/holiday-sets";

const LIST = "/manager/business-hours";

export async function createHoursSetAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  let id: string;
  try {
    ({ id } = await orNotFound(createHoursSet(actor, hoursSetInputFromForm(formData))));
  } catch (error) {
    return formStateFromError(error, formData);
  }
  redirect(`${LIST}/hours/${id}?notice=businessHoursCreated`);
}

export async function updateHoursSetAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  const id = text(formData, "setId");
  try {
    await orNotFound(updateHoursSet(actor, id, hoursSetInputFromForm(formData)));
  } catch (error) {
    return formStateFromError(error, formData);
  }
  redirect(`${LIST}/hours/${id}?notice=saved`);
}

export async function deleteHoursSetAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  await orNotFound(deleteHoursSet(actor, text(formData, "setId")));
  redirect(`${LIST}?notice=businessHoursDeleted`);
}

/** "Weitere Termine": the same form back with three more empty rows; nothing is saved. */
async function withMoreDateRows(actor: Principal, formData: FormData): Promise<FormState> {
  await orNotFound(businessHoursAccess(actor));
  const values = submittedValues(formData);
  const rows = Math.min(MAX_DATE_ROWS, (Number(values.dateRows) || 0) + 3);
  return { fieldErrors: {}, values: { ...values, dateRows: String(rows) } };
}

export async function createHolidaySetAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  if (text(formData, "intent") === "addDates") return withMoreDateRows(actor, formData);
  let id: string;
  try {
    ({ id } = await orNotFound(createHolidaySet(actor, holidaySetInputFromForm(formData))));
  } catch (error) {
    return formStateFromError(error, formData);
  }
  redirect(`${LIST}/holidays/${id}?notice=holidaySetCreated`);
}

export async function updateHolidaySetAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  if (text(formData, "intent") === "addDates") return withMoreDateRows(actor, formData);
  const id = text(formData, "setId");
  try {
    await orNotFound(updateHolidaySet(actor, id, holidaySetInputFromForm(formData)));
  } catch (error) {
    return formStateFromError(error, formData);
  }
  redirect(`${LIST}/holidays/${id}?notice=saved`);
}

export async function deleteHolidaySetAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  await orNotFound(deleteHolidaySet(actor, text(formData, "setId")));
  redirect(`${LIST}?notice=holidaySetDeleted`);
}
