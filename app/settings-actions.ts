"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Realm } from "@/lib/auth/principal";
import { settingsPath } from "@/lib/auth/require-principal";
import { formAction } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";
import { updateMySettings } from "@/lib/users/update-my-settings";

// "Einstellungen speichern" on Meine Einstellungen: one action per realm, nothing bound (decision record 12).

const mySettingsFields = z.object({
  email: formField.text(),
  timeZone: formField.text(),
  language: formField.text(),
  currentPassword: formField.text(),
  newPassword: formField.text(),
  newPasswordConfirm: formField.text(),
});

/** Works while a password change is pending: this is the page where it is made. */
const saveMySettings = (realm: Realm) =>
  formAction(
    { signedIn: realm, fields: mySettingsFields, allowPendingPasswordChange: true },
    async ({ actor, values }) => {
      await updateMySettings(actor, values);
      // Language and time zone show in every layout (shell, html lang, client-side messages): without
      // this, a JavaScript navigation would re-render only the page segment and keep the old language.
      revalidatePath("/", "layout");
      return { redirectTo: settingsPath(realm), notice: "saved" };
    },
  );

export const saveManagerSettingsAction = saveMySettings("manager");
export const saveAdminSettingsAction = saveMySettings("admin");
export const saveAgentSettingsAction = saveMySettings("agent");
