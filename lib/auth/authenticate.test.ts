import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createUserRecord, DEFAULT_TEST_PASSWORD } from "@/prisma/factories";
import { authenticate } from "./authenticate";
import type { Realm } from "./principal";
import { isSignInLocked, LOCK_MINUTES, MAX_ATTEMPTS_FROM_ALL_ADDRESSES, MAX_FAILED_ATTEMPTS } from "./throttle";

const client = (address = "198.51.100.1") => ({ address, userAgent: "vitest" });

const attempt = (loginId: string, password: string, realm: Realm = "manager", address?: string) =>
  authenticate({ realm, loginId, password }, client(address));

/** Failed sign-ins whose password was really checked (the others were refused as locked). */
const checkedFailures = async (loginId: string) =>
  (await db.auditLog.findMany({ where: { action: "auth.sign_in_failed" } })).filter((row) => {
    const summary = JSON.parse(row.summary) as { loginId: string; reason: string };
    return summary.loginId === loginId && summary.reason === "invalid";
  }).length;

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("authenticate", () => {
  it("accepts the right password, case-insensitively for the login", async () => {
    const user = await createUserRecord({ kind: "manager" });
    expect(await attempt(user.loginId.toUpperCase(), DEFAULT_TEST_PASSWORD)).toEqual({ ok: true, userId: user.id });
  });

  it("answers a wrong password and an unknown login alike", async () => {
    const user = await createUserRecord({ kind: "manager" });
    expect(await attempt(user.loginId, "wrong-password-1")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("nobody@lotse.test", "wrong-password-1")).toEqual({ ok: false, reason: "invalid" });
  });

  it(`locks a login after ${MAX_FAILED_ATTEMPTS} failures, refusing even the right password`, async () => {
    const user = await createUserRecord({ kind: "manager" });
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++) {
      expect((await attempt(user.loginId, "wrong-password-1")).ok).toBe(false);
    }
    expect(await attempt(user.loginId, "wrong-password-1")).toEqual({ ok: false, reason: "locked" });
    expect(await attempt(user.loginId, DEFAULT_TEST_PASSWORD)).toEqual({ ok: false, reason: "locked" });
    const audit = await db.auditLog.findFirst({ where: { action: "auth.login_locked", targetId: user.id } });
    expect(audit).not.toBeNull();
  });

  it("locks unknown logins the same way, so a lock reveals nothing", async () => {
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++) await attempt("ghost@lotse.test", "wrong-password-1");
    expect(await attempt("ghost@lotse.test", "wrong-password-1")).toEqual({ ok: false, reason: "locked" });
  });

  it(`lets the user in again after ${LOCK_MINUTES} minutes`, async () => {
    const user = await createUserRecord({ kind: "manager" });
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) await attempt(user.loginId, "wrong-password-1");
    const past = new Date(Date.now() - LOCK_MINUTES * 60_000 - 1000);
    await db.loginThrottle.updateMany({ data: { lockedUntil: new Date(Date.now() - 1000), windowStart: past } });
    expect(await attempt(user.loginId, DEFAULT_TEST_PASSWORD)).toEqual({ ok: true, userId: user.id });
  });

  it(`forgets failures older than ${LOCK_MINUTES} minutes`, async () => {
    const user = await createUserRecord({ kind: "manager" });
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++) await attempt(user.loginId, "wrong-password-1");
    await db.loginThrottle.updateMany({ data: { windowStart: new Date(Date.now() - LOCK_MINUTES * 60_000 - 1000) } });
    expect(await attempt(user.loginId, "wrong-password-1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("resets the failure count after a successful sign-in", async () => {
    const user = await createUserRecord({ kind: "manager" });
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++) await attempt(user.loginId, "wrong-password-1");
    expect((await attempt(user.loginId, DEFAULT_TEST_PASSWORD)).ok).toBe(true);
    expect(await attempt(user.loginId, "wrong-password-1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("keeps the realms apart: admins only at /admin, managers only at /manager", async () => {
    const admin = await createUserRecord({ kind: "admin" });
    const manager = await createUserRecord({ kind: "manager" });
    expect((await attempt(admin.loginId, DEFAULT_TEST_PASSWORD, "manager")).ok).toBe(false);
    expect((await attempt(admin.loginId, DEFAULT_TEST_PASSWORD, "admin")).ok).toBe(true);
    expect((await attempt(manager.loginId, DEFAULT_TEST_PASSWORD, "admin")).ok).toBe(false);
  });

  it("admits agents to the Management Center only with access granted, and never disabled users", async () => {
    const plain = await createUserRecord({ kind: "agent" });
    const granted = await createUserRecord({ kind: "agent", managementCenterAccess: true });
    const disabled = await createUserRecord({ kind: "manager", disabled: true });
    expect((await attempt(plain.loginId, DEFAULT_TEST_PASSWORD)).ok).toBe(false);
    expect((await attempt(granted.loginId, DEFAULT_TEST_PASSWORD)).ok).toBe(true);
    expect(await attempt(disabled.loginId, DEFAULT_TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });

  it("tells whoever knows the password where this login signs in, and nobody else", async () => {
    const agent = await createUserRecord({ kind: "agent" });
    const manager = await createUserRecord({ kind: "manager" });
    expect(await attempt(agent.loginId, DEFAULT_TEST_PASSWORD, "manager")).toEqual({
      ok: false,
      reason: "wrongRealm",
      realm: "agent",
    });
    expect(await attempt(agent.loginId, "wrong-password-1", "manager")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(manager.loginId, DEFAULT_TEST_PASSWORD, "agent")).toMatchObject({ realm: "manager" });
    // A disabled login signs in nowhere: still just "invalid".
    const disabled = await createUserRecord({ kind: "agent", disabled: true });
    expect(await attempt(disabled.loginId, DEFAULT_TEST_PASSWORD, "manager")).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses an invented realm like a wrong password, and counts it against the same login", async () => {
    const user = await createUserRecord({ kind: "manager" });
    // "Manager" (capital M) once opened a fresh lock counter per invented realm and answered HTTP 500.
    const invented = ["Manager", "manager ", "__proto__", "toString"] as unknown as Realm[];
    for (const realm of invented) {
      expect(await attempt(user.loginId, DEFAULT_TEST_PASSWORD, realm)).toEqual({ ok: false, reason: "invalid" });
    }
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) await attempt(user.loginId, "wrong-password-1", "admin");
    // The lock is the login's, whichever realm the attempts named.
    expect(await attempt(user.loginId, DEFAULT_TEST_PASSWORD, "manager")).toEqual({ ok: false, reason: "locked" });
  });

  it("audits every failed sign-in with realm, login, reason, address and browser", async () => {
    const user = await createUserRecord({ kind: "manager" });
    await attempt(user.loginId, "wrong-password-1", "manager", "203.0.113.9");
    const row = await db.auditLog.findFirst({ where: { action: "auth.sign_in_failed", targetId: user.id } });
    expect(row).toMatchObject({ ip: "203.0.113.9", userAgent: "vitest", actorId: null });
    expect(JSON.parse(row!.summary)).toEqual({ realm: "manager", loginId: user.loginId, reason: "invalid" });
  });
});

describe("parallel sign-in attempts", () => {
  it(`check at most ${MAX_FAILED_ATTEMPTS} passwords and leave the login locked`, async () => {
    const user = await createUserRecord({ kind: "manager" });
    const results = await Promise.all(Array.from({ length: 30 }, () => attempt(user.loginId, "wrong-password-1")));
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(await checkedFailures(user.loginId)).toBeLessThanOrEqual(MAX_FAILED_ATTEMPTS);
    expect(await isSignInLocked(user.loginId, client().address)).toBe(true);
    expect(await attempt(user.loginId, DEFAULT_TEST_PASSWORD)).toEqual({ ok: false, reason: "locked" });
  });

  it("do not let the right password through after a burst of wrong ones", async () => {
    const user = await createUserRecord({ kind: "manager" });
    await Promise.all(Array.from({ length: 9 }, () => attempt(user.loginId, "wrong-password-1")));
    expect(await attempt(user.loginId, DEFAULT_TEST_PASSWORD)).toEqual({ ok: false, reason: "locked" });
  });

  it("never clear a running lock", async () => {
    const user = await createUserRecord({ kind: "manager" });
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) await attempt(user.loginId, "wrong-password-1");
    const { lockedUntil } = await db.loginThrottle.findFirstOrThrow({ where: { key: `login:${user.loginId}` } });
    await Promise.all(Array.from({ length: 10 }, () => attempt(user.loginId, "wrong-password-1")));
    const after = await db.loginThrottle.findFirstOrThrow({ where: { key: `login:${user.loginId}` } });
    expect(after.lockedUntil).toEqual(lockedUntil);
  });
});

