"use server";
import { redirect } from "next/navigation";
import { requestPasswordReset } from "@/lib/password-reset/request-password-reset";
import { type FormState, formStateFromError, text } from "@/lib/forms/form-state";

export async function requestPasswordResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await requestPasswordReset({ loginId: text(formData, "loginId"), loginIdConfirm: text(formData, "loginIdConfirm") });
  } catch (error) {
    return formStateFromError(error, formData);
  }
  const realm = text(formData, "realm") === "admin" ? "admin" : "manager";
  redirect(`/forgot-password?realm=${realm}&sent=1`);
}
