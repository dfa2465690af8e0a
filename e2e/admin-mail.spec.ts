// Admin Center › E-Mail-Versand (issue 9, point 10): the e2e servers send to the SMTP capture, so
// failed mail is seeded (due in an hour) and everything else goes the real way.
import { ADMIN, SMTP_PORT } from "./support/constants";
import { expect, test } from "./support/fixtures";
import { actionFieldsOf, postForm } from "./support/forged-requests";
import { waitForMail } from "./support/mail-capture";
import { de, icu } from "./support/messages";
import { dbValue, fill, seed, tag } from "./support/organisation";

const t = de.Admin.mail;

const failedEmail = (key: string, recipient: string, subject: string, lastError: string) => ({
  key,
  recipient,
  subject,
  lastError,
});

test("E-Mail-Versand: the SMTP server, failed mail with its error, retry now, discard and a test mail", async ({
  lotse,
  baseURL,
}) => {
  const x = tag();
  const retryTo = `retry-${x}@mail.lotse.test`;
  const discardTo = `discard-${x}@mail.lotse.test`;
  const { emails } = await seed(baseURL, {
    failedEmails: [
      failedEmail("retry", retryTo, `Erneut ${x}`, `Greeting never received ${x}`),
      failedEmail("discard", discardTo, `Weg ${x}`, `connect ECONNREFUSED ${x}`),
    ],
  });
  const admin = await lotse.adminPage();
  const row = (recipient: string) => admin.getByRole("row").filter({ hasText: recipient });

  await test.step("the overview says that mail failed, and leads to E-Mail-Versand", async () => {
    await admin.goto("/admin/overview");
    const card = admin.getByRole("region", { name: t.title });
    await expect(card).toContainText(/nicht zugestellt/);
    await lotse.checkOnce(admin);
    await card.getByRole("link", { name: t.show, exact: true }).click();
    await expect(admin).toHaveURL(/\/admin\/mail$/);
    await expect(
      admin.getByRole("navigation", { name: de.Nav.label }).getByRole("link", { name: de.Nav.mail, exact: true }),
    ).toHaveAttribute("aria-current", "page");
  });

  await test.step("the page shows the SMTP server, and each failed mail with attempts and error", async () => {
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(t.title);
    await expect(admin.getByRole("main").getByRole("alert")).toHaveCount(0); // SMTP is set up
    await expect(admin.getByRole("region", { name: t.setupTitle })).toContainText(`smtp://127.0.0.1:${SMTP_PORT}`);
    await expect(row(retryTo)).toContainText(`Erneut ${x}`);
    await expect(row(retryTo)).toContainText(`Greeting never received ${x}`);
    await expect(row(retryTo).getByRole("cell").nth(3)).toHaveText("3");
    await lotse.check(admin);
  });

  await test.step("retry now: the failed mail leaves at once", async () => {
    await row(retryTo).getByRole("button", { name: t.retry, exact: true }).click();
    await expect(admin).toHaveURL(/\/admin\/mail$/);
    await expect(admin.getByRole("status")).toHaveText(icu(de.Notices.emailsRetried, { count: 1 }));
    await lotse.checkOnce(admin);
    expect((await waitForMail(retryTo)).subject).toBe(`Erneut ${x}`);
    await expect
      .poll(() => dbValue(baseURL, 'SELECT status FROM "OutboxEmail" WHERE id = ?', emails.retry))
      .toBe("sent");
  });

  await test.step("discard: a confirmation page first; Abbrechen keeps the mail, OK discards it", async () => {
    await admin.goto("/admin/mail");
    await row(discardTo).getByRole("link", { name: t.discard, exact: true }).click();
    await expect(admin).toHaveURL(new RegExp(`/admin/mail/discard\\?id=${emails.discard}$`));
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(t.discardTitle);
    await expect(admin.getByRole("main")).toContainText(
      fill(t.discardOneQuestion, { subject: `Weg ${x}`, recipient: discardTo }),
    );
    await lotse.check(admin);
    await admin.getByRole("link", { name: t.cancel, exact: true }).click();
    await expect(admin).toHaveURL(/\/admin\/mail$/);
    await expect(row(discardTo)).toHaveCount(1);

    await row(discardTo).getByRole("link", { name: t.discard, exact: true }).click();
    await admin.getByRole("button", { name: t.ok, exact: true }).click();
    await expect(admin).toHaveURL(/\/admin\/mail$/);
    await expect(admin.getByRole("status")).toHaveText(icu(de.Notices.emailsDiscarded, { count: 1 }));
    await expect(row(discardTo)).toHaveCount(0);
    expect(dbValue(baseURL, 'SELECT COUNT(*) FROM "OutboxEmail" WHERE id = ?', emails.discard)).toBe(0);
  });

  await test.step("discarding all waiting mail asks first (other tests' mail stays: Abbrechen)", async () => {
    await admin.goto("/admin/mail/discard");
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(t.discardTitle);
    await lotse.check(admin);
    await admin.getByRole("link", { name: new RegExp(`^(${t.cancel}|${t.back})$`) }).click();
    await expect(admin).toHaveURL(/\/admin\/mail$/);
  });

  await test.step("a test mail: an invalid address is named next to the field; a valid one arrives", async () => {
    const to = admin.getByLabel(t.testTo, { exact: true });
    await expect(to).toHaveValue(/@/); // the administrator's own address to start with
    await to.fill("kein-postfach");
    await admin.getByRole("button", { name: t.testSubmit, exact: true }).click();
    await expect(to).toHaveAccessibleDescription(de.Errors.emailFormat);
    await expect(to).toHaveAttribute("aria-invalid", "true");
    await lotse.check(admin);

    const probe = `probe-${x}@mail.lotse.test`;
    await to.fill(probe);
    await admin.getByRole("button", { name: t.testSubmit, exact: true }).click();
    await expect(admin).toHaveURL(/\/admin\/mail$/);
    await expect(admin.getByRole("status")).toHaveText(de.Notices.testEmailQueued);
    const mail = await waitForMail(probe);
    expect(mail.subject).toBe(de.Emails.testMail.subject);
    expect(mail.text).toContain(ADMIN.loginId);
    // Delivered: the page now has a last successful delivery.
    await admin.goto("/admin/mail");
    await expect(admin.getByRole("region", { name: t.setupTitle })).not.toContainText(t.neverSent);
  });
});

