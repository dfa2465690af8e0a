import fs from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/test/reset-database";
import { createFirstAdministrator, createFirstAdministratorWithCode, isFirstRun } from "./first-run";
import { ensureSetupCode, removeSetupCode, setupCodeFile } from "./setup-code";

beforeEach(async () => {
  await resetDatabase();
  await removeSetupCode();
});

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

describe("the first-run page", () => {
  it("needs the setup code from the server's console, and tells a second visitor that it is closed", async () => {
    const { code } = await ensureSetupCode();
    expect(fs.readFileSync(setupCodeFile(), "utf8").trim()).toBe(code);
    expect(fs.statSync(setupCodeFile()).mode & 0o077).toBe(0); // readable by the server's user only

    await expect(createFirstAdministratorWithCode({ ...input, setupCode: "" })).rejects.toMatchObject({
      fieldErrors: { setupCode: "setupCodeRequired" },
    });
    await expect(
      createFirstAdministratorWithCode({ ...input, setupCode: "AAAAA-BBBBB-CCCCC-DDDDD" }),
    ).rejects.toMatchObject({ fieldErrors: { setupCode: "setupCodeWrong" } });
    expect(await isFirstRun()).toBe(true);

    // Case and dashes don't matter.
    const admin = await createFirstAdministratorWithCode({
      ...input,
      setupCode: code.toLowerCase().replace(/-/g, " "),
    });
    expect(admin.loginId).toBe("admin@lotse.test");
    expect(fs.existsSync(setupCodeFile())).toBe(false);

    // Whoever comes second learns why nothing happened.
    await expect(
      createFirstAdministratorWithCode({ ...input, loginId: "second@lotse.test", setupCode: code }),
    ).rejects.toMatchObject({ fieldErrors: { form: "firstRunTaken" } });
  });
});
