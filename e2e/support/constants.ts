import { randomBytes } from "node:crypto";
import path from "node:path";

/** The system administrator the first-run spec creates through /setup on each server. */
export const ADMIN = {
  loginId: "admin@lotse.test",
  password: "Lotse-Admin-2026-sicher",
} as const;

export const SMTP_PORT = 2525;

export const SERVERS = {
  js: { port: 3100, baseURL: "http://localhost:3100" },
  nojs: { port: 3101, baseURL: "http://localhost:3101" },
} as const;

export const STATE_DIR = path.resolve(__dirname, "..", ".state");
export const MAIL_DIR = path.join(STATE_DIR, "mail");

/** A strong password that differs on every call. */
export function strongPassword(): string {
  return `Pw-${randomBytes(6).toString("hex")}-42`;
}

/**
 * A login ID no other test uses. Both servers keep their data for the whole run, and the js and
 * nojs projects run the same specs, so every test makes its own people.
 */
export function uniqueLoginId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}@lotse.test`;
}
