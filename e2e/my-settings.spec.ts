import { strongPassword } from "./support/constants";
import { errorSummary } from "./support/error-summary";
import { expect, test } from "./support/fixtures";
import { de, en } from "./support/messages";

test("switching the language switches the whole UI at once", async ({ page, lotse, companyManager }) => {
  await lotse.signIn(page, "manager", companyManager);
  await page.getByRole("navigation", { name: de.Nav.label }).getByRole("link", { name: "Meine Einstellungen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meine Einstellungen");
  await lotse.check(page);

  await page.getByRole("combobox", { name: de.Settings.language }).selectOption({ label: "English" });
  await page.getByRole("button", { name: "Einstellungen speichern", exact: true }).click();
  await expect(page).toHaveURL(/\/manager\/settings$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.Settings.title);
  await expect(page.getByRole("status")).toHaveText(en.Notices.saved);
  const nav = page.getByRole("navigation", { name: en.Nav.label });
  await expect(nav.getByRole("link", { name: en.Nav.home, exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "My settings", exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Meine Einstellungen" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: en.Nav.signOut })).toBeVisible();
  // The form itself (a client component) speaks English too.
  await expect(page.getByRole("combobox", { name: en.Settings.timeZone })).toBeVisible();
  await expect(page.getByRole("button", { name: en.Settings.submit, exact: true })).toBeVisible();
  await lotse.check(page);

  await nav.getByRole("link", { name: en.Nav.home }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${companyManager.name}`);
  await lotse.check(page);

  // And back to German.
  await nav.getByRole("link", { name: "My settings" }).click();
  await page.getByRole("combobox", { name: en.Settings.language }).selectOption({ label: "Deutsch" });
  await page.getByRole("button", { name: en.Settings.submit, exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meine Einstellungen");
  await expect(page.getByRole("status")).toHaveText(de.Notices.saved);
  const navDe = page.getByRole("navigation", { name: de.Nav.label });
  await expect(navDe.getByRole("link", { name: "Meine Einstellungen", exact: true })).toBeVisible();
  await expect(navDe.getByRole("link", { name: "My settings" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Einstellungen speichern", exact: true })).toBeVisible();
});

/** What next-intl renders for { dateStyle: "medium", timeStyle: "short" } in a locale and zone. */
function formatted(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(iso));
}

test("times are shown in the user's time zone, not the server's", async ({ page, lotse, companyManager }) => {
  await lotse.signIn(page, "manager", companyManager);
  const since = page.getByTestId("signed-in-since");
  const iso = await since.getAttribute("datetime");
  expect(iso).toBeTruthy();
  const locale = (await page.locator("html").getAttribute("lang")) ?? "de";

  // New managers start in Europe/Berlin; the server itself runs in Asia/Tokyo.
  await expect(since).toHaveText(formatted(iso!, locale, "Europe/Berlin"));

  await page.getByRole("link", { name: "Meine Einstellungen" }).first().click();
  const zones = page.getByRole("combobox", { name: de.Settings.timeZone });
  // The common zones come first; the full list uses current names only (Europe/Kyiv, not Europe/Kiev).
  await expect(zones.locator("optgroup")).toHaveCount(2);
  await expect(zones.locator("optgroup").first()).toHaveAttribute("label", de.Common.timeZonesCommon);
  await expect(zones.locator("option").first()).toHaveText("Europe/Berlin");
  await expect(zones.locator('option[value="Europe/Kyiv"]')).toHaveCount(1);
  await expect(zones.locator('option[value="Europe/Kiev"], option[value="Asia/Calcutta"]')).toHaveCount(0);
  await zones.selectOption("America/New_York");
  await page.getByRole("button", { name: "Einstellungen speichern", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText(de.Notices.saved);
  await expect(page.getByRole("combobox", { name: de.Settings.timeZone })).toHaveValue("America/New_York");
  await lotse.check(page);

  await page.getByRole("navigation", { name: de.Nav.label }).getByRole("link", { name: de.Nav.home }).click();
  await expect(page).toHaveURL(/\/manager\/home$/);
  const expected = formatted(iso!, locale, "America/New_York");
  expect(expected).not.toBe(formatted(iso!, locale, "Asia/Tokyo"));
  expect(expected).not.toBe(formatted(iso!, locale, "Europe/Berlin"));
  await expect(since).toHaveText(expected);
  await expect(since.locator("xpath=..")).toContainText("(America/New_York)");
  await lotse.check(page);
});

test("changing the password needs the current password", async ({ page, lotse, companyManager }) => {
  await lotse.signIn(page, "manager", companyManager);
  await page.goto("/manager/settings");
  await lotse.check(page);

  const current = page.getByLabel(de.Settings.currentPassword, { exact: true });
  const fresh = page.getByLabel(de.Settings.newPassword, { exact: true });
  const confirm = page.getByLabel(de.Settings.newPasswordConfirm, { exact: true });
  const save = page.getByRole("button", { name: "Einstellungen speichern", exact: true });
  const newPassword = strongPassword();

  await fresh.fill(newPassword);
  await confirm.fill(newPassword);
  await save.click();
  await expect(current).toHaveAccessibleDescription(de.Errors.currentPasswordRequired);
  await expect(current).toHaveAttribute("aria-invalid", "true");
  await lotse.check(page);

  await current.fill("Not-my-password-1");
  await fresh.fill(newPassword);
  await confirm.fill(newPassword);
  await save.click();
  await expect(current).toHaveAccessibleDescription(de.Errors.currentPasswordWrong);

  await current.fill(companyManager.password);
  await fresh.fill(newPassword);
  await confirm.fill(`${newPassword}-typo`);
  await save.click();
  await expect(confirm).toHaveAccessibleDescription(de.Errors.passwordMismatch);

  await current.fill(companyManager.password);
  await fresh.fill(newPassword);
  await confirm.fill(newPassword);
  await save.click();
  await expect(page).toHaveURL(/\/manager\/settings$/);
  await expect(page.getByRole("status")).toHaveText(de.Notices.saved);

  // This session stays; the new password is the one that works from now on.
  await page.getByRole("button", { name: de.Nav.signOut }).click();
  await expect(page).toHaveURL(/\/manager$/);
  await lotse.attemptSignIn(page, "manager", companyManager);
  await expect(errorSummary(page).getByRole("listitem")).toHaveText(de.Errors.signInInvalid);
  await lotse.signIn(page, "manager", { loginId: companyManager.loginId, password: newPassword });
});
