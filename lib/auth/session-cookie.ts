import "server-only";
import { decode, encode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { publicUrl } from "@/lib/config/env";
import type { Realm } from "./principal";
import { authSecret } from "./secret";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export async function isSecureRequest(): Promise<boolean> {
  if (publicUrl().startsWith("https:")) return true;
  return (await headers()).get("x-forwarded-proto") === "https";
}

// A separate cookie per realm: one browser may hold an Admin Center and a Management Center session.
function cookieName(realm: Realm, secure: boolean): string {
  return `${secure ? "__Host-" : ""}lotse-${realm}`;
}

// The salt binds a token to its realm, so a manager cookie can't be replayed as an admin cookie.
const salt = (realm: Realm) => `lotse-session-${realm}`;

/** Stores the session row's ID in an encrypted next-auth JWT cookie. */
export async function writeSessionCookie(realm: Realm, sessionId: string): Promise<void> {
  const secure = await isSecureRequest();
  const token = await encode({
    token: { sid: sessionId },
    secret: authSecret(),
    salt: salt(realm),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  (await cookies()).set(cookieName(realm, secure), token, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

export async function readSessionId(realm: Realm): Promise<string | null> {
  const jar = await cookies();
  const raw = jar.get(cookieName(realm, true))?.value ?? jar.get(cookieName(realm, false))?.value;
  if (!raw) return null;
  try {
    const token = await decode({ token: raw, secret: authSecret(), salt: salt(realm) });
    return typeof token?.sid === "string" ? token.sid : null;
  } catch {
    return null;
  }
}

export async function clearSessionCookie(realm: Realm): Promise<void> {
  const jar = await cookies();
  jar.delete(cookieName(realm, true));
  jar.delete(cookieName(realm, false));
}
