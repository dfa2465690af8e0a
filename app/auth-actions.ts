"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { agentHasOpenSessions, joinAgentConsole, leaveAgentConsole } from "@/app/agent/console-presence";
import { authenticate } from "@/lib/auth/authenticate";
import type { Realm } from "@/lib/auth/principal";
import { REALM_PATHS } from "@/lib/auth/realm-paths";
import { endCurrentSession, startSession } from "@/lib/auth/session";
import type { ErrorKey } from "@/lib/errors/error-key";
import { flashNotice } from "@/lib/flash/set-flash";
import { failedForm } from "@/lib/forms/failed-form";
import { type FormState, text } from "@/lib/forms/form-state";
import { clientOf } from "@/lib/http/client";
import { safeLocalPath } from "@/lib/http/safe-local-path";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

// One action per realm, and no bound arguments: a bound realm would travel in the form, where a
// client could change it (decision record 12).

export async function signInToManagementCenterAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return signIn("manager", formData);
}

export async function signInToAdminCenterAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return signIn("admin", formData);
}

export async function signInToAgentConsoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return signIn("agent", formData);
}

async function signIn(realm: Realm, formData: FormData): Promise<FormState> {
  const loginId = text(formData, "loginId").trim();
  const password = text(formData, "password");
  const values = { loginId };
  if (!loginId || !password) {
    return failedForm({
      fieldErrors: {
        ...(loginId ? {} : { loginId: "loginIdRequired" }),
        ...(password ? {} : { password: "signInPasswordRequired" }),
      },
      values,
    });
  }
  const result = await authenticate({ realm, loginId, password }, clientOf(await headers()));
  if (!result.ok) {
    const message: ErrorKey =
      result.reason === "locked"
        ? "signInLocked"
        : result.reason === "wrongRealm"
          ? `signInElsewhere.${result.realm}`
          : "signInInvalid";
    return failedForm({ fieldErrors: { form: message }, values });
  }
  const sessionId = await startSession(result.userId, realm);
  if (realm === "agent") {
    // The agent console: signing in also signs in to the console, within the team's available logins.
    const refused = await joinAgentConsole(sessionId);
    if (refused) return failedForm({ fieldErrors: { form: refused }, values });
  }
  redirect(REALM_PATHS[realm].landing);
}

export async function signOutOfManagementCenterAction(): Promise<void> {
  await signOut("manager");
}

export async function signOutOfAdminCenterAction(): Promise<void> {
  await signOut("admin");
}

export async function signOutOfAgentConsoleAction(formData?: FormData): Promise<void> {
  // Signing out ends the agent's running sessions: with any open, the console asks first.
  const confirmed = formData ? text(formData, "endSessions") === "1" : false;
  if (!confirmed && (await agentHasOpenSessions())) redirect("/agent/sign-out");
  await leaveAgentConsole();
  await signOut("agent");
}

async function signOut(realm: Realm): Promise<void> {
  await endCurrentSession(realm);
  await flashNotice("signedOut");
  redirect(REALM_PATHS[realm].signIn);
}

/** The language switch before sign-in: a plain form, so it works without JavaScript. */
export async function chooseLanguageAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  const next = text(formData, "next");
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
  }
  redirect(safeLocalPath(next, "/manager"));
}
