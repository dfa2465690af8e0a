"use server";
import { cookies, headers } from "next/headers";
import { z } from "zod";
import { agentHasOpenSessions, joinAgentConsole, leaveAgentConsole } from "@/app/agent/console-presence";
import { authenticate } from "@/lib/auth/authenticate";
import type { Realm } from "@/lib/auth/principal";
import { REALM_PATHS } from "@/lib/auth/realm-paths";
import { endCurrentSession, startSession } from "@/lib/auth/session";
import { ValidationError } from "@/lib/errors/domain-errors";
import type { ErrorKey } from "@/lib/errors/error-key";
import { formAction, postAction, type Redirect } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";
import { clientOf } from "@/lib/http/client";
import { safeLocalPath } from "@/lib/http/safe-local-path";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

// One action per realm, and no bound arguments: a bound realm would travel in the form, where a
// client could change it (decision record 12).

/** Both are needed before anything is checked; the password as typed (it may start with a space). */
const signInFields = z.object({
  loginId: formField.required("loginIdRequired"),
  password: z.string({ error: "signInPasswordRequired" }).min(1, "signInPasswordRequired"),
});

const signInTo = (realm: Realm) =>
  formAction({ signedIn: "anyone", fields: signInFields }, async ({ values }) => signIn(realm, values));

export const signInToManagementCenterAction = signInTo("manager");
export const signInToAdminCenterAction = signInTo("admin");
export const signInToAgentConsoleAction = signInTo("agent");

/** A refusal is the form's error (the login stays filled in, the password does not). */
async function signIn(realm: Realm, { loginId, password }: z.output<typeof signInFields>): Promise<Redirect> {
  const result = await authenticate({ realm, loginId, password }, clientOf(await headers()));
  if (!result.ok) {
    const message: ErrorKey =
      result.reason === "locked"
        ? "signInLocked"
        : result.reason === "wrongRealm"
          ? `signInElsewhere.${result.realm}`
          : "signInInvalid";
    throw new ValidationError({ form: message });
  }
  const sessionId = await startSession(result.userId, realm);
  if (realm === "agent") {
    // The agent console: signing in also signs in to the console, within the team's available logins.
    const refused = await joinAgentConsole(sessionId);
    if (refused) throw new ValidationError({ form: refused });
  }
  return { redirectTo: REALM_PATHS[realm].landing };
}

// Signing out needs no sign-in: it works for an expired session too, and while a password change is pending.
const signOutOf = (realm: Realm) =>
  postAction({ signedIn: "anyone", fields: z.object({}) }, async () => signOut(realm));

export const signOutOfManagementCenterAction = signOutOf("manager");
export const signOutOfAdminCenterAction = signOutOf("admin");

export const signOutOfAgentConsoleAction = postAction(
  { signedIn: "anyone", fields: z.object({ endSessions: formField.text() }) },
  async ({ values }) => {
    // Signing out ends the agent's running sessions: with any open, the console asks first.
    if (values.endSessions !== "1" && (await agentHasOpenSessions())) return { redirectTo: "/agent/sign-out" };
    await leaveAgentConsole();
    return signOut("agent");
  },
);

async function signOut(realm: Realm): Promise<Redirect> {
  await endCurrentSession(realm);
  return { redirectTo: REALM_PATHS[realm].signIn, notice: "signedOut" };
}

/** The language switch before sign-in: a plain form, so it works without JavaScript. */
export const chooseLanguageAction = postAction(
  { signedIn: "anyone", fields: z.object({ locale: formField.text(), next: formField.text() }) },
  async ({ values }) => {
    if (isLocale(values.locale)) {
      (await cookies()).set(LOCALE_COOKIE, values.locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
    }
    return { redirectTo: safeLocalPath(values.next, "/manager") };
  },
);
