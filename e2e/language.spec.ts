import { expect, test } from "./support/fixtures";
import { de, en } from "./support/messages";

test.describe("before sign-in, with an English browser", () => {
  test.use({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en-US,en" } });

  test("the sign-in page follows the browser, and the language switch overrides it", async ({ page, lotse }) => {
    await page.goto("/manager");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.SignIn.managerTitle);
    await expect(page.getByLabel(en.SignIn.loginId, { exact: true })).toBeVisible();
    await lotse.check(page);

    const languages = page.getByRole("form", { name: en.LanguageSwitch.label });
    await expect(languages.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    await languages.getByRole("button", { name: "Deutsch" }).click();

    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page).toHaveURL(/\/manager$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(de.SignIn.managerTitle);
    await expect(page.getByLabel(de.SignIn.loginId, { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Passwort vergessen" })).toBeVisible();
    const sprache = page.getByRole("form", { name: de.LanguageSwitch.label });
    await expect(sprache.getByRole("button", { name: "Deutsch" })).toHaveAttribute("aria-pressed", "true");
    await lotse.check(page);

    // The choice sticks for the next pages, and keeps the page the visitor was on.
    await page.getByRole("link", { name: "Passwort vergessen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Passwort vergessen");
    await lotse.check(page);
    await sprache.getByRole("button", { name: "English" }).click();
    await expect(page).toHaveURL(/\/forgot-password\?realm=manager$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.ForgotPassword.title);
  });
});
