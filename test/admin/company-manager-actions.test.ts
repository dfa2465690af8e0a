import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  createCompanyManagerAction,
  deleteCompanyManagerAction,
  resetCompanyManagerPasswordAction,
  saveAccountGrantsAction,
  setCompanyManagerDisabledAction,
  updateCompanyManagerAction,
} from "@/app/admin/actions";
import { readAccountGrants } from "@/lib/admin/account-grants";
import type { Principal } from "@/lib/auth/principal";
import { currentPrincipal } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { initialFormState } from "@/lib/forms/form-state";
import { createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { answerOf, form, NOT_FOUND } from "@/test/action-answers";

// The Admin Center cookie is Next's business; here the signed-in person is whoever the test says.
// Flashes: the cookie an action leaves for the page it redirects to (answerOf shows it).
vi.mock("next/headers", async () => (await import("@/test/fake-request")).nextHeaders);
vi.mock(import("@/lib/auth/session"), async (original) => ({ ...(await original()), currentPrincipal: vi.fn() }));
const signedIn = (principal: Principal | null) => vi.mocked(currentPrincipal).mockResolvedValue(principal);

let admin: Principal;
beforeEach(async () => {
  await resetDatabase();
  admin = await signedInPrincipal(await createUserRecord({ kind: "admin" }), "admin");
  signedIn(admin);
});

describe("Admin Center actions on company managers", () => {
  it("edit: saves and redirects, or hands field errors back to the form", async () => {
    const manager = await createUserRecord({ kind: "manager", role: "company" });
    const fields = { name: "Neuer Name", loginId: manager.loginId, email: "neu@mail.lotse.test" };
    expect(await answerOf(updateCompanyManagerAction(manager.id, initialFormState, form(fields)))).toBe(
      `redirect /admin/managers/${manager.id} + notice:managerUpdated`,
    );
    expect(await db.user.findUniqueOrThrow({ where: { id: manager.id } })).toMatchObject({
      email: "neu@mail.lotse.test",
    });
    const state = await updateCompanyManagerAction(manager.id, initialFormState, form({ ...fields, name: "" }));
    expect(state).toMatchObject({
      fieldErrors: { name: "managerNameRequired" },
      values: { email: "neu@mail.lotse.test" },
    });
  });

  it("create: field errors come back with what was typed, except the passwords", async () => {
    const fields = { loginId: "neu@lotse.test", email: "kaputt", name: "Neu", language: "de" };
    const state = await createCompanyManagerAction(
      initialFormState,
      form({ ...fields, password: "Ein-langes-Passwort-42", passwordConfirm: "anders" }),
    );
    expect(state).toEqual({
      fieldErrors: { email: "emailFormat", passwordConfirm: "passwordMismatch" },
      values: fields,
      fieldOrder: ["loginId", "email", "name", "language", "password", "passwordConfirm"],
    });
    expect(await db.user.count({ where: { loginId: "neu@lotse.test" } })).toBe(0);
  });

  it("grants: a checked box is on, one left out is off", async () => {
    const fields = form({ companyManagersMayChangePortals: "on", localRecordingAllowed: "on" });
    expect(await answerOf(saveAccountGrantsAction(fields))).toBe("redirect /admin/overview + notice:grantsSaved");
    expect(await readAccountGrants()).toMatchObject({
      companyManagersMayChangePortals: true,
      companyManagersMayCreateApiManagers: false,
    });
    await answerOf(saveAccountGrantsAction(form({})));
    expect(await readAccountGrants()).toMatchObject({ companyManagersMayChangePortals: false });
  });

  it("delete: the last active company manager goes back to the confirmation page, which says why", async () => {
    const last = await createUserRecord({ kind: "manager", role: "company" });
    expect(await answerOf(deleteCompanyManagerAction(last.id))).toBe(`redirect /admin/managers/${last.id}/delete`);
    expect(await db.user.count({ where: { id: last.id } })).toBe(1);

    const other = await createUserRecord({ kind: "manager", role: "company" });
    expect(await answerOf(deleteCompanyManagerAction(other.id))).toBe(
      "redirect /admin/overview + notice:managerDeleted",
    );
    expect(await db.user.count({ where: { id: other.id } })).toBe(0);
  });

  it("a forged bound ID answers 404 and changes nothing", async () => {
    const manager = await createUserRecord({ kind: "manager", role: "company" });
    await createUserRecord({ kind: "manager", role: "company" });
    const teamManager = await createUserRecord({ kind: "manager", role: "team" });
    const fields = form({ name: "Forged", loginId: "forged@lotse.test", email: "forged@lotse.test" });
    for (const forged of ["does-not-exist", teamManager.id, 42, { id: manager.id }, "x".repeat(500), null]) {
      expect(await answerOf(updateCompanyManagerAction(forged, initialFormState, fields))).toBe(NOT_FOUND);
      expect(await answerOf(deleteCompanyManagerAction(forged))).toBe(NOT_FOUND);
      expect(await answerOf(setCompanyManagerDisabledAction(forged, form({ intent: "disable" })))).toBe(NOT_FOUND);
      expect(
        await answerOf(
          resetCompanyManagerPasswordAction(
            forged,
            initialFormState,
            form({ password: "Ein-langes-Passwort-42", passwordConfirm: "Ein-langes-Passwort-42" }),
          ),
        ),
      ).toBe(NOT_FOUND);
    }
    expect(await db.user.count({ where: { id: { in: [manager.id, teamManager.id] } } })).toBe(2);
    expect(await db.user.count({ where: { loginId: "forged@lotse.test" } })).toBe(0);
  });

  it("refuses a company manager (404) and sends a signed-out visitor to the sign-in page", async () => {
    const target = await createUserRecord({ kind: "manager", role: "company" });
    await createUserRecord({ kind: "manager", role: "company" });
    const fields = form({ name: "Hijack", loginId: "hijack@lotse.test", email: "hijack@lotse.test" });
    signedIn(await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" })));
    expect(await answerOf(updateCompanyManagerAction(target.id, initialFormState, fields))).toBe(NOT_FOUND);
    expect(await answerOf(deleteCompanyManagerAction(target.id))).toBe(NOT_FOUND);
    expect(await answerOf(setCompanyManagerDisabledAction(target.id, form({ intent: "disable" })))).toBe(NOT_FOUND);
    signedIn(null);
    expect(await answerOf(updateCompanyManagerAction(target.id, initialFormState, fields))).toBe("redirect /admin");
    expect(await answerOf(deleteCompanyManagerAction(target.id))).toBe("redirect /admin");
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      loginId: target.loginId,
      disabled: false,
    });
  });
});
