import fs from "node:fs";
import path from "node:path";
import { ADMIN, STATE_DIR } from "./support/constants";
import { expectErrorSummary } from "./support/error-summary";
import { expect, test } from "./support/fixtures";
import { de } from "./support/messages";

// Runs once per server, before every other spec (projects firstrun-js / firstrun-nojs): the
// database is empty, so the first visitor must create the system administrator.
test("first run creates the system administrator, then closes", async ({ page, lotse }, testInfo) => {
  const t = de.FirstRun;
  // What whoever installed Lotse reads off the console of npm start (or out of the data folder).
  const server = testInfo.project.name.replace("firstrun-", "");
  const setupCode = fs.readFileSync(path.join(STATE_DIR, server, "setup-code"), "utf8").trim();

  await test.step("an empty install sends every visitor to /setup", async () => {
    await page.goto("/manager");
    await expect(page).toHaveURL(/\/setup$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.title);
    await lotse.check(page);
  });

  const code = page.getByLabel(t.setupCode, { exact: true });
  const loginId = page.getByLabel(t.loginId, { exact: true });
  const password = page.getByLabel(t.password, { exact: true });
  const passwordConfirm = page.getByLabel(t.passwordConfirm, { exact: true });
  const submit = page.getByRole("button", { name: t.submit });

  await test.step("an empty submit: the error summary names each field, takes the focus and leads there", async () => {
    const title = await page.title();
    await submit.click();
    const errors = [de.Errors.setupCodeRequired, de.Errors.loginIdRequired, de.Errors.passwordRequired];
    expect(await expectErrorSummary(page, { errors, title })).toBe("field-setupCode");
    await lotse.check(page);
    await page.goto("/setup"); // the next steps start from the page's own address, without #field-setupCode
  });

  await test.step("invalid input: localized errors next to the fields", async () => {
    await code.fill("AAAAA-BBBBB-CCCCC-DDDDD");
    await loginId.fill("not-an-email");
    await password.fill("short");
    await passwordConfirm.fill("short");
    await submit.click();
    await expect(loginId).toHaveAccessibleDescription(`${t.loginIdHelp} ${de.Errors.loginIdFormat}`);
    await expect(loginId).toHaveAttribute("aria-invalid", "true");
    await expect(password).toHaveAccessibleDescription(`${t.passwordHelp} ${de.Errors.passwordTooShort}`);
    await expect(code).toHaveAccessibleDescription(`${t.setupCodeHelp} ${de.Errors.setupCodeWrong}`);
    await expect(loginId).toHaveValue("not-an-email"); // the form comes back filled in
    await expect(page).toHaveURL(/\/setup$/);
    await lotse.check(page);

    await code.fill(setupCode);
    await loginId.fill(ADMIN.loginId);
    await password.fill(ADMIN.password);
    await passwordConfirm.fill(`${ADMIN.password}x`);
    await submit.click();
    await expect(passwordConfirm).toHaveAccessibleDescription(de.Errors.passwordMismatch);
    await expect(loginId).not.toHaveAttribute("aria-invalid", "true");
    await lotse.check(page);
  });

  await test.step("valid input creates the administrator", async () => {
    // Case and dashes don't matter.
    await code.fill(setupCode.toLowerCase().replaceAll("-", " "));
    await loginId.fill(ADMIN.loginId);
    await password.fill(ADMIN.password);
    await passwordConfirm.fill(ADMIN.password);
    await page.getByRole("combobox", { name: t.language }).selectOption("de");
    await page.getByRole("combobox", { name: t.timeZone }).selectOption("Europe/Berlin");
    await submit.click();
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("status")).toHaveText(de.Notices.firstRunDone);
    await lotse.check(page);
  });

  await test.step("/setup is closed afterwards, and its code is gone", async () => {
    expect(fs.existsSync(path.join(STATE_DIR, server, "setup-code"))).toBe(false);
    await page.goto("/setup");
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(de.SignIn.adminTitle);
    await page.goto("/manager");
    await expect(page).toHaveURL(/\/manager$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(de.SignIn.managerTitle);
    await lotse.check(page);
  });

  await test.step("the administrator signs in to the Admin Center", async () => {
    await lotse.signIn(page, "admin", ADMIN);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(de.Admin.title);
    await expect(page.getByRole("navigation", { name: de.Nav.label })).toContainText(de.Nav.mySettings);
  });
});
