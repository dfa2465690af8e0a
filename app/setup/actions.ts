"use server";
import { redirect } from "next/navigation";
import { flashNotice } from "@/lib/flash/set-flash";
import { createFirstAdministratorWithCode } from "@/lib/setup/first-run";
import { formStateFromError } from "@/lib/forms/failed-form";
import { type FormState, text } from "@/lib/forms/form-state";

export async function createFirstAdministratorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await createFirstAdministratorWithCode({
      setupCode: text(formData, "setupCode"),
      loginId: text(formData, "loginId"),
      password: text(formData, "password"),
      passwordConfirm: text(formData, "passwordConfirm"),
      language: text(formData, "language"),
      timeZone: text(formData, "timeZone"),
    });
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice("firstRunDone");
  redirect("/admin");
}
