import type { Locale } from "@/lib/i18n/locales";

export type UserKind = "admin" | "manager" | "agent";
export type ManagerRole = "company" | "team" | "api";
/** Where a session was opened: the Management Center, the Admin Center or the agent console. */
export const REALMS = ["manager", "admin", "agent"] as const;
export type Realm = (typeof REALMS)[number];

/** A signed-in person, as every domain function receives them. */
export type Principal = {
  type: "user";
  userId: string;
  kind: UserKind;
  managerRole: ManagerRole | null;
  loginId: string;
  displayName: string;
  email: string;
  language: Locale;
  timeZone: string;
  mustChangePassword: boolean;
  sessionId: string;
  sessionCreatedAt: Date;
  /** Set when an API manager acts through one of their API tokens (lib/api, decision record 28). */
  apiToken?: { id: string; name: string };
};

/** Lotse itself acting: the admin CLI, first-run bootstrap, background jobs. */
export type SystemActor = { type: "system"; label: string };

export type Actor = Principal | SystemActor;

export function actorLabel(actor: Actor): string {
  return actor.type === "system" ? `system:${actor.label}` : actor.loginId;
}

export function isCompanyManager(actor: Actor): boolean {
  return actor.type === "user" && actor.kind === "manager" && actor.managerRole === "company";
}

export function isSystemAdministrator(actor: Actor): boolean {
  return actor.type === "system" || actor.kind === "admin";
}
