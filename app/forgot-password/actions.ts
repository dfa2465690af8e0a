"use server";
import { redirect } from "next/navigation";
import { requestPasswordReset } from "@/lib/password-reset/request-password-reset";
import { type FormState, formStateFromError, text } from "@/lib/forms/form-state";
import { realmOfForm } from "./realm-of-form";

export async function requestPasswordResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await requestPasswordReset({
      loginId: text(formData, "loginId"),
      loginIdConfirm: text(formData, "loginIdConfirm"),
    });
  } catch (error) {
    return formStateFromError(error, formData);
  }
  const realm = realmOfForm(text(formData, "realm"));
  redirect(`/forgot-password?realm=${realm}&sent=1`);
}
