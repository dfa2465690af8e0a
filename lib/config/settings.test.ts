// The settings' schema: a bad value stops start-up with a message naming the variable, its value and
// what is allowed; unset values take their defaults; the README's configuration table lists exactly
// the variables the schema knows, with the same defaults.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSetting, readSettings, SETTINGS, SettingsError } from "./settings.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("readSettings", () => {
  it("gives the defaults when nothing is set", () => {
    expect(readSettings({})).toMatchObject({
      PORT: 3000,
      LOTSE_OUTBOX_INTERVAL_MS: 5000,
      LOTSE_DISABLE_SCHEDULER: "0",
      LOTSE_DEFAULT_TIME_ZONE: "Europe/Berlin",
      LOTSE_SESSION_RETENTION_DAYS: 90,
      LOTSE_LOCKOUT_SCOPE: "login",
      SMTP_URL: undefined,
      MAIL_FROM: "Lotse <lotse@localhost>",
    });
  });

  it("reads good values", () => {
    expect(
      readSettings({
        PORT: "8080",
        LOTSE_OUTBOX_INTERVAL_MS: " 2000 ",
        SMTP_URL: "smtps://user:pass@mail.example.com:465",
        LOTSE_DEFAULT_TIME_ZONE: "America/New_York",
        LOTSE_TRUST_PROXY: "loopback, 10.0.0.0/8",
        LOTSE_ADMIN_LOGIN: "admin@example.com",
        LOTSE_ADMIN_PASSWORD: "Geheim-2026!",
      }),
    ).toMatchObject({ PORT: 8080, LOTSE_OUTBOX_INTERVAL_MS: 2000, LOTSE_TRUST_PROXY: "loopback, 10.0.0.0/8" });
  });

  it("names every bad variable, its value and what is allowed — never a secret's value", () => {
    let error: unknown;
    try {
      readSettings({
        LOTSE_OUTBOX_INTERVAL_MS: "5s",
        LOTSE_DISABLE_SCHEDULER: "yes",
        LOTSE_DEFAULT_TIME_ZONE: "Mars/Olympus",
        SMTP_URL: "mail.example.com",
        LOTSE_TRUST_PROXY: "the usual",
        LOTSE_ADMIN_PASSWORD: "Sehr-geheim-1",
        LOTSE_SESSION_RETENTION_INTERVAL_MS: "10",
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).problems).toEqual([
      'SMTP_URL="mail.example.com": the SMTP server: a URL starting with smtp:// or smtps://',
      'LOTSE_DEFAULT_TIME_ZONE="Mars/Olympus": an IANA time zone such as Europe/Berlin',
      'LOTSE_OUTBOX_INTERVAL_MS="5s": milliseconds: a whole number, at least 100',
      'LOTSE_DISABLE_SCHEDULER="yes": one of 0, 1',
      'LOTSE_SESSION_RETENTION_INTERVAL_MS="10": milliseconds: a whole number, at least 1000',
      'LOTSE_TRUST_PROXY="the usual": a hop count, or addresses and subnets such as loopback, 10.0.0.0/8',
      'LOTSE_ADMIN_LOGIN="": LOTSE_ADMIN_LOGIN and LOTSE_ADMIN_PASSWORD go together: set both or neither',
    ]);
    expect((error as Error).message).not.toContain("Sehr-geheim-1");
  });

  it("reads one setting the same way", () => {
    expect(readSetting("LOTSE_MAX_FILE_BYTES", {})).toBe(10_000_000);
    expect(() => readSetting("LOTSE_MAX_FILE_BYTES", { LOTSE_MAX_FILE_BYTES: "10 MB" })).toThrow(SettingsError);
  });
});

describe("start-up", () => {
  it("stops `npm start` with the message before it touches anything", () => {
    let failure: { status: number; stderr: string } | null = null;
    try {
      execFileSync(process.execPath, ["scripts/start.mjs"], {
        cwd: ROOT,
        env: { ...process.env, LOTSE_OUTBOX_INTERVAL_MS: "5s", DATABASE_URL: "file:/nonexistent/never.db" },
        stdio: "pipe",
        encoding: "utf8",
      });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toContain('LOTSE_OUTBOX_INTERVAL_MS="5s": milliseconds: a whole number, at least 100');
    expect(fs.existsSync("/nonexistent")).toBe(false);
  });
});

describe("the README's configuration table", () => {
  it("lists exactly the schema's variables, with their defaults", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const table = readme.split("## Configuration")[1]!.split("\n## ")[0]!;
    const rows = table
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .map((line) => line.split("|").map((cell) => cell.trim()));
    const documented = new Map<string, string>();
    for (const [, names, shown] of rows)
      for (const name of names!.split(",")) documented.set(name.trim().replaceAll("`", ""), shown!.replaceAll("`", ""));
    expect([...documented.keys()].sort()).toEqual(Object.keys(SETTINGS).sort());
    for (const [name, setting] of Object.entries(SETTINGS)) expect(documented.get(name), name).toBe(setting.shown);
  });
});
