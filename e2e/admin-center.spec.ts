import { strongPassword, uniqueLoginId } from "./support/constants";
import { errorSummary } from "./support/error-summary";
import { expect, test } from "./support/fixtures";
import { actionFieldsOf, expectNotFound, postForm } from "./support/forged-requests";
import { waitForMail } from "./support/mail-capture";
import { de } from "./support/messages";
import { dbValue, fill, withGrantsLock } from "./support/organisation";

const t = de.Admin;

test("account grants are saved and stay set, Sitzungsaufzeichnung among them", async ({ lotse, baseURL }) => {
  // Grants are account-wide and other specs rely on them: flip them only while holding the lock.
  await withGrantsLock(baseURL, async () => {
    const admin = await lotse.adminPage();
    const labels = [
      t.grants.companyManagersMayChangePortals,
      t.grants.companyManagersMayCreateApiManagers,
      t.grants.localRecordingAllowed,
    ];
    const checkbox = (label: string) => admin.getByRole("checkbox", { name: label, exact: true });
    const save = async () => {
      await admin.getByRole("button", { name: "Einstellungen speichern", exact: true }).click();
      await expect(admin).toHaveURL(/\/admin\/overview$/);
      await expect(admin.getByRole("status")).toHaveText(de.Notices.grantsSaved);
    };

    // Mixed patterns: each box must map to its own grant, on and off.
    for (const pattern of [
      [true, false, true],
      [false, true, false],
      [true, true, true],
      [false, false, false],
    ]) {
      for (const [i, label] of labels.entries()) await checkbox(label).setChecked(pattern[i]!);
      await save();
      for (const [i, label] of labels.entries()) await expect(checkbox(label)).toBeChecked({ checked: pattern[i] });
      await lotse.checkOnce(admin);

      await admin.reload();
      for (const [i, label] of labels.entries()) await expect(checkbox(label)).toBeChecked({ checked: pattern[i] });
    }
  });
});

