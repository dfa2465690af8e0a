import "server-only";
import { redirect } from "next/navigation";
import type { Principal, Realm } from "./principal";
import { REALM_PATHS } from "./realm-paths";
import { currentPrincipal } from "./session";

const signInPath = (realm: Realm) => REALM_PATHS[realm].signIn;
export const settingsPath = (realm: Realm) => REALM_PATHS[realm].settings;

/**
 * For pages: the signed-in principal, or a redirect to the realm's sign-in page. A user whose
 * password was reset by an administrator is sent to their settings until they choose a new one.
 */
export async function requirePrincipal(
  realm: Realm,
  options: { allowPendingPasswordChange?: boolean } = {},
): Promise<Principal> {
  const principal = await currentPrincipal(realm);
  if (!principal) redirect(signInPath(realm));
  if (principal.mustChangePassword && !options.allowPendingPasswordChange) {
    // The settings page says why (it shows the notice while the password change is pending).
    redirect(settingsPath(realm));
  }
  return principal;
}
