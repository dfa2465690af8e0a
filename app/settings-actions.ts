"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Realm } from "@/lib/auth/principal";
import { requirePrincipal, settingsPath } from "@/lib/auth/require-principal";
import { flashNotice } from "@/lib/flash/set-flash";
import { formStateFromError } from "@/lib/forms/failed-form";
import { type FormState, text } from "@/lib/forms/form-state";
import { updateMySettings } from "@/lib/users/update-my-settings";

// "Einstellungen speichern" on Meine Einstellungen: one action per realm, nothing bound (decision record 12).

export async function saveManagerSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveMySettings("manager", formData);
}

export async function saveAdminSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveMySettings("admin", formData);
}

export async function saveAgentSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveMySettings("agent", formData);
}

async function saveMySettings(realm: Realm, formData: FormData): Promise<FormState> {
  const principal = await requirePrincipal(realm, { allowPendingPasswordChange: true });
  try {
    await updateMySettings(principal, {
      email: text(formData, "email"),
      timeZone: text(formData, "timeZone"),
      language: text(formData, "language"),
      currentPassword: text(formData, "currentPassword"),
      newPassword: text(formData, "newPassword"),
      newPasswordConfirm: text(formData, "newPasswordConfirm"),
    });
  } catch (error) {
    return formStateFromError(error, formData);
  }
  // Language and time zone show in every layout (shell, html lang, client-side messages): without
  // this, a JavaScript navigation would re-render only the page segment and keep the old language.
  revalidatePath("/", "layout");
  await flashNotice("saved");
  redirect(settingsPath(realm));
}
