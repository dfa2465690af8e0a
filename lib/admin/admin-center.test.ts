import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { getAccountGrants, readAccountGrants, updateAccountGrants } from "./account-grants";
import {
  createCompanyManager,
  getCompanyManager,
  listCompanyManagers,
  resetUserPassword,
  setCompanyManagerDisabled,
} from "./company-managers";
import { deleteCompanyManager, describeCompanyManagerDeletion } from "./delete-company-manager";
import { updateCompanyManager } from "./update-company-manager";

const newManager = (loginId: string) => ({
  loginId,
  email: loginId,
  name: "Erika Muster",
  language: "de",
  password: "Manager-pass-1",
  passwordConfirm: "Manager-pass-1",
});

async function admin() {
  return signedInPrincipal(await createUserRecord({ kind: "admin" }), "admin");
}

describe("Admin Center authorization", () => {
  it("refuses every Admin Center operation to anyone but the system administrator, as not found", async () => {
    const target = await createUserRecord({ kind: "manager", role: "company" });
    const outsiders: Principal[] = [
      await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" })),
      await signedInPrincipal(await createUserRecord({ kind: "manager", role: "team" })),
      await signedInPrincipal(await createUserRecord({ kind: "manager", role: "api" })),
      await signedInPrincipal(await createUserRecord({ kind: "agent", managementCenterAccess: true })),
    ];
    const grants = {
      companyManagersMayChangePortals: true,
      companyManagersMayCreateApiManagers: true,
      localRecordingAllowed: true,
    };
    for (const actor of outsiders) {
      const attempts = [
        getAccountGrants(actor),
        updateAccountGrants(actor, grants),
        listCompanyManagers(actor),
        getCompanyManager(actor, target.id),
        createCompanyManager(actor, newManager(`x-${actor.userId}@lotse.test`)),
        setCompanyManagerDisabled(actor, target.id, true),
        updateCompanyManager(actor, target.id, {
          loginId: `x-${actor.userId}@lotse.test`,
          email: "x@x.test",
          name: "X",
        }),
        describeCompanyManagerDeletion(actor, target.id),
        deleteCompanyManager(actor, target.id),
        resetUserPassword(
          actor,
          { userId: target.id },
          { password: "Hijack-pass-1", passwordConfirm: "Hijack-pass-1" },
        ),
      ];
      for (const attempt of attempts) await expect(attempt).rejects.toThrow(NotFoundError);
    }
    expect(await readAccountGrants()).toEqual({
      companyManagersMayChangePortals: false,
      companyManagersMayCreateApiManagers: false,
      localRecordingAllowed: false,
    });
    const untouched = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(untouched).toMatchObject({ disabled: false, passwordHash: target.passwordHash, loginId: target.loginId });
  });
});

describe("Admin Center", () => {
  it("switches the account grants and audits what changed", async () => {
    const actor = await admin();
    await updateAccountGrants(actor, {
      companyManagersMayChangePortals: true,
      companyManagersMayCreateApiManagers: true,
      localRecordingAllowed: false,
    });
    expect(await getAccountGrants(actor)).toEqual({
      companyManagersMayChangePortals: true,
      companyManagersMayCreateApiManagers: true,
      localRecordingAllowed: false,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "account.grants_updated" } });
    expect(JSON.parse(audit.summary)).toEqual({
      companyManagersMayChangePortals: { from: false, to: true },
      companyManagersMayCreateApiManagers: { from: false, to: true },
    });
  });

  it("switches Sitzungsaufzeichnung for the account on and off", async () => {
    const actor = await admin();
    const grants = { companyManagersMayChangePortals: false, companyManagersMayCreateApiManagers: false };
    await updateAccountGrants(actor, { ...grants, localRecordingAllowed: true });
    expect((await readAccountGrants()).localRecordingAllowed).toBe(true);
    await updateAccountGrants(actor, { ...grants, localRecordingAllowed: false });
    expect((await readAccountGrants()).localRecordingAllowed).toBe(false);
  });

  it("creates company managers with unique login IDs, also against agents' logins", async () => {
    const actor = await admin();
    const agent = await createUserRecord({ kind: "agent", loginId: "same@lotse.test" });
    await expect(createCompanyManager(actor, newManager(agent.loginId))).rejects.toMatchObject({
      fieldErrors: { loginId: "loginIdTaken" },
    });
    // Same e-mail address as the agent is fine; only the login ID must differ.
    await createCompanyManager(actor, { ...newManager("boss@lotse.test"), email: agent.email });
    await expect(createCompanyManager(actor, newManager("BOSS@lotse.test"))).rejects.toMatchObject({
      fieldErrors: { loginId: "loginIdTaken" },
    });
    const list = await listCompanyManagers(actor);
    expect(list.map((m) => m.loginId)).toContain("boss@lotse.test");
    expect(await db.auditLog.count({ where: { action: "manager.created" } })).toBe(1);
  });

  it("reports every invalid field at once and creates nothing", async () => {
    const actor = await admin();
    const before = await db.user.count();
    await expect(
      createCompanyManager(actor, {
        loginId: "not-an-email",
        email: "",
        name: "",
        password: "x",
        passwordConfirm: "y",
      }),
    ).rejects.toMatchObject({
      fieldErrors: {
        loginId: "loginIdFormat",
        email: "emailRequired",
        name: "managerNameRequired",
        password: "passwordTooShort",
      },
    });
    expect(await db.user.count()).toBe(before);
  });

  it("disables a manager, ending their sessions, and enables them again", async () => {
    const actor = await admin();
    const manager = await createUserRecord({ kind: "manager", role: "company" });
    const session = await signedInPrincipal(manager);
    await setCompanyManagerDisabled(actor, manager.id, true);
    expect(await db.session.count({ where: { id: session.sessionId } })).toBe(0);
    expect((await getCompanyManager(actor, manager.id)).disabled).toBe(true);
    await setCompanyManagerDisabled(actor, manager.id, false);
    expect((await getCompanyManager(actor, manager.id)).disabled).toBe(false);
    expect(
      await db.auditLog.count({
        where: { targetId: manager.id, action: { in: ["manager.disabled", "manager.enabled"] } },
      }),
    ).toBe(2);
  });

  it("resets a password: sessions end and the manager must choose a new one", async () => {
    const actor = await admin();
    const manager = await createUserRecord({ kind: "manager", role: "company" });
    const session = await signedInPrincipal(manager);
    await resetUserPassword(
      actor,
      { userId: manager.id },
      { password: "Temporary-pass-1", passwordConfirm: "Temporary-pass-1" },
    );
    const saved = await db.user.findUniqueOrThrow({ where: { id: manager.id } });
    expect(saved.mustChangePassword).toBe(true);
    expect(await db.session.count({ where: { id: session.sessionId } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.password_reset_by_admin" } });
    expect(audit.summary).not.toContain("Temporary-pass-1");
  });

  it("does not treat a team manager as a company manager in the Admin Center", async () => {
    const actor = await admin();
    const teamManager = await createUserRecord({ kind: "manager", role: "team" });
    await expect(getCompanyManager(actor, teamManager.id)).rejects.toThrow(NotFoundError);
    expect((await listCompanyManagers(actor)).map((m) => m.id)).not.toContain(teamManager.id);
  });
});
