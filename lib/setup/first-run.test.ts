import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createFirstAdministrator, isFirstRun } from "./first-run";

const system = { type: "system", label: "test" } as const;
const input = {
  loginId: "Admin@Lotse.test",
  password: "First-admin-pass-1",
  passwordConfirm: "First-admin-pass-1",
  language: "en",
  timeZone: "Europe/Berlin",
};

describe("first run", () => {
  it("creates the system administrator exactly once", async () => {
    expect(await isFirstRun()).toBe(true);
    await expect(createFirstAdministrator({ ...input, passwordConfirm: "nope" }, system)).rejects.toMatchObject({
      fieldErrors: { passwordConfirm: "passwordMismatch" },
    });
    expect(await isFirstRun()).toBe(true);
    const admin = await createFirstAdministrator(input, system);
    expect(admin?.loginId).toBe("admin@lotse.test");
    expect(await isFirstRun()).toBe(false);
    expect(await createFirstAdministrator({ ...input, loginId: "intruder@lotse.test" }, system)).toBeNull();
    expect(await db.user.count({ where: { kind: "admin" } })).toBe(1);
    expect(await db.accountSettings.count()).toBe(1);
    expect(await db.auditLog.count({ where: { action: "admin.created" } })).toBe(1);
  });
});
