"use server";
import { redirect } from "next/navigation";
import { createFirstAdministrator } from "@/lib/setup/first-run";
import { type FormState, formStateFromError, text } from "@/lib/forms/form-state";

export async function createFirstAdministratorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let created;
  try {
    created = await createFirstAdministrator(
      {
        loginId: text(formData, "loginId"),
        password: text(formData, "password"),
        passwordConfirm: text(formData, "passwordConfirm"),
        language: text(formData, "language"),
        timeZone: text(formData, "timeZone"),
      },
      { type: "system", label: "first-run" },
    );
  } catch (error) {
    return formStateFromError(error, formData);
  }
  // Null means an administrator already existed: nothing was created, go sign in.
  redirect(created ? "/admin?notice=firstRunDone" : "/admin");
}
