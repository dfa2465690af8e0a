import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-errors";
import de from "@/messages/de.json";
import { createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { getCompanyManager } from "./company-managers";
import { deleteCompanyManager, describeCompanyManagerDeletion } from "./delete-company-manager";
import { updateCompanyManager } from "./update-company-manager";

async function admin() {
  return signedInPrincipal(await createUserRecord({ kind: "admin" }), "admin");
}

const companyManager = (spec: { loginId?: string; email?: string; disabled?: boolean; language?: "de" | "en" } = {}) =>
  createUserRecord({ kind: "manager", role: "company", name: "Clara Chef", ...spec });

describe("editing a company manager in the Admin Center", () => {
  it("reports every invalid field at once and changes nothing", async () => {
    const actor = await admin();
    const manager = await companyManager();
    await expect(
      updateCompanyManager(actor, manager.id, { loginId: "not-an-email", email: "also not", name: "  " }),
    ).rejects.toMatchObject({
      fieldErrors: { loginId: "loginIdFormat", email: "emailFormat", name: "managerNameRequired" },
    });
    await expect(updateCompanyManager(actor, manager.id, { loginId: "", email: "", name: "" })).rejects.toMatchObject({
      fieldErrors: { loginId: "loginIdRequired", email: "emailRequired", name: "managerNameRequired" },
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: manager.id } })).toMatchObject({
      loginId: manager.loginId,
      email: manager.email,
    });
    expect(await db.auditLog.count({ where: { action: "manager.updated", targetId: manager.id } })).toBe(0);
  });

  it("changes name and e-mail address, tells the old address in the manager's language, and keeps their sessions", async () => {
    const actor = await admin();
    const manager = await companyManager({ email: "alt@mail.lotse.test", language: "de" });
    const session = await signedInPrincipal(manager);
    await updateCompanyManager(actor, manager.id, {
      loginId: manager.loginId,
      email: " Neu@Mail.lotse.test ",
      name: "Clara Chefin",
    });
    expect(await getCompanyManager(actor, manager.id)).toMatchObject({
      loginId: manager.loginId,
      email: "Neu@Mail.lotse.test",
      name: "Clara Chefin",
    });
    const notice = await db.outboxEmail.findFirstOrThrow({ where: { recipient: "alt@mail.lotse.test" } });
    expect(notice.subject).toBe(de.Emails.emailChanged.subject);
    expect(notice.text).toContain("Neu@Mail.lotse.test");
    expect(notice.text).toContain(actor.loginId);
    expect(await db.outboxEmail.count({ where: { recipient: "Neu@Mail.lotse.test" } })).toBe(0);
    expect(await db.session.count({ where: { id: session.sessionId } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "manager.updated", targetId: manager.id } });
    expect(audit.actorLabel).toBe(actor.loginId);
    expect(JSON.parse(audit.summary)).toEqual({
      role: "company",
      email: { from: "alt@mail.lotse.test", to: "Neu@Mail.lotse.test" },
      name: { from: "Clara Chef", to: "Clara Chefin" },
    });
  });

  it("sends no notice when the address stays the same", async () => {
    const actor = await admin();
    const manager = await companyManager({ email: "same@mail.lotse.test" });
    await updateCompanyManager(actor, manager.id, { loginId: manager.loginId, email: manager.email, name: "Neu" });
    expect(await db.outboxEmail.count({ where: { recipient: "same@mail.lotse.test" } })).toBe(0);
  });

  it("changes the login ID (stored lower-case) and ends the manager's sessions", async () => {
    const actor = await admin();
    const manager = await companyManager();
    const session = await signedInPrincipal(manager);
    await updateCompanyManager(actor, manager.id, {
      loginId: "Neue-Kennung@Lotse.test",
      email: manager.email,
      name: "Clara Chef",
    });
    expect((await getCompanyManager(actor, manager.id)).loginId).toBe("neue-kennung@lotse.test");
    expect(await db.session.count({ where: { id: session.sessionId } })).toBe(0);
    expect(await db.user.count({ where: { loginId: manager.loginId } })).toBe(0);
  });

  it("refuses a login ID another user holds (an agent's too), and keeps the manager's own", async () => {
    const actor = await admin();
    const manager = await companyManager();
    const agent = await createUserRecord({ kind: "agent" });
    const other = await companyManager();
    for (const taken of [agent.loginId, other.loginId.toUpperCase()]) {
      await expect(
        updateCompanyManager(actor, manager.id, { loginId: taken, email: manager.email, name: "Clara Chef" }),
      ).rejects.toMatchObject({ fieldErrors: { loginId: "loginIdTaken" } });
    }
    // Named together with the other faults of the same form.
    await expect(
      updateCompanyManager(actor, manager.id, { loginId: other.loginId, email: manager.email, name: " " }),
    ).rejects.toMatchObject({ fieldErrors: { loginId: "loginIdTaken", name: "managerNameRequired" } });
    expect((await getCompanyManager(actor, manager.id)).loginId).toBe(manager.loginId);
    // Saving with one's own login ID unchanged is no conflict.
    await updateCompanyManager(actor, manager.id, { loginId: manager.loginId, email: manager.email, name: "Clara" });
    expect((await getCompanyManager(actor, manager.id)).name).toBe("Clara");
  });

  it("answers not found for an unknown ID, a team manager or an agent", async () => {
    const actor = await admin();
    const teamManager = await createUserRecord({ kind: "manager", role: "team" });
    const agent = await createUserRecord({ kind: "agent" });
    for (const id of ["does-not-exist", teamManager.id, agent.id, actor.userId]) {
      const input = { loginId: `x-${id}@lotse.test`.toLowerCase(), email: "x@lotse.test", name: "X" };
      await expect(updateCompanyManager(actor, id, input)).rejects.toThrow(NotFoundError);
      await expect(describeCompanyManagerDeletion(actor, id)).rejects.toThrow(NotFoundError);
      await expect(deleteCompanyManager(actor, id)).rejects.toThrow(NotFoundError);
    }
    expect(await db.user.count({ where: { id: { in: [teamManager.id, agent.id, actor.userId] } } })).toBe(3);
  });
});

