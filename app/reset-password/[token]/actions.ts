"use server";
import { z } from "zod";
import { boundKey } from "@/lib/forms/bound-argument";
import { formAction } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";
import { resetPasswordWithToken } from "@/lib/password-reset/reset-password-with-token";

/** The token is bound by the page, but back from the client like any field (decision record 12). */
export const resetPasswordAction = formAction(
  {
    signedIn: "anyone",
    bound: boundKey,
    fields: z.object({ password: formField.text(), passwordConfirm: formField.text() }),
  },
  async ({ bound: token, values }) => {
    const { realm } = await resetPasswordWithToken(token, values);
    return { redirectTo: `/${realm}`, notice: "passwordResetDone" };
  },
);
