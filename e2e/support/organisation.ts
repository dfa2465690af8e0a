// Test data for the organisation specs (teams, managers, agents): seeding straight into a server's
// database, reading it back to prove what a request changed, and a lock for the account-wide grants.
import { execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
import { expect } from "@playwright/test";
import Database from "better-sqlite3";
import { SERVERS, STATE_DIR } from "./constants";
import type { Lotse } from "./fixtures";
import { de } from "./messages";
import { whenInDirectory } from "./directory-watch";
import type { SeedResult, SeedSpec } from "./seed-organisation";

export type { SeedPortal, SeedResult, SeedSpec, SeedUser, SeedWeek } from "./seed-organisation";

const ROOT = path.resolve(__dirname, "..", "..");

/** "js" or "nojs": the server a baseURL belongs to. */
function serverName(baseURL: string | undefined): keyof typeof SERVERS {
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

/**
 * Creates teams, managers, agents (and bulk entries) in the server's database through
 * prisma/factories — by this worker's seeder for that database, started on first use.
 */
export async function seed(baseURL: string | undefined, spec: SeedSpec): Promise<SeedResult> {
  const file = databaseFile(baseURL);
  let seeder = seeders.get(file);
  if (!seeder) {
    seeder = startSeeder(file);
    seeders.set(file, seeder);
  }
  return seeder.seed(spec);
}

type Seeder = { seed: (spec: SeedSpec) => Promise<SeedResult> };

/** One seeder per database this worker seeds (e2e/support/seed-server.ts). */
const seeders = new Map<string, Seeder>();

function startSeeder(file: string): Seeder {
  const child = spawn(
    path.join(ROOT, "node_modules/.bin/tsx"),
    ["--tsconfig", "scripts/tsconfig.json", "e2e/support/seed-server.ts"],
    { cwd: ROOT, env: seederEnv(file), stdio: ["pipe", "pipe", "inherit"] },
  );
  const waiting = new Map<number, { resolve: (result: SeedResult) => void; reject: (error: Error) => void }>();
  let next = 0;
  createInterface({ input: child.stdout }).on("line", (line) => {
    if (!line.startsWith("SEED ")) return;
    const answer = JSON.parse(line.slice(5)) as { id: number; result?: SeedResult; error?: string };
    const request = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (answer.error !== undefined) request?.reject(new Error(`seeding failed: ${answer.error}`));
    else request?.resolve(answer.result!);
  });
  child.on("exit", (code) => {
    for (const request of waiting.values()) request.reject(new Error(`the seeder exited (${code})`));
    waiting.clear();
    seeders.delete(file);
  });
  return {
    seed: (spec) =>
      new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        child.stdin.write(`${JSON.stringify({ id, spec })}\n`);
      }),
  };
}

/** The seeder's environment: the database, and its data folder with the session files (start-server.mjs). */
const seederEnv = (file: string) => ({
  ...process.env,
  DATABASE_URL: `file:${file}`,
  LOTSE_DATA_DIR: path.dirname(file),
});

/**
 * The same, into the database in `file` (a server of a spec's own), by a process of its own: such a
 * database may be replaced (a restore), which a seeder kept running would not see.
 */
export async function seedDatabase(file: string, spec: SeedSpec): Promise<SeedResult> {
  const { stdout } = await promisify(execFile)(
    path.join(ROOT, "node_modules/.bin/tsx"),
    ["--tsconfig", "scripts/tsconfig.json", "e2e/support/seed-organisation.ts", JSON.stringify(spec)],
    { cwd: ROOT, env: seederEnv(file), maxBuffer: 10 * 1024 * 1024 },
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

/**
 * Writes to the server's database: for a spec that plays a part of the server itself, such as a
 * background job reporting its progress at the moment the spec chooses.
 */
export function dbRun(baseURL: string | undefined, sql: string, ...params: unknown[]): void {
  const db = new Database(databaseFile(baseURL), { fileMustExist: true });
  try {
    db.prepare(sql).run(...params);
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
  const locks = path.join(STATE_DIR, serverName(baseURL), "locks");
  const lock = path.join(locks, "grants");
  const take = () => {
    try {
      fs.mkdirSync(lock);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      return undefined;
    }
  };
  // Taken at the first look, or when its holder removes it (a change in the locks directory).
  await whenInDirectory(locks, take, { timeoutMs: 120_000, what: `the grants lock ${lock}` });
  try {
    return await work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** The account-wide permissions of the Admin Center (Kontoberechtigungen) a spec can switch, by their label key. */
export type AccountGrant =
  "companyManagersMayChangePortals" | "companyManagersMayCreateApiManagers" | "localRecordingAllowed";

/** Sets Admin Center grants through the Admin Center UI (take withGrantsLock first); the others stay as they are. */
export async function setGrants(lotse: Lotse, grants: Partial<Record<AccountGrant, boolean>>): Promise<void> {
  const admin = await lotse.adminPage();
  await admin.goto("/admin/overview");
  await lotse.checkOnce(admin);
  const box = (grant: AccountGrant) => admin.getByRole("checkbox", { name: de.Admin.grants[grant], exact: true });
  const entries = Object.entries(grants) as [AccountGrant, boolean][];
  for (const [grant, on] of entries) await box(grant).setChecked(on);
  // Wait for the server's answer to the save itself: the page's URL and the boxes already look
  // right before it arrives, and a spec acting on the grant at once would race the save.
  const saved = admin.waitForResponse(
    (response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/admin/overview",
  );
  await admin.getByRole("button", { name: de.Admin.grants.submit, exact: true }).click();
  expect((await saved).status()).toBeLessThan(400);
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
