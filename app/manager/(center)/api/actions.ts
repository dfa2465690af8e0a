"use server";
import { redirect } from "next/navigation";
import { createApiToken, revokeApiToken } from "@/lib/api/api-tokens";
import { API_TOKENS_PATH } from "@/lib/api/paths";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { flashNotice, withoutNotice } from "@/lib/flash/set-flash";
import { formStateFromError } from "@/lib/forms/failed-form";
import { boundId } from "@/lib/forms/bound-argument";
import { text } from "@/lib/forms/form-state";
import type { ApiTokenFormState } from "@/lib/api/token-form-state";

/**
 * "API-Token erstellen". The one answer that carries the secret is this action's state: it is
 * rendered into the response to this POST (with or without JavaScript) and kept nowhere else — not
 * in a cookie, not in an address, so a reload or a later page cannot show it again. The domain
 * checks the name and the lifetime (plain form fields, whatever a forged post puts in them) and that
 * the actor is an API manager in person.
 */
export async function createApiTokenAction(
  _previous: ApiTokenFormState,
  formData: FormData,
): Promise<ApiTokenFormState> {
  const actor = await requirePrincipal("manager");
  try {
    const token = await orNotFound(
      createApiToken(actor, { name: text(formData, "name"), lifetimeDays: text(formData, "lifetimeDays") }),
    );
    // No redirect (it would lose the secret): withoutNotice drops an earlier flash and makes Next
    // render the page again into this response, so the list shows the new token beside its secret.
    return await withoutNotice({
      fieldErrors: {},
      values: {},
      created: { name: token.name, secret: token.secret, expiresAt: token.expiresAt.toISOString() },
    });
  } catch (error) {
    return formStateFromError(error, formData);
  }
}

/** "Widerrufen", confirmed on its own page; the token's id is a hidden field, i.e. user input. */
export async function revokeApiTokenAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  await orNotFound(revokeApiToken(actor, boundId(text(formData, "tokenId"))));
  await flashNotice("apiTokenRevoked");
  redirect(API_TOKENS_PATH);
}
