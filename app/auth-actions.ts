"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { agentHasOpenSessions, joinAgentConsole, leaveAgentConsole } from "@/app/agent/console-presence";
import { authenticate } from "@/lib/auth/authenticate";
import type { Realm } from "@/lib/auth/principal";
import { REALM_PATHS } from "@/lib/auth/realm-paths";
import { endCurrentSession, startSession } from "@/lib/auth/session";
import { type FormState, text } from "@/lib/forms/form-state";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

const landing = (realm: Realm) => REALM_PATHS[realm].landing;

export async function signInAction(realm: Realm, _previous: FormState, formData: FormData): Promise<FormState> {
  const loginId = text(formData, "loginId").trim();
  const password = text(formData, "password");
  const values = { loginId };
  if (!loginId || !password) {
    return {
      fieldErrors: { ...(loginId ? {} : { loginId: "required" }), ...(password ? {} : { password: "required" }) },
      values,
    };
  }
  const result = await authenticate({ realm, loginId, password });
  if (!result.ok) {
    return { fieldErrors: { form: result.reason === "locked" ? "signInLocked" : "signInInvalid" }, values };
  }
  const sessionId = await startSession(result.userId, realm);
  if (realm === "agent") {
    // The agent console: signing in also signs in to the console, within the team's available logins.
    const refused = await joinAgentConsole(sessionId);
    if (refused) return { fieldErrors: { form: refused }, values };
  }
  redirect(landing(realm));
}

export async function signOutAction(realm: Realm, formData?: FormData): Promise<void> {
  if (realm === "agent") {
    // Signing out ends the agent's running sessions: with any open, the console asks first.
    const confirmed = formData ? text(formData, "endSessions") === "1" : false;
    if (!confirmed && (await agentHasOpenSessions())) redirect("/agent/sign-out");
    await leaveAgentConsole();
  }
  await endCurrentSession(realm);
  redirect(`${REALM_PATHS[realm].signIn}?notice=signedOut`);
}

/** The language switch before sign-in: a plain form, so it works without JavaScript. */
export async function chooseLanguageAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  const next = text(formData, "next");
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
  }
  // Only ever go back to a path on this site.
  redirect(next.startsWith("/") && !next.startsWith("//") ? next : "/manager");
}
