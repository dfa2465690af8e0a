"use server";
import { z } from "zod";
import type { Principal } from "@/lib/auth/principal";
import { formAction, postAction, type SameForm } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";
import { type FormState, submittedValues } from "@/lib/forms/form-state";
import { businessHoursAccess } from "@/lib/business-hours/access";
import { MAX_DATE_ROWS } from "@/lib/business-hours/form-values";
import { createHoursSet, deleteHoursSet, updateHoursSet } from "@/lib/business-hours/hours-sets";
import { createHolidaySet, deleteHolidaySet, updateHolidaySet } from "@/lib/business-hours/holiday-sets";
import {
  holidaySetFields,
  holidaySetInputOf,
  hoursSetFields,
  hoursSetInputOf,
} from "@/lib/business-hours/set-form-fields";
import { setPath } from "@/lib/business-hours/set-paths";
import { applyRangeChange, rangeChangeOf } from "@/lib/business-hours/week-rows";

const LIST = "/manager/business-hours";

/** "Zeitraum hinzufügen" / "Zeitraum entfernen": the same form back with the week changed; nothing is saved. */
async function withRangeChange(
  actor: Principal,
  intent: string,
  formData: FormData,
): Promise<SameForm<FormState> | null> {
  const change = rangeChangeOf(intent);
  if (!change) return null;
  await businessHoursAccess(actor);
  return { state: { fieldErrors: {}, values: applyRangeChange(submittedValues(formData), change) } };
}

export const createHoursSetAction = formAction(
  { signedIn: "manager", fields: hoursSetFields },
  async ({ actor, values, formData }) => {
    const changed = await withRangeChange(actor, values.intent, formData);
    if (changed) return changed;
    const { id } = await createHoursSet(actor, hoursSetInputOf(values));
    return { redirectTo: setPath("hours", id), notice: "businessHoursCreated" };
  },
);

export const updateHoursSetAction = formAction(
  { signedIn: "manager", fields: hoursSetFields },
  async ({ actor, values, formData }) => {
    const changed = await withRangeChange(actor, values.intent, formData);
    if (changed) return changed;
    await updateHoursSet(actor, values.setId, hoursSetInputOf(values));
    return { redirectTo: setPath("hours", values.setId), notice: "saved" };
  },
);

const setIdField = z.object({ setId: formField.text() });

export const deleteHoursSetAction = postAction(
  { signedIn: "manager", fields: setIdField },
  async ({ actor, values }) => {
    await deleteHoursSet(actor, values.setId);
    return { redirectTo: LIST, notice: "businessHoursDeleted" };
  },
);

/** "Weitere Termine": the same form back with three more empty rows; nothing is saved. */
async function withMoreDateRows(actor: Principal, dateRows: string, formData: FormData): Promise<SameForm<FormState>> {
  await businessHoursAccess(actor);
  const rows = Math.min(MAX_DATE_ROWS, (Number(dateRows) || 0) + 3);
  return { state: { fieldErrors: {}, values: { ...submittedValues(formData), dateRows: String(rows) } } };
}

export const createHolidaySetAction = formAction(
  { signedIn: "manager", fields: holidaySetFields },
  async ({ actor, values, formData }) => {
    if (values.intent === "addDates") return withMoreDateRows(actor, values.dateRows, formData);
    const { id } = await createHolidaySet(actor, holidaySetInputOf(values));
    return { redirectTo: setPath("holiday", id), notice: "holidaySetCreated" };
  },
);

export const updateHolidaySetAction = formAction(
  { signedIn: "manager", fields: holidaySetFields },
  async ({ actor, values, formData }) => {
    if (values.intent === "addDates") return withMoreDateRows(actor, values.dateRows, formData);
    await updateHolidaySet(actor, values.setId, holidaySetInputOf(values));
    return { redirectTo: setPath("holiday", values.setId), notice: "saved" };
  },
);

export const deleteHolidaySetAction = postAction(
  { signedIn: "manager", fields: setIdField },
  async ({ actor, values }) => {
    await deleteHolidaySet(actor, values.setId);
    return { redirectTo: LIST, notice: "holidaySetDeleted" };
  },
);
