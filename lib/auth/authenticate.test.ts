import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUserRecord, DEFAULT_TEST_PASSWORD } from "@/prisma/factories";
import { authenticate } from "./authenticate";
import { LOCK_MINUTES, MAX_FAILED_ATTEMPTS } from "./throttle";

const attempt = (loginId: string, password: string, realm: "manager" | "admin" = "manager") =>
  authenticate({ realm, loginId, password });

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
    await db.loginThrottle.updateMany({ data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect(await attempt(user.loginId, DEFAULT_TEST_PASSWORD)).toEqual({ ok: true, userId: user.id });
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
});