describe("deleting a company manager in the Admin Center", () => {
  it("deletes the login, ends the sessions, drops their unfinished agent list and keeps the audit trail", async () => {
    const actor = await admin();
    await companyManager(); // someone is left to run the account
    const manager = await companyManager();
    const session = await signedInPrincipal(manager);
    await db.auditLog.create({
      data: {
        actorId: manager.id,
        actorLabel: manager.loginId,
        action: "team.created",
        targetType: "team",
        summary: "{}",
      },
    });
    await db.pendingAgent.create({
      data: {
        managerId: manager.id,
        loginId: "pending@lotse.test",
        firstName: "P",
        lastName: "A",
        screenName: "P",
        email: "pending@lotse.test",
        passwordHash: "hash",
      },
    });

    expect((await describeCompanyManagerDeletion(actor, manager.id)).refusal).toBeNull();
    await deleteCompanyManager(actor, manager.id);

    expect(await db.user.count({ where: { id: manager.id } })).toBe(0);
    expect(await db.session.count({ where: { id: session.sessionId } })).toBe(0);
    expect(await db.pendingAgent.count({ where: { managerId: manager.id } })).toBe(0);
    expect(await db.auditLog.findFirst({ where: { actorId: manager.id, action: "team.created" } })).toMatchObject({
      actorLabel: manager.loginId,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "manager.deleted", targetId: manager.id } });
    expect(audit.actorLabel).toBe(actor.loginId);
    expect(JSON.parse(audit.summary)).toMatchObject({ role: "company", loginId: manager.loginId });
    await expect(getCompanyManager(actor, manager.id)).rejects.toThrow(NotFoundError);
  });

  it("refuses to delete the last active company manager, and says why before anyone confirms", async () => {
    await resetDatabase();
    const actor = await admin();
    const last = await companyManager();
    const disabled = await companyManager({ disabled: true });

    expect(await describeCompanyManagerDeletion(actor, last.id)).toMatchObject({ refusal: "lastCompanyManager" });
    await expect(deleteCompanyManager(actor, last.id)).rejects.toMatchObject({
      fieldErrors: { form: "lastCompanyManager" },
    });
    expect(await db.user.count({ where: { id: last.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "manager.deleted" } })).toBe(0);

    // A disabled one may go: the active one still runs the account.
    expect(await describeCompanyManagerDeletion(actor, disabled.id)).toMatchObject({ refusal: null });
    await deleteCompanyManager(actor, disabled.id);

    // With a second active company manager, the first may go too.
    const second = await companyManager();
    expect(await describeCompanyManagerDeletion(actor, last.id)).toMatchObject({ refusal: null });
    await deleteCompanyManager(actor, last.id);
    expect(await describeCompanyManagerDeletion(actor, second.id)).toMatchObject({ refusal: "lastCompanyManager" });
  });
});
