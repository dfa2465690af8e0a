import { uniqueLoginId } from "./support/constants";
import { errorSummary } from "./support/error-summary";
import { expect, test } from "./support/fixtures";
import { de } from "./support/messages";

const { signInInvalid, signInLocked } = de.Errors;

test("five failed attempts lock a login, even against the right password", async ({ page, lotse, companyManager }) => {
  const wrong = { loginId: companyManager.loginId, password: "Wrong-password-123" };
  const alert = errorSummary(page).getByRole("listitem");
  for (let attempt = 1; attempt <= 4; attempt++) {
    await lotse.attemptSignIn(page, "manager", wrong);
    await expect(alert, `attempt ${attempt}`).toHaveText(signInInvalid);
  }
  await lotse.attemptSignIn(page, "manager", wrong);
  await expect(alert).toHaveText(signInLocked);
  await lotse.check(page);

  await lotse.attemptSignIn(page, "manager", companyManager);
  await expect(alert).toHaveText(signInLocked);
  await expect(page).toHaveURL(/\/manager$/);
  await page.goto("/manager/home");
  await expect(page).toHaveURL(/\/manager$/);
});

test("an unknown login is locked the same way, so a lock reveals nothing", async ({ page, lotse }) => {
  const nobody = { loginId: uniqueLoginId("nobody"), password: "Wrong-password-123" };
  const alert = errorSummary(page).getByRole("listitem");
  for (let attempt = 1; attempt <= 4; attempt++) {
    await lotse.attemptSignIn(page, "manager", nobody);
    await expect(alert, `attempt ${attempt}`).toHaveText(signInInvalid);
  }
  await lotse.attemptSignIn(page, "manager", nobody);
  await expect(alert).toHaveText(signInLocked);
  await lotse.attemptSignIn(page, "manager", { ...nobody, password: "Another-password-456" });
  await expect(alert).toHaveText(signInLocked);
  await lotse.check(page);
});
