"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { requestPasswordReset } from "@/lib/password-reset/request-password-reset";
import { formStateFromError } from "@/lib/forms/failed-form";
import { type FormState, text } from "@/lib/forms/form-state";
import { clientOf } from "@/lib/http/client";
import { realmOfForm } from "./realm-of-form";

export async function requestPasswordResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const { deliver } = await requestPasswordReset(
      { loginId: text(formData, "loginId"), loginIdConfirm: text(formData, "loginIdConfirm") },
      clientOf(await headers()),
    );
    // After the answer: whether the login exists must not show in how long the answer takes.
    after(deliver);
  } catch (error) {
    return formStateFromError(error, formData);
  }
  const realm = realmOfForm(text(formData, "realm"));
  redirect(`/forgot-password?realm=${realm}&sent=1`);
}
