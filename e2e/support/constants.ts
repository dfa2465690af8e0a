import { randomBytes } from "node:crypto";
import path from "node:path";

/** The system administrator the first-run spec creates through /setup on each server. */
export const ADMIN = {
  loginId: "admin@lotse.test",
  password: "Lotse-Admin-2026-sicher",
} as const;

// LOTSE_E2E_PORT moves all three ports, so that two checkouts can run their suites side by side.
const BASE_PORT = Number(process.env.LOTSE_E2E_PORT ?? 3100);
export const SMTP_PORT = BASE_PORT === 3100 ? 2525 : BASE_PORT + 2;

export const SERVERS = {
  js: { port: BASE_PORT, baseURL: `http://localhost:${BASE_PORT}` },
  nojs: { port: BASE_PORT + 1, baseURL: `http://localhost:${BASE_PORT + 1}` },
} as const;

/** For a spec that starts a server of its own (and stops it). */
export const SPARE_PORT = BASE_PORT + 3;

/** How every spec's Chromium starts (playwright.config.ts); a spec may add flags of its own. */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

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
