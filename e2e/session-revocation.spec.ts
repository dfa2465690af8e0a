import { strongPassword } from "./support/constants";
import { expect, test } from "./support/fixtures";
import { de } from "./support/messages";

test("a password change ends the user's other sessions", async ({ lotse, companyManager }) => {
  const a = await lotse.newPage();
  const b = await lotse.newPage();
  await lotse.signIn(a, "manager", companyManager);
  await lotse.signIn(b, "manager", companyManager);

  await a.goto("/manager/settings");
  await lotse.checkOnce(a);
  const newPassword = strongPassword();
  await a.getByLabel(de.Settings.currentPassword, { exact: true }).fill(companyManager.password);
  await a.getByLabel(de.Settings.newPassword, { exact: true }).fill(newPassword);
  await a.getByLabel(de.Settings.newPasswordConfirm, { exact: true }).fill(newPassword);
  await a.getByRole("button", { name: "Einstellungen speichern", exact: true }).click();
  await expect(a.getByRole("status")).toHaveText(de.Notices.saved);

  // B's next request (a click in its navigation) lands on the sign-in page.
  await b.getByRole("navigation", { name: de.Nav.label }).getByRole("link", { name: "Meine Einstellungen" }).click();
  await expect(b).toHaveURL(/\/manager$/);
  await expect(b.getByRole("heading", { level: 1 })).toHaveText(de.SignIn.managerTitle);

  // A, where the password was changed, is still signed in.
  await a.goto("/manager/home");
  await expect(a).toHaveURL(/\/manager\/home$/);
  await expect(a.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${companyManager.name}`);
});

test("disabling a manager ends their open session", async ({ lotse, companyManager }) => {
  const managerPage = await lotse.newPage();
  await lotse.signIn(managerPage, "manager", companyManager);

  const admin = await lotse.adminPage();
  await admin.goto(`/admin/managers/${companyManager.id}`);
  await lotse.checkOnce(admin);
  await admin.getByRole("button", { name: de.Admin.managers.disable, exact: true }).click();
  await expect(admin.getByRole("status")).toHaveText(de.Notices.managerDisabled);

  await managerPage
    .getByRole("navigation", { name: de.Nav.label })
    .getByRole("link", { name: "Meine Einstellungen" })
    .click();
  await expect(managerPage).toHaveURL(/\/manager$/);
  await expect(managerPage.getByRole("heading", { level: 1 })).toHaveText(de.SignIn.managerTitle);
  await managerPage.goto("/manager/home");
  await expect(managerPage).toHaveURL(/\/manager$/);
});
