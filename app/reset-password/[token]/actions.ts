"use server";
import { redirect } from "next/navigation";
import { flashNotice } from "@/lib/flash/set-flash";
import { resetPasswordWithToken } from "@/lib/password-reset/reset-password-with-token";
import { bound, boundSlug } from "@/lib/forms/bound-argument";
import { formStateFromError } from "@/lib/forms/failed-form";
import { type FormState, text } from "@/lib/forms/form-state";

export async function resetPasswordAction(
  boundToken: unknown,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  // Bound by the page, but back from the client like any field (decision record 12).
  const token = bound(boundSlug, boundToken);
  let realm;
  try {
    ({ realm } = await resetPasswordWithToken(token, {
      password: text(formData, "password"),
      passwordConfirm: text(formData, "passwordConfirm"),
    }));
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice("passwordResetDone");
  redirect(`/${realm}`);
}