describe("LOTSE_LOCKOUT_SCOPE=address", () => {
  it("locks the login only for the address that failed", async () => {
    vi.stubEnv("LOTSE_LOCKOUT_SCOPE", "address");
    const user = await createUserRecord({ kind: "manager" });
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++)
      await attempt(user.loginId, "wrong-password-1", "manager", "203.0.113.66");
    expect(await attempt(user.loginId, DEFAULT_TEST_PASSWORD, "manager", "203.0.113.66")).toEqual({
      ok: false,
      reason: "locked",
    });
    // The owner, elsewhere, still gets in.
    expect(await attempt(user.loginId, DEFAULT_TEST_PASSWORD, "manager", "198.51.100.20")).toEqual({
      ok: true,
      userId: user.id,
    });
  });

  it(`locks the login everywhere after ${MAX_ATTEMPTS_FROM_ALL_ADDRESSES} attempts from many addresses`, async () => {
    vi.stubEnv("LOTSE_LOCKOUT_SCOPE", "address");
    const user = await createUserRecord({ kind: "manager" });
    for (let i = 0; i < MAX_ATTEMPTS_FROM_ALL_ADDRESSES; i++) {
      await attempt(user.loginId, "wrong-password-1", "manager", `10.0.${Math.floor(i / 4)}.${i % 4}`);
    }
    expect(await attempt(user.loginId, DEFAULT_TEST_PASSWORD, "manager", "198.51.100.20")).toEqual({
      ok: false,
      reason: "locked",
    });
  });
});
