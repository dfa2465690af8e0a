"use server";
import { z } from "zod";
import { updateAccountGrants } from "@/lib/admin/account-grants";
import { createCompanyManager, resetUserPassword, setCompanyManagerDisabled } from "@/lib/admin/company-managers";
import { deleteCompanyManager } from "@/lib/admin/delete-company-manager";
import { updateCompanyManager } from "@/lib/admin/update-company-manager";
import { ValidationError } from "@/lib/errors/domain-errors";
import { boundKey } from "@/lib/forms/bound-argument";
import { formAction, postAction } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";

const managerPage = (managerId: string) => `/admin/managers/${managerId}`;

export const saveAccountGrantsAction = postAction(
  {
    signedIn: "admin",
    fields: z.object({
      companyManagersMayChangePortals: formField.checkbox(),
      companyManagersMayCreateApiManagers: formField.checkbox(),
      localRecordingAllowed: formField.checkbox(),
    }),
  },
  async ({ actor, values }) => {
    await updateAccountGrants(actor, values);
    return { redirectTo: "/admin/overview", notice: "grantsSaved" };
  },
);

export const createCompanyManagerAction = formAction(
  {
    signedIn: "admin",
    fields: z.object({
      loginId: formField.text(),
      email: formField.text(),
      name: formField.text(),
      language: formField.text(),
      password: formField.text(),
      passwordConfirm: formField.text(),
    }),
  },
  async ({ actor, values }) => {
    await createCompanyManager(actor, values);
    return { redirectTo: "/admin/overview", notice: "managerCreated" };
  },
);

export const setCompanyManagerDisabledAction = postAction(
  { signedIn: "admin", bound: boundKey, fields: z.object({ intent: formField.text() }) },
  async ({ actor, bound: managerId, values }) => {
    const disabled = values.intent === "disable";
    await setCompanyManagerDisabled(actor, managerId, disabled);
    return { redirectTo: managerPage(managerId), notice: disabled ? "managerDisabled" : "managerEnabled" };
  },
);

export const resetCompanyManagerPasswordAction = formAction(
  {
    signedIn: "admin",
    bound: boundKey,
    fields: z.object({ password: formField.text(), passwordConfirm: formField.text() }),
  },
  async ({ actor, bound: managerId, values }) => {
    await resetUserPassword(actor, { userId: managerId }, values);
    return { redirectTo: managerPage(managerId), notice: "managerPasswordReset" };
  },
);

export const updateCompanyManagerAction = formAction(
  {
    signedIn: "admin",
    bound: boundKey,
    fields: z.object({ name: formField.text(), loginId: formField.text(), email: formField.text() }),
  },
  async ({ actor, bound: managerId, values }) => {
    await updateCompanyManager(actor, managerId, values);
    return { redirectTo: managerPage(managerId), notice: "managerUpdated" };
  },
);

/** The OK of the confirmation page (/admin/managers/[id]/delete). */
export const deleteCompanyManagerAction = postAction(
  { signedIn: "admin", bound: boundKey, fields: z.object({}) },
  async ({ actor, bound: managerId }) => {
    try {
      await deleteCompanyManager(actor, managerId);
    } catch (error) {
      // The last active company manager: the confirmation page says why, and offers no OK.
      if (error instanceof ValidationError) return { redirectTo: `${managerPage(managerId)}/delete` };
      throw error;
    }
    return { redirectTo: "/admin/overview", notice: "managerDeleted" };
  },
);
