import { uniqueLoginId } from "./support/constants";
import { errorSummary } from "./support/error-summary";
import { expect, test } from "./support/fixtures";
import { de } from "./support/messages";

test("a company manager signs in, sees the Management Center and signs out", async ({
  page,
  lotse,
  companyManager,
}) => {
  await lotse.signIn(page, "manager", companyManager);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${companyManager.name}`);
  await expect(page.getByRole("definition").filter({ hasText: de.Home.roles.company })).toBeVisible();

  const nav = page.getByRole("navigation", { name: de.Nav.label });
  await expect(nav.getByRole("link", { name: de.Nav.home, exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Meine Einstellungen", exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: de.Nav.home })).toHaveAttribute("aria-current", "page");

  await nav.getByRole("link", { name: "Meine Einstellungen" }).click();
  await expect(page).toHaveURL(/\/manager\/settings$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meine Einstellungen");
  await lotse.check(page);

  await page.getByRole("button", { name: de.Nav.signOut }).click();
  await expect(page).toHaveURL(/\/manager$/);
  await expect(page.getByRole("status")).toHaveText(de.Notices.signedOut);
  await lotse.check(page);

  // Signed out means signed out: the Management Center sends us back to sign in.
  await page.goto("/manager/home");
  await expect(page).toHaveURL(/\/manager$/);
});

test("a wrong password and an unknown login get the same generic error", async ({ page, lotse, companyManager }) => {
  const alert = errorSummary(page).getByRole("listitem");

  await lotse.attemptSignIn(page, "manager", {
    loginId: companyManager.loginId,
    password: `${companyManager.password}x`,
  });
  await expect(alert).toHaveText(de.Errors.signInInvalid);
  await expect(page).toHaveURL(/\/manager$/);
  await expect(page.getByLabel(de.SignIn.loginId, { exact: true })).toHaveValue(companyManager.loginId);
  await lotse.check(page);
  const wrongPassword = await alert.innerText();

  await lotse.attemptSignIn(page, "manager", { loginId: uniqueLoginId("nobody"), password: companyManager.password });
  await expect(alert).toHaveText(de.Errors.signInInvalid);
  expect(await alert.innerText()).toBe(wrongPassword);

  // Empty fields are named next to the fields instead.
  await page.getByLabel(de.SignIn.loginId, { exact: true }).fill("");
  await page.getByLabel(de.SignIn.password, { exact: true }).fill("");
  await page.getByRole("button", { name: de.SignIn.submit, exact: true }).click();
  await expect(page.getByLabel(de.SignIn.password, { exact: true })).toHaveAccessibleDescription(
    de.Errors.signInPasswordRequired,
  );
  await expect(page.getByLabel(de.SignIn.loginId, { exact: true })).toHaveAccessibleDescription(
    de.Errors.loginIdRequired,
  );
  await lotse.check(page);
});
