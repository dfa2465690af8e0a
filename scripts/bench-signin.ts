// `npm run bench -- signin`: an attacker's view of the sign-in, against the production build on a
// throw-away database. Fires parallel wrong sign-ins at one login and counts, from the audit log,
// how many passwords were really checked; then tries the right password; then times "Passwort
// vergessen" for a known and an unknown login.
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { hashPassword } from "@/lib/auth/password";
import { MAX_FAILED_ATTEMPTS } from "@/lib/auth/throttle";
import { percentile, startBenchServer, waitForServer } from "./lib/bench-support";
import { migrate } from "./lib/runtime.mjs";

export type SigninBenchOptions = { parallel: number; port: number };

const LOGIN = "chef@bench.lotse";
const PASSWORD = "Bench-signin-password-1";

function seed(file: string, passwordHash: string) {
  const db = new Database(file);
  const now = new Date().toISOString();
  const id = randomUUID();
  db.prepare(
    "INSERT INTO \"User\" (id, kind, loginId, email, passwordHash, language, timeZone, passwordChangedAt, createdAt, updatedAt) VALUES (?, 'manager', ?, ?, ?, 'de', 'Europe/Berlin', ?, ?, ?)",
  ).run(id, LOGIN, LOGIN, passwordHash, now, now, now);
  db.prepare("INSERT INTO \"ManagerProfile\" (userId, name, role) VALUES (?, 'Bench Chef', 'company')").run(id);
  // An administrator exists, so the server is past its first run.
  const admin = randomUUID();
  db.prepare(
    "INSERT INTO \"User\" (id, kind, loginId, email, passwordHash, language, timeZone, passwordChangedAt, createdAt, updatedAt) VALUES (?, 'admin', 'admin@bench.lotse', 'admin@bench.lotse', ?, 'de', 'Europe/Berlin', ?, ?, ?)",
  ).run(admin, passwordHash, now, now, now);
  db.close();
}

const unescape = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The hidden $ACTION_* fields of the form with `field` on a page: what a browser without JavaScript posts. */
async function actionFields(url: string, field: string): Promise<[string, string][]> {
  const html = await (await fetch(url)).text();
  const form = html.split("<form").find((part) => part.includes(`name="${field}"`)) ?? "";
  const fields = [...form.matchAll(/<input[^>]*>/g)].flatMap(([tag]) => {
    const name = /name="(\$ACTION[^"]*)"/.exec(tag)?.[1];
    return name ? [[name, unescape(/value="([^"]*)"/.exec(tag)?.[1] ?? "")] as [string, string]] : [];
  });
  if (fields.length === 0) throw new Error(`no server action form on ${url}`);
  return fields;
}

async function post(base: string, pathname: string, fields: [string, string][]) {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  const started = performance.now();
  const response = await fetch(`${base}${pathname}`, {
    method: "POST",
    body: form,
    headers: { Origin: base },
    redirect: "manual",
  });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started, cookie: response.headers.get("set-cookie") };
}

function auditCounts(file: string) {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare("SELECT summary FROM \"AuditLog\" WHERE action = 'auth.sign_in_failed'").all() as {
    summary: string;
  }[];
  const locked = db
    .prepare('SELECT COUNT(*) AS n FROM "LoginThrottle" WHERE lockedUntil > ?')
    .get(new Date().toISOString().replace("Z", "+00:00")) as { n: number };
  db.close();
  const reasons = rows.map((r) => (JSON.parse(r.summary) as { reason: string }).reason);
  return {
    checked: reasons.filter((r) => r === "invalid").length,
    refused: reasons.filter((r) => r === "locked").length,
    locked: locked.n > 0,
  };
}

export async function runSigninBench(options: SigninBenchOptions): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lotse-bench-signin-"));
  const dbFile = path.join(dir, "bench.db");
  migrate(`file:${dbFile}`);
  seed(dbFile, await hashPassword(PASSWORD));
  const server = startBenchServer(options.port, {
    DATABASE_URL: `file:${dbFile}`,
    LOTSE_DATA_DIR: dir,
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
  });
  const base = `http://127.0.0.1:${options.port}`;
  try {
    await waitForServer(`${base}/manager`);
    const signIn = await actionFields(`${base}/manager`, "password");
    const attempt = (password: string) =>
      post(base, "/manager", [...signIn, ["loginId", LOGIN], ["password", password]]);

    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: options.parallel }, (_, i) => attempt(`wrong-password-${i}`)),
    );
    const burstMs = performance.now() - started;
    const afterBurst = auditCounts(dbFile);
    const right = await attempt(PASSWORD);
    const rightAccepted = right.status === 303 || (right.cookie ?? "").includes("lotse-manager");

    const forgot = await actionFields(`${base}/forgot-password`, "loginIdConfirm");
    const timeReset = async (loginId: string) => {
      const timings: number[] = [];
      for (let i = 0; i < 10; i++) {
        timings.push(
          (await post(base, "/forgot-password", [...forgot, ["loginId", loginId], ["loginIdConfirm", loginId]])).ms,
        );
      }
      return percentile(
        timings.sort((a, b) => a - b),
        50,
      );
    };
    const known = await timeReset(LOGIN);
    const unknown = await timeReset("nobody@bench.lotse");

    const errors = answers.filter((a) => a.status >= 500).length;
    const checksOk = afterBurst.checked <= MAX_FAILED_ATTEMPTS;
    console.log(
      `${options.parallel} parallel wrong sign-ins at one login (${os.cpus().length} cores), ${burstMs.toFixed(0)} ms:`,
    );
    console.log(
      `  passwords checked ${afterBurst.checked} (target ≤ ${MAX_FAILED_ATTEMPTS})   refused as locked ${afterBurst.refused}   server errors ${errors}   ${checksOk && errors === 0 ? "PASS" : "FAIL"}`,
    );
    console.log(`  login locked afterwards: ${afterBurst.locked ? "yes   PASS" : "no   FAIL"}`);
    console.log(`  the right password after the burst: ${rightAccepted ? "signed in   FAIL" : "refused   PASS"}`);
    console.log(
      `Passwort vergessen, median of 10 (answers before the login is looked up): known login ${known.toFixed(1)} ms, unknown login ${unknown.toFixed(1)} ms`,
    );
    return checksOk && errors === 0 && afterBurst.locked && !rightAccepted ? 0 : 1;
  } finally {
    server.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