test("create, refuse duplicate, disable, enable and reset a company manager", async ({ lotse }) => {
  const admin = await lotse.adminPage();
  const manager = await lotse.createCompanyManager();
  const genericError = de.Errors.signInInvalid;

  await test.step("the new manager is listed as active", async () => {
    const row = admin.getByRole("row").filter({ hasText: manager.loginId });
    await expect(row.getByRole("cell", { name: manager.email, exact: true })).toBeVisible();
    await expect(row.getByRole("cell", { name: t.managers.active, exact: true })).toBeVisible();
  });

  await test.step("a second manager with the same login ID is refused next to the field", async () => {
    await admin.getByRole("link", { name: t.managers.add }).click();
    await expect(admin).toHaveURL(/\/admin\/managers\/new$/);
    await admin.getByLabel(t.managers.name, { exact: true }).fill("Doppelgänger");
    const loginId = admin.getByLabel(t.managers.loginId, { exact: true });
    await loginId.fill(manager.loginId.toUpperCase()); // login IDs are case-insensitive
    await admin.getByLabel(t.managers.email, { exact: true }).fill("someone-else@mail.lotse.test");
    const password = strongPassword();
    await admin.getByLabel(t.managers.password, { exact: true }).fill(password);
    await admin.getByLabel(t.managers.passwordConfirm, { exact: true }).fill(password);
    await admin.getByRole("button", { name: t.managers.add, exact: true }).click();
    await expect(loginId).toHaveAccessibleDescription(`${t.managers.loginIdHelp} ${de.Errors.loginIdTaken}`);
    await expect(loginId).toHaveAttribute("aria-invalid", "true");
    await expect(admin).toHaveURL(/\/admin\/managers\/new$/);
    await lotse.check(admin);
  });

  const managerPage = await lotse.newPage();

  await test.step("disabled: the manager can no longer sign in, with the generic error", async () => {
    await admin.goto(`/admin/managers/${manager.id}`);
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(manager.name);
    await lotse.checkOnce(admin);
    await admin.getByRole("button", { name: t.managers.disable, exact: true }).click();
    await expect(admin.getByRole("status")).toHaveText(de.Notices.managerDisabled);
    await expect(admin.getByRole("definition").filter({ hasText: t.managers.disabled })).toBeVisible();
    await expect(admin.getByRole("button", { name: t.managers.enable, exact: true })).toBeVisible();
    await lotse.check(admin);

    await lotse.attemptSignIn(managerPage, "manager", manager);
    await expect(errorSummary(managerPage).getByRole("listitem")).toHaveText(genericError);
    await expect(managerPage).toHaveURL(/\/manager$/);
    await lotse.check(managerPage);
  });

  await test.step("enabled again: the manager signs in", async () => {
    await admin.getByRole("button", { name: t.managers.enable, exact: true }).click();
    await expect(admin.getByRole("status")).toHaveText(de.Notices.managerEnabled);
    await expect(admin.getByRole("definition").filter({ hasText: t.managers.active })).toBeVisible();
    await lotse.signIn(managerPage, "manager", manager);
  });

  const temporary = strongPassword();
  await test.step("the administrator resets the password: the manager is signed out", async () => {
    const newPassword = admin.getByLabel(t.managers.newPassword, { exact: true });
    const confirm = admin.getByLabel(t.managers.passwordConfirm, { exact: true });
    await newPassword.fill(temporary);
    await confirm.fill(`${temporary}-typo`);
    await admin.getByRole("button", { name: t.managers.resetPassword, exact: true }).click();
    await expect(confirm).toHaveAccessibleDescription(de.Errors.passwordMismatch);
    await lotse.check(admin);

    await newPassword.fill(temporary);
    await confirm.fill(temporary);
    await admin.getByRole("button", { name: t.managers.resetPassword, exact: true }).click();
    await expect(admin.getByRole("status")).toHaveText(de.Notices.managerPasswordReset);

    await managerPage.goto("/manager/home");
    await expect(managerPage).toHaveURL(/\/manager$/);
    await expect(managerPage.getByRole("heading", { level: 1 })).toHaveText(de.SignIn.managerTitle);
  });

  await test.step("the old password no longer works", async () => {
    await lotse.attemptSignIn(managerPage, "manager", manager);
    await expect(errorSummary(managerPage).getByRole("listitem")).toHaveText(genericError);
  });

  await test.step("with the temporary password the manager must choose a new one first", async () => {
    await lotse.submitSignIn(managerPage, "manager", { loginId: manager.loginId, password: temporary });
    await expect(managerPage).toHaveURL(/\/manager\/settings$/);
    await expect(managerPage.getByRole("status")).toHaveText(de.Notices.mustChangePasswordByAdmin);
    await lotse.check(managerPage);

    await managerPage.goto("/manager/home");
    await expect(managerPage).toHaveURL(/\/manager\/settings$/);
    await expect(managerPage.getByRole("status")).toHaveText(de.Notices.mustChangePasswordByAdmin);

    const chosen = strongPassword();
    await managerPage.getByLabel(de.Settings.currentPassword, { exact: true }).fill(temporary);
    await managerPage.getByLabel(de.Settings.newPassword, { exact: true }).fill(chosen);
    await managerPage.getByLabel(de.Settings.newPasswordConfirm, { exact: true }).fill(chosen);
    await managerPage.getByRole("button", { name: "Einstellungen speichern", exact: true }).click();
    await expect(managerPage).toHaveURL(/\/manager\/settings$/);
    await expect(managerPage.getByRole("status")).toHaveText(de.Notices.saved);

    await managerPage.goto("/manager/home");
    await expect(managerPage).toHaveURL(/\/manager\/home$/);
    await expect(managerPage.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${manager.name}`);
    await lotse.checkOnce(managerPage);
  });
});

test("edit a company manager: errors by the fields, a taken login ID, the old address told, a new login ID signs out", async ({
  lotse,
}) => {
  const admin = await lotse.adminPage();
  const manager = await lotse.createCompanyManager();
  const other = await lotse.createCompanyManager();
  const managerPage = await lotse.newPage();
  await lotse.signIn(managerPage, "manager", manager);
  const edit = admin.getByRole("region", { name: t.managers.edit });
  const name = edit.getByLabel(t.managers.name, { exact: true });
  const loginId = edit.getByLabel(t.managers.loginId, { exact: true });
  const email = edit.getByLabel(t.managers.email, { exact: true });
  const save = async (values: { name: string; loginId: string; email: string }) => {
    await name.fill(values.name);
    await loginId.fill(values.loginId);
    await email.fill(values.email);
    await edit.getByRole("button", { name: t.managers.save, exact: true }).click();
  };

  await test.step("an empty name and another manager's login ID are named next to their fields", async () => {
    await admin.goto(`/admin/managers/${manager.id}`);
    await lotse.checkOnce(admin);
    await expect(loginId).toHaveValue(manager.loginId);
    await save({ name: "", loginId: other.loginId.toUpperCase(), email: manager.email });
    await expect(name).toHaveAccessibleDescription(de.Errors.managerNameRequired);
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(loginId).toHaveAccessibleDescription(
      `${t.managers.loginIdHelp} ${t.managers.loginIdChangeHint} ${de.Errors.loginIdTaken}`,
    );
    await lotse.check(admin);
  });

  const newEmail = manager.email.replace("@", "-neu@");
  await test.step("a new e-mail address is saved, and the old address is told; the manager stays signed in", async () => {
    await save({ name: `${manager.name} Neu`, loginId: manager.loginId, email: newEmail });
    await expect(admin).toHaveURL(new RegExp(`/admin/managers/${manager.id}$`));
    await expect(admin.getByRole("status")).toHaveText(de.Notices.managerUpdated);
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`${manager.name} Neu`);
    await expect(email).toHaveValue(newEmail);
    await lotse.checkOnce(admin);
    const notice = await waitForMail(manager.email);
    expect(notice.subject).toBe(de.Emails.emailChanged.subject);
    expect(notice.text).toContain(newEmail);
    await managerPage.goto("/manager/home");
    await expect(managerPage).toHaveURL(/\/manager\/home$/);
  });

  await test.step("a new login ID ends the manager's sessions; only the new one signs in", async () => {
    const renamed = uniqueLoginId("cm-renamed");
    await save({ name: `${manager.name} Neu`, loginId: renamed, email: newEmail });
    await expect(admin.getByRole("status")).toHaveText(de.Notices.managerUpdated);
    await expect(admin.getByRole("definition").filter({ hasText: renamed })).toBeVisible();
    await managerPage.goto("/manager/home");
    await expect(managerPage).toHaveURL(/\/manager$/);
    await lotse.attemptSignIn(managerPage, "manager", manager);
    await expect(errorSummary(managerPage).getByRole("listitem")).toHaveText(de.Errors.signInInvalid);
    await lotse.signIn(managerPage, "manager", { loginId: renamed, password: manager.password });
  });
});

test("delete a company manager: a confirmation page, Abbrechen keeps them, OK signs them out and deletes them", async ({
  lotse,
}) => {
  const admin = await lotse.adminPage();
  const manager = await lotse.createCompanyManager();
  const managerPage = await lotse.newPage();
  await lotse.signIn(managerPage, "manager", manager);

  await admin.goto(`/admin/managers/${manager.id}`);
  await lotse.checkOnce(admin);
  await admin.getByRole("link", { name: t.managers.delete, exact: true }).click();
  await expect(admin).toHaveURL(new RegExp(`/admin/managers/${manager.id}/delete$`));
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(t.managers.deleteTitle);
  await expect(admin.getByRole("main")).toContainText(
    fill(t.managers.deleteQuestion, { name: manager.name, loginId: manager.loginId }),
  );
  await lotse.check(admin);
  await admin.getByRole("link", { name: t.managers.cancel, exact: true }).click();
  await expect(admin).toHaveURL(new RegExp(`/admin/managers/${manager.id}$`));

  await admin.getByRole("link", { name: t.managers.delete, exact: true }).click();
  await admin.getByRole("button", { name: t.managers.ok, exact: true }).click();
  await expect(admin).toHaveURL(/\/admin\/overview$/);
  await expect(admin.getByRole("status")).toHaveText(de.Notices.managerDeleted);
  await expect(admin.getByRole("row").filter({ hasText: manager.loginId })).toHaveCount(0);
  await lotse.checkOnce(admin);

  await managerPage.goto("/manager/home");
  await expect(managerPage).toHaveURL(/\/manager$/);
  await lotse.attemptSignIn(managerPage, "manager", manager);
  await expect(errorSummary(managerPage).getByRole("listitem")).toHaveText(de.Errors.signInInvalid);
  await expectNotFound(admin, lotse, `/admin/managers/${manager.id}`);
});

test.describe("forged requests", () => {
  test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, "plain HTTP requests: once (js project) is enough");

  test("editing and deleting company managers: forged IDs answer 404, a company manager is sent to the sign-in", async ({
    lotse,
    browser,
    baseURL,
    companyManager,
  }) => {
    const admin = await lotse.adminPage();
    const target = await lotse.createCompanyManager();
    const page = `/admin/managers/${target.id}/delete`;
    const fields = await actionFieldsOf(browser, admin.context(), page, "main form");
    for (const id of ["does-not-exist", 42, { id: target.id }, "x".repeat(500)]) {
      const forged = fields.map(([name, value]): [string, string] =>
        /^\$ACTION_\d+:1$/.test(name) ? [name, JSON.stringify([id])] : [name, value],
      );
      expect((await postForm(admin.context(), baseURL, page, forged)).status, JSON.stringify(id)).toBe(404);
    }
    const managerPage = await lotse.newPage();
    await lotse.signIn(managerPage, "manager", companyManager);
    expect(await postForm(managerPage.context(), baseURL, page, fields)).toMatchObject({
      status: 303,
      location: "/admin",
    });
    expect(dbValue(baseURL, 'SELECT COUNT(*) FROM "User" WHERE id = ?', target.id)).toBe(1);
  });
});

test("only the system administrator reaches the Admin Center", async ({ page, lotse, companyManager }) => {
  // A company manager's credentials do not open the Admin Center: with the right password, the
  // answer says where managers sign in (a wrong one gets the generic error, see lockout.spec.ts).
  await lotse.attemptSignIn(page, "admin", companyManager);
  await expect(errorSummary(page).getByRole("listitem")).toHaveText(de.Errors.signInElsewhere.manager);
  await lotse.check(page);
  await page.goto("/admin/overview");
  await expect(page).toHaveURL(/\/admin$/);
});
