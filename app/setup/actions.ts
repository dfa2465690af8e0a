"use server";
import { z } from "zod";
import { formAction } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";
import { createFirstAdministratorWithCode } from "@/lib/setup/first-run";

export const createFirstAdministratorAction = formAction(
  {
    signedIn: "anyone",
    fields: z.object({
      setupCode: formField.text(),
      loginId: formField.text(),
      password: formField.text(),
      passwordConfirm: formField.text(),
      language: formField.text(),
      timeZone: formField.text(),
    }),
  },
  async ({ values }) => {
    await createFirstAdministratorWithCode(values);
    return { redirectTo: "/admin", notice: "firstRunDone" };
  },
);
