import { randomInt } from "node:crypto";
import { strongPassword, uniqueLoginId } from "./support/constants";
import { errorSummary } from "./support/error-summary";
import { expect, test } from "./support/fixtures";
import { waitForMail } from "./support/mail-capture";
import { de, en } from "./support/messages";

// Each client address may ask for 10 links per 15 minutes: this spec stands for a client of its own.
test.use({ extraHTTPHeaders: { "X-Forwarded-For": `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` } });

test("forgot password: mail with a single-use link, in the recipient's language", async ({ page, lotse, baseURL }) => {
  // An English-speaking manager on a German sign-in page: the mail follows the recipient.
  const manager = await lotse.createCompanyManager({ language: "en" });
  const t = de.ForgotPassword;
  const loginId = page.getByLabel(t.loginId, { exact: true });
  const confirm = page.getByLabel(t.loginIdConfirm, { exact: true });
  const send = page.getByRole("button", { name: "Senden", exact: true });

  await test.step("the sign-in page links to “Passwort vergessen”", async () => {
    await page.goto("/manager");
    await lotse.check(page);
    await page.getByRole("link", { name: "Passwort vergessen" }).click();
    await expect(page).toHaveURL(/\/forgot-password\?realm=manager$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Passwort vergessen");
    await lotse.check(page);
  });

  await test.step("a confirmation that does not match is named next to the field", async () => {
    await loginId.fill(manager.loginId);
    await confirm.fill(uniqueLoginId("other"));
    await send.click();
    await expect(confirm).toHaveAccessibleDescription(de.Errors.loginIdMismatch);
    await expect(confirm).toHaveAttribute("aria-invalid", "true");
    await expect(loginId).toHaveValue(manager.loginId);
    await lotse.check(page);
  });

  let confirmation = "";
  await test.step("an existing login gets the neutral confirmation", async () => {
    await loginId.fill(manager.loginId);
    await confirm.fill(manager.loginId);
    await send.click();
    await expect(page).toHaveURL(/\/forgot-password\?realm=manager&sent=1$/);
    const status = page.getByRole("status");
    await expect(status).toHaveText(t.sent);
    confirmation = await status.innerText();
    await lotse.check(page);
  });

  await test.step("an unknown login gets exactly the same confirmation", async () => {
    const nobody = uniqueLoginId("nobody");
    await page.goto("/forgot-password?realm=manager");
    await loginId.fill(nobody);
    await confirm.fill(nobody);
    await send.click();
    await expect(page).toHaveURL(/\/forgot-password\?realm=manager&sent=1$/);
    expect(await page.getByRole("status").innerText()).toBe(confirmation);
  });

  const mail = await test.step("the mail arrives at the address on file, in English", async () => {
    const received = await waitForMail(manager.email, { timeoutMs: 30_000 });
    expect(received.subject).toBe(en.Emails.passwordReset.subject);
    // Greeted by name, not by login; the login is named in the text.
    expect(received.text).toContain(en.Emails.passwordReset.greeting.replace("{name}", manager.name));
    expect(received.text).toContain(manager.loginId);
    expect(received.text).toContain(en.Emails.passwordReset.validity);
    expect(received.html).toMatch(/<html[^>]*lang="en"/);
    return received;
  });

  const link = mail.text.match(new RegExp(`${baseURL}/reset-password/[A-Za-z0-9_-]+`))?.[0];
  expect(link, `a reset link to ${baseURL} in:\n${mail.text}`).toBeTruthy();
  expect(mail.html).toContain(`href="${link}"`);
  const newPassword = strongPassword();

  await test.step("the link sets a new password", async () => {
    await page.goto(link!);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(de.ResetPassword.title);
    await lotse.check(page);
    const password = page.getByLabel(de.ResetPassword.password, { exact: true });
    const passwordConfirm = page.getByLabel(de.ResetPassword.passwordConfirm, { exact: true });
    await password.fill("too-short");
    await passwordConfirm.fill("too-short");
    await page.getByRole("button", { name: de.ResetPassword.submit }).click();
    await expect(password).toHaveAccessibleDescription(
      `${de.ResetPassword.passwordHelp} ${de.Errors.passwordTooShort}`,
    );
    await lotse.check(page);

    await password.fill(newPassword);
    await passwordConfirm.fill(newPassword);
    await page.getByRole("button", { name: de.ResetPassword.submit }).click();
    await expect(page).toHaveURL(/\/manager$/);
    await expect(page.getByRole("status")).toHaveText(de.Notices.passwordResetDone);
    await lotse.check(page);
  });

  await test.step("the old password is gone, the new one signs in", async () => {
    await lotse.attemptSignIn(page, "manager", manager);
    await expect(errorSummary(page).getByRole("listitem")).toHaveText(de.Errors.signInInvalid);
    await lotse.signIn(page, "manager", { loginId: manager.loginId, password: newPassword });
    // Signed in, the manager's own language applies.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${manager.name}`);
  });

  await test.step("the link works only once", async () => {
    const other = await lotse.newPage();
    await other.goto(link!);
    await expect(other.getByRole("main").getByRole("alert")).toHaveText(de.ResetPassword.invalidLink);
    await expect(other.getByLabel(de.ResetPassword.password, { exact: true })).toHaveCount(0);
    await lotse.check(other);
  });
});
