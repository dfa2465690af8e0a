"use server";
import { headers } from "next/headers";
import { after } from "next/server";
import { z } from "zod";
import { formAction } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";
import { clientOf } from "@/lib/http/client";
import { requestPasswordReset } from "@/lib/password-reset/request-password-reset";
import { realmOfForm } from "./realm-of-form";

export const requestPasswordResetAction = formAction(
  {
    signedIn: "anyone",
    fields: z.object({ loginId: formField.text(), loginIdConfirm: formField.text(), realm: formField.text() }),
  },
  async ({ values: { realm, ...input } }) => {
    const { deliver } = await requestPasswordReset(input, clientOf(await headers()));
    // After the answer: whether the login exists must not show in how long the answer takes.
    after(deliver);
    return { redirectTo: `/forgot-password?realm=${realmOfForm(realm)}&sent=1` };
  },
);
