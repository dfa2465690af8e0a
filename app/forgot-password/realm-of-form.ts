import type { Realm } from "@/lib/auth/principal";

/** The sign-in page "Passwort vergessen" came from (and leads back to); the Management Center by default. */
export function realmOfForm(value: string | undefined): Realm {
  return value === "admin" || value === "agent" ? value : "manager";
}