test.describe("forged requests", () => {
  test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, "plain HTTP requests: once (js project) is enough");

  test("E-Mail-Versand actions: a forged ID answers 404, a company manager is sent to the Admin Center sign-in", async ({
    lotse,
    browser,
    baseURL,
    companyManager,
  }) => {
    const x = tag();
    const { emails } = await seed(baseURL, {
      failedEmails: [failedEmail("kept", `kept-${x}@mail.lotse.test`, `Bleibt ${x}`, "timeout")],
    });
    const page = `/admin/mail/discard?id=${emails.kept}`;
    const admin = await lotse.adminPage();
    const fields = await actionFieldsOf(browser, admin.context(), page, "main form");
    for (const id of ["does-not-exist", 42, { id: emails.kept }, "x".repeat(500)]) {
      const forged = fields.map(([name, value]): [string, string] =>
        /^\$ACTION_\d+:1$/.test(name) ? [name, JSON.stringify([id])] : [name, value],
      );
      expect((await postForm(admin.context(), baseURL, page, forged)).status, JSON.stringify(id)).toBe(404);
    }

    const manager = await lotse.newPage();
    await lotse.signIn(manager, "manager", companyManager);
    expect(await postForm(manager.context(), baseURL, page, fields)).toMatchObject({ status: 303, location: "/admin" });
    expect(dbValue(baseURL, 'SELECT COUNT(*) FROM "OutboxEmail" WHERE id = ?', emails.kept)).toBe(1);

    // The same fields from the administrator do discard it.
    expect(await postForm(admin.context(), baseURL, page, fields)).toMatchObject({
      status: 303,
      location: "/admin/mail",
      flash: "notice:emailsDiscarded:1",
    });
    expect(dbValue(baseURL, 'SELECT COUNT(*) FROM "OutboxEmail" WHERE id = ?', emails.kept)).toBe(0);
  });
});
