"use server";
import { z } from "zod";
import { createApiToken, revokeApiToken } from "@/lib/api/api-tokens";
import { API_TOKENS_PATH } from "@/lib/api/paths";
import type { ApiTokenFormState } from "@/lib/api/token-form-state";
import { withoutNotice } from "@/lib/flash/set-flash";
import { formAction, postAction } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";

/**
 * "API-Token erstellen". The one answer that carries the secret is this action's state: it is
 * rendered into the response to this POST (with or without JavaScript) and kept nowhere else — not
 * in a cookie, not in an address, so a reload or a later page cannot show it again. The domain
 * checks the name and the lifetime (plain form fields, whatever a forged post puts in them) and that
 * the actor is an API manager in person.
 */
export const createApiTokenAction = formAction(
  { signedIn: "manager", fields: z.object({ name: formField.text(), lifetimeDays: formField.text() }) },
  async ({ actor, values }) => {
    const token = await createApiToken(actor, values);
    // No redirect (it would lose the secret): withoutNotice drops an earlier flash and makes Next
    // render the page again into this response, so the list shows the new token beside its secret.
    const state: ApiTokenFormState = {
      fieldErrors: {},
      values: {},
      created: { name: token.name, secret: token.secret, expiresAt: token.expiresAt.toISOString() },
    };
    return { state: await withoutNotice(state) };
  },
);

/** "Widerrufen", confirmed on its own page; the token's id is a hidden field, i.e. user input. */
export const revokeApiTokenAction = postAction(
  { signedIn: "manager", fields: z.object({ tokenId: z.string().min(1).max(100) }) },
  async ({ actor, values }) => {
    await revokeApiToken(actor, values.tokenId);
    return { redirectTo: API_TOKENS_PATH, notice: "apiTokenRevoked" };
  },
);
