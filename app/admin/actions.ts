"use server";
import { redirect } from "next/navigation";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { updateAccountGrants } from "@/lib/admin/account-grants";
import { createCompanyManager, resetUserPassword, setCompanyManagerDisabled } from "@/lib/admin/company-managers";
import { deleteCompanyManager } from "@/lib/admin/delete-company-manager";
import { updateCompanyManager } from "@/lib/admin/update-company-manager";
import { ValidationError } from "@/lib/errors/domain-errors";
import { orNotFound } from "@/lib/errors/or-not-found";
import { flashNotice } from "@/lib/flash/set-flash";
import { boundId } from "@/lib/forms/bound-argument";
import { formStateFromError } from "@/lib/forms/failed-form";
import { type FormState, text } from "@/lib/forms/form-state";

export async function saveAccountGrantsAction(formData: FormData): Promise<void> {
  const admin = await requirePrincipal("admin");
  await updateAccountGrants(admin, {
    companyManagersMayChangePortals: formData.get("companyManagersMayChangePortals") === "on",
    companyManagersMayCreateApiManagers: formData.get("companyManagersMayCreateApiManagers") === "on",
    localRecordingAllowed: formData.get("localRecordingAllowed") === "on",
  });
  await flashNotice("grantsSaved");
  redirect("/admin/overview");
}

export async function createCompanyManagerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requirePrincipal("admin");
  try {
    await createCompanyManager(admin, {
      loginId: text(formData, "loginId"),
      email: text(formData, "email"),
      name: text(formData, "name"),
      language: text(formData, "language"),
      password: text(formData, "password"),
      passwordConfirm: text(formData, "passwordConfirm"),
    });
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice("managerCreated");
  redirect("/admin/overview");
}

export async function setCompanyManagerDisabledAction(boundManagerId: unknown, formData: FormData): Promise<void> {
  const admin = await requirePrincipal("admin");
  const managerId = boundId(boundManagerId);
  const disabled = formData.get("intent") === "disable";
  await orNotFound(setCompanyManagerDisabled(admin, managerId, disabled));
  await flashNotice(disabled ? "managerDisabled" : "managerEnabled");
  redirect(`/admin/managers/${managerId}`);
}

export async function resetCompanyManagerPasswordAction(
  boundManagerId: unknown,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const admin = await requirePrincipal("admin");
  const managerId = boundId(boundManagerId);
  try {
    await orNotFound(
      resetUserPassword(
        admin,
        { userId: managerId },
        {
          password: text(formData, "password"),
          passwordConfirm: text(formData, "passwordConfirm"),
        },
      ),
    );
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice("managerPasswordReset");
  redirect(`/admin/managers/${managerId}`);
}

export async function updateCompanyManagerAction(
  boundManagerId: unknown,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const admin = await requirePrincipal("admin");
  const managerId = boundId(boundManagerId);
  try {
    await orNotFound(
      updateCompanyManager(admin, managerId, {
        name: text(formData, "name"),
        loginId: text(formData, "loginId"),
        email: text(formData, "email"),
      }),
    );
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice("managerUpdated");
  redirect(`/admin/managers/${managerId}`);
}

/** The OK of the confirmation page (/admin/managers/[id]/delete). */
export async function deleteCompanyManagerAction(boundManagerId: unknown): Promise<void> {
  const admin = await requirePrincipal("admin");
  const managerId = boundId(boundManagerId);
  try {
    await orNotFound(deleteCompanyManager(admin, managerId));
  } catch (error) {
    // The last active company manager: the confirmation page says why, and offers no OK.
    if (error instanceof ValidationError) redirect(`/admin/managers/${managerId}/delete`);
    throw error;
  }
  await flashNotice("managerDeleted");
  redirect("/admin/overview");
}
