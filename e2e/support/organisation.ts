// Test data for the organisation specs (teams, managers, agents): seeding straight into a server's
// database, reading it back to prove what a request changed, and a lock for the account-wide grants.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { expect } from "@playwright/test";
import Database from "better-sqlite3";
import { SERVERS, STATE_DIR } from "./constants";
import type { Lotse } from "./fixtures";
import { de } from "./messages";
import type { SeedResult, SeedSpec } from "./seed-organisation";

export type {
  SeedHolidaySet,
  SeedHoursSet,
  SeedPortal,
  SeedResult,
  SeedSession,
  SeedSpec,
  SeedTeam,
  SeedUser,
  SeedWeek,
} from "./seed-organisation";

const ROOT = path.resolve(__dirname, "..", "..");

/** "js" or "nojs": the server a baseURL belongs to. */
export function serverName(baseURL: string | undefined): keyof typeof SERVERS {
  const entry = Object.entries(SERVERS).find(([, server]) => baseURL?.startsWith(server.baseURL));
  if (!entry) throw new Error(`no e2e server at ${baseURL}`);
  return entry[0] as keyof typeof SERVERS;
}

export function databaseFile(baseURL: string | undefined): string {
  return path.join(STATE_DIR, serverName(baseURL), "lotse.db");
}

/** A short random tag for names that must not collide with other tests on the same server. */
export function tag(): string {
  return randomBytes(3).toString("hex");
}

/** A strong password (letters and digits, 10+ characters). */
export function password(): string {
  return `Pw-${randomBytes(5).toString("hex")}-7x`;
}

/** Creates teams, managers, agents (and import jobs) in the server's database through prisma/factories. */
export async function seed(baseURL: string | undefined, spec: SeedSpec): Promise<SeedResult> {
  return seedDatabase(databaseFile(baseURL), spec);
}

/** The same, into the database in `file` (a server of a spec's own). */
export async function seedDatabase(file: string, spec: SeedSpec): Promise<SeedResult> {
  const { stdout } = await promisify(execFile)(
    path.join(ROOT, "node_modules/.bin/tsx"),
    ["--tsconfig", "scripts/tsconfig.json", "e2e/support/seed-organisation.ts", JSON.stringify(spec)],
    {
      cwd: ROOT,
      // The server's data folder holds its database and its session files (start-server.mjs).
      env: {
        ...process.env,
        DATABASE_URL: `file:${file}`,
        LOTSE_DATA_DIR: path.dirname(file),
      },
      maxBuffer: 10 * 1024 * 1024,
    },
  );
  const last = stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(last) as SeedResult;
}

/** Reads the server's database (read-only; every call sees the latest committed state). */
export function dbQuery<T = Record<string, unknown>>(
  baseURL: string | undefined,
  sql: string,
  ...params: unknown[]
): T[] {
  const db = new Database(databaseFile(baseURL), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export function dbValue<T = unknown>(baseURL: string | undefined, sql: string, ...params: unknown[]): T | undefined {
  const row = dbQuery(baseURL, sql, ...params)[0];
  return row ? (Object.values(row)[0] as T) : undefined;
}

/** Fills a message's simple {placeholders} (no plural/select). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * The Admin Center grants are account-wide: specs that set or rely on them take this lock (one per
 * server, across workers), so that one spec cannot flip a grant under another.
 */
export async function withGrantsLock<T>(baseURL: string | undefined, work: () => Promise<T>): Promise<T> {
  const lock = path.join(STATE_DIR, serverName(baseURL), "grants.lock");
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (Date.now() > deadline) throw new Error(`grants lock ${lock} held for over two minutes`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * The account-wide permissions of the Admin Center (Kontoberechtigungen) a spec can switch, by their
 * label key. "Lokale Sitzungsaufzeichnung erlaubt" is not available yet (lib/features/availability).
 */
export type AccountGrant = "companyManagersMayChangePortals" | "companyManagersMayCreateApiManagers";

/** Sets Admin Center grants through the Admin Center UI (take withGrantsLock first); the others stay as they are. */
export async function setGrants(lotse: Lotse, grants: Partial<Record<AccountGrant, boolean>>): Promise<void> {
  const admin = await lotse.adminPage();
  await admin.goto("/admin/overview");
  await lotse.checkOnce(admin);
  const box = (grant: AccountGrant) => admin.getByRole("checkbox", { name: de.Admin.grants[grant], exact: true });
  const entries = Object.entries(grants) as [AccountGrant, boolean][];
  for (const [grant, on] of entries) await box(grant).setChecked(on);
  await admin.getByRole("button", { name: de.Admin.grants.submit, exact: true }).click();
  await expect(admin).toHaveURL(/\/admin\/overview$/);
  for (const [grant, on] of entries) await expect(box(grant)).toBeChecked({ checked: on });
}

/** The Admin Center grant "Unternehmensmanager dürfen API-Manager erstellen", set through the Admin Center UI. */
export async function setApiManagerGrant(lotse: Lotse, on: boolean): Promise<void> {
  await setGrants(lotse, { companyManagersMayCreateApiManagers: on });
}

/** The Admin Center grant "Unternehmensmanager dürfen Portaleinstellungen ändern". */
export async function setPortalGrant(lotse: Lotse, on: boolean): Promise<void> {
  await setGrants(lotse, { companyManagersMayChangePortals: on });
}
