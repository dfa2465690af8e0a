"use server";
import { redirect } from "next/navigation";
import { resetPasswordWithToken } from "@/lib/password-reset/reset-password-with-token";
import { type FormState, formStateFromError, text } from "@/lib/forms/form-state";

export async function resetPasswordAction(token: string, _previous: FormState, formData: FormData): Promise<FormState> {
  let realm;
  try {
    ({ realm } = await resetPasswordWithToken(token, {
      password: text(formData, "password"),
      passwordConfirm: text(formData, "passwordConfirm"),
    }));
  } catch (error) {
    return formStateFromError(error, formData);
  }
  redirect(`/${realm}?notice=passwordResetDone`);
}
