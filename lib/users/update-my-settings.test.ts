import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { ValidationError } from "@/lib/errors/domain-errors";
import { createUserRecord, DEFAULT_TEST_PASSWORD, signedInPrincipal } from "@/prisma/factories";
import { updateMySettings } from "./update-my-settings";

const base = { currentPassword: "", newPassword: "", newPasswordConfirm: "" };

async function fieldErrorOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe("updateMySettings", () => {
  it("saves time zone and language without asking for the password, and audits the change", async () => {
    const user = await createUserRecord({ kind: "manager", language: "en", timeZone: "Europe/Berlin" });
    const me = await signedInPrincipal(user);
    await updateMySettings(me, { ...base, email: user.email, timeZone: "America/New_York", language: "de" });
    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(saved).toMatchObject({ timeZone: "America/New_York", language: "de" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: user.id, action: "user.settings_updated" } });
    expect(JSON.parse(audit.summary)).toEqual({
      timeZone: { from: "Europe/Berlin", to: "America/New_York" },
      language: { from: "en", to: "de" },
    });
    expect(audit.actorLabel).toBe(user.loginId);
  });

  it("rejects unknown time zones and languages next to their fields", async () => {
    const user = await createUserRecord({ kind: "manager" });
    const me = await signedInPrincipal(user);
    const errors = await fieldErrorOf(
      updateMySettings(me, { ...base, email: user.email, timeZone: "Mars/Olympus", language: "fr" }),
    );
    expect(errors).toEqual({ timeZone: "timeZoneUnknown", language: "languageUnknown" });
  });

  it("needs the right current password to change the e-mail address", async () => {
    const user = await createUserRecord({ kind: "manager" });
    const me = await signedInPrincipal(user);
    const change = { ...base, email: "new@lotse.test", timeZone: user.timeZone, language: user.language };
    expect(await fieldErrorOf(updateMySettings(me, change))).toEqual({ currentPassword: "currentPasswordRequired" });
    expect(await fieldErrorOf(updateMySettings(me, { ...change, currentPassword: "wrong-one-1" }))).toEqual({
      currentPassword: "currentPasswordWrong",
    });
    await updateMySettings(me, { ...change, currentPassword: DEFAULT_TEST_PASSWORD });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("new@lotse.test");
    // The old address is told, in the user's language (ASVS 2.2.3).
    const notices = await db.outboxEmail.findMany({ where: { recipient: user.email } });
    expect(notices).toHaveLength(1);
    expect(notices[0]?.subject).toBe("Lotse: The e-mail address of your sign-in was changed");
    expect(notices[0]?.text).toContain("new@lotse.test");
  });

  it("changes the password and ends every other session of the user at once", async () => {
    const user = await createUserRecord({ kind: "manager" });
    const me = await signedInPrincipal(user);
    const elsewhere = await signedInPrincipal(user);
    const bystander = await signedInPrincipal(await createUserRecord({ kind: "manager" }));
    await updateMySettings(me, {
      email: user.email,
      timeZone: user.timeZone,
      language: user.language,
      currentPassword: DEFAULT_TEST_PASSWORD,
      newPassword: "Brand-new-secret-7",
      newPasswordConfirm: "Brand-new-secret-7",
    });
    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(saved.passwordHash, "Brand-new-secret-7")).toBe(true);
    expect(saved.passwordHash.startsWith("$argon2id$")).toBe(true);
    const sessions = await db.session.findMany({
      where: { id: { in: [me.sessionId, elsewhere.sessionId, bystander.sessionId] } },
    });
    expect(sessions.map((s) => s.id).sort()).toEqual([me.sessionId, bystander.sessionId].sort());
  });

  it("refuses weak or mismatching new passwords and changes nothing", async () => {
    const user = await createUserRecord({ kind: "manager" });
    const me = await signedInPrincipal(user);
    const common = {
      email: user.email,
      timeZone: user.timeZone,
      language: user.language,
      currentPassword: DEFAULT_TEST_PASSWORD,
    };
    expect(
      await fieldErrorOf(updateMySettings(me, { ...common, newPassword: "short1", newPasswordConfirm: "short1" })),
    ).toEqual({
      newPassword: "passwordTooShort",
    });
    expect(
      await fieldErrorOf(
        updateMySettings(me, { ...common, newPassword: "Password2024!", newPasswordConfirm: "Password2024!" }),
      ),
    ).toEqual({ newPassword: "passwordCommon" });
    // No composition rules: a long passphrase of letters alone is fine.
    expect(
      await fieldErrorOf(updateMySettings(me, { ...common, newPassword: "onlyletterslong", newPasswordConfirm: "x" })),
    ).toEqual({ newPasswordConfirm: "passwordMismatch" });
    expect(
      await fieldErrorOf(
        updateMySettings(me, { ...common, newPassword: "Good-password-1", newPasswordConfirm: "Good-password-2" }),
      ),
    ).toEqual({ newPasswordConfirm: "passwordMismatch" });
    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(saved.passwordHash).toBe(user.passwordHash);
  });
});
