import type { Realm } from "./principal";

/** Where each realm signs in, lands after sign-in, and keeps its own settings. */
export const REALM_PATHS: Record<Realm, { signIn: string; landing: string; settings: string }> = {
  admin: { signIn: "/admin", landing: "/admin/overview", settings: "/admin/settings" },
  manager: { signIn: "/manager", landing: "/manager/home", settings: "/manager/settings" },
  agent: { signIn: "/agent", landing: "/agent", settings: "/agent/settings" },
};
