// The agent console's basics without JavaScript (the live specs are in live-support.spec.ts): sign-in,
// the waiting request after "Aktualisieren", Annehmen as a plain form, the same session ID on both
// sides, a message from the agent that the customer sees after a reload, and the end with notes
// and outcome.
import { randomInt } from "node:crypto";
import { expect, test } from "./support/fixtures";
import { de, icu } from "./support/messages";
import { dbQuery, fill, password, seed, tag } from "./support/organisation";

test.skip(
  ({ javaScriptEnabled }) => javaScriptEnabled !== false,
  "the scripted console is covered by live-support.spec.ts",
);

const a = de.AgentConsole;
const c = de.CustomerPortal;

test("without JavaScript: sign in, refresh, accept, a message, a canned message, end with notes and outcome", async ({
  lotse,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const x = tag();
  const pw = password();
  const agent = { loginId: `nojs-${x}@lotse.test`, password: pw, firstName: `Nora${x}` };
  const slug = `live-nojs-${x}`;
  await seed(baseURL, {
    teams: [
      {
        key: "desk",
        name: `Ohne-Skript-Team ${x}`,
        greeting: `Willkommen ${x}`,
        cannedMessages: [`Einen Moment bitte ${x}`],
      },
    ],
    users: [
      {
        key: "nora",
        kind: "agent",
        firstName: agent.firstName,
        lastName: "Agent",
        loginId: agent.loginId,
        password: pw,
        team: "desk",
      },
    ],
    portals: [
      {
        key: "p",
        name: `Ohne Skript ${x}`,
        slug,
        type: "questionBox",
        subPortals: [{ key: "main", name: "Allgemein", slug: "allgemein", teams: ["desk"] }],
      },
    ],
  });
  const agentPage = await lotse.newPage();
  const customerPage = await lotse.newPage({
    extraHTTPHeaders: { "X-Forwarded-For": `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` },
  });

  await agentPage.goto("/agent");
  await lotse.checkOnce(agentPage);
  await agentPage.getByLabel(de.SignIn.loginId, { exact: true }).fill(agent.loginId);
  await agentPage.getByLabel(de.SignIn.password, { exact: true }).fill(agent.password);
  await agentPage.getByRole("button", { name: de.SignIn.submit, exact: true }).click();
  await expect(agentPage.getByRole("heading", { level: 1 })).toHaveText(a.title);
  const requests = agentPage.getByRole("region", { name: a.requests.heading });
  await expect(requests.getByRole("status")).toHaveText(icu(a.requests.count, { count: 0 }));
  await lotse.checkOnce(agentPage);

  await customerPage.goto(`/p/${slug}`);
  await lotse.checkOnce(customerPage);
  await customerPage.getByRole("textbox", { name: c.fields.name.label }).fill(`Kunde ${x}`);
  await customerPage.getByRole("textbox", { name: c.fields.problem.label }).fill(`Ohne Skript ${x}`);
  await customerPage.getByRole("button", { name: c.submit.questionBox, exact: true }).click();
  await expect(customerPage.getByRole("heading", { level: 1 })).toHaveText(c.waiting.title);
  await lotse.checkOnce(customerPage);

  await agentPage.getByRole("link", { name: a.refresh, exact: true }).click();
  await expect(requests.getByRole("status")).toHaveText(icu(a.requests.count, { count: 1 }));
  await requests
    .getByRole("listitem")
    .filter({ hasText: `Kunde ${x}` })
    .getByRole("button", { name: a.requests.accept, exact: true })
    .click();
  await expect(agentPage).toHaveURL(/\/agent\/sessions\/[^/?]+$/);
  const heading = await agentPage.getByRole("heading", { level: 1 }).textContent();
  const number = heading!.replace(/\D/g, "");
  expect(heading).toBe(fill(a.session.title, { number }));
  expect(number).toMatch(/^\d{9}$/);
  await lotse.checkOnce(agentPage);

  const agentLog = agentPage.getByRole("log").getByRole("listitem");
  await agentPage.getByRole("textbox", { name: a.message.label, exact: true }).fill(`Hallo ohne Skript ${x}`);
  await agentPage.getByRole("button", { name: a.message.send, exact: true }).click();
  await expect(agentLog.filter({ hasText: `Hallo ohne Skript ${x}` })).toHaveCount(1);
  // Post/redirect/get: the page after sending is the session page itself, so reloading it (the only
  // way to see new messages without a script) sends nothing again.
  await expect(agentPage).toHaveURL(/\/agent\/sessions\/[^/?]+$/);
  await agentPage.reload();
  await expect(agentLog.filter({ hasText: `Hallo ohne Skript ${x}` })).toHaveCount(1);

  // Without JavaScript, Einfügen cannot reach the box: it sends the canned message as it is.
  await agentPage.getByLabel(a.canned.label, { exact: true }).selectOption(`Einen Moment bitte ${x}`);
  await agentPage.getByRole("button", { name: a.canned.insert, exact: true }).click();
  await expect(agentLog.filter({ hasText: `Einen Moment bitte ${x}` })).toHaveCount(1);

  // Files go without JavaScript too: the form posts, and the session page says how it went.
  await agentPage.getByRole("button", { name: a.files.send, exact: true }).click();
  await expect(agentPage.locator("#session-file-error")).toHaveText(de.Errors.fileMissing);
  await lotse.check(agentPage);
  await agentPage
    .getByLabel(a.files.label, { exact: true })
    .setInputFiles({ name: `ohne-skript-${x}.txt`, mimeType: "text/plain", buffer: Buffer.from("Hallo") });
  await agentPage.getByRole("button", { name: a.files.send, exact: true }).click();
  await expect(agentPage.getByRole("status").filter({ hasText: a.files.sent })).toBeVisible();
  await expect(agentPage.getByRole("log").getByRole("link", { name: `ohne-skript-${x}.txt` })).toBeVisible();

  await customerPage.getByRole("link", { name: c.waiting.refresh, exact: true }).click();
  await expect(customerPage.getByRole("heading", { level: 1 })).toHaveText(
    fill(c.session.title, { agent: agent.firstName }),
  );
  await expect(customerPage.locator(".request-number-value")).toHaveText(number);
  const log = customerPage.getByRole("log").getByRole("listitem");
  await expect(log.first()).toContainText(`Willkommen ${x}`);
  await expect(log.filter({ hasText: `Hallo ohne Skript ${x}` })).toHaveCount(1);
  await expect(log.filter({ hasText: `Einen Moment bitte ${x}` })).toHaveCount(1);
  await expect(log.getByRole("link", { name: `ohne-skript-${x}.txt` })).toBeVisible();
  await lotse.check(customerPage);

  // The customer answers; reloading after it sends nothing twice, and "Aktualisieren" shows the
  // agent's reply.
  await customerPage.getByRole("textbox", { name: c.session.message, exact: true }).fill(`Danke ${x}`);
  await customerPage.getByRole("button", { name: c.session.send, exact: true }).click();
  await expect(customerPage).toHaveURL(/\/requests\/[^/?]+$/);
  await customerPage.reload();
  await expect(log.filter({ hasText: `Danke ${x}` })).toHaveCount(1);
  await agentPage.getByRole("link", { name: a.session.refresh, exact: true }).click();
  await expect(agentLog.filter({ hasText: `Danke ${x}` })).toHaveCount(1);
  await agentPage.getByRole("textbox", { name: a.message.label, exact: true }).fill(`Gern ${x}`);
  await agentPage.getByRole("button", { name: a.message.send, exact: true }).click();
  await customerPage.getByRole("link", { name: c.session.refresh, exact: true }).click();
  await expect(log.filter({ hasText: `Gern ${x}` })).toHaveCount(1);
  expect(dbQuery(baseURL, "SELECT COUNT(*) AS n FROM SessionEvent WHERE body LIKE ?", `%Danke ${x}%`)[0]).toEqual({
    n: 1,
  });

  // Abmelden with the session running asks first; going back keeps both.
  await agentPage.getByRole("button", { name: a.signOut, exact: true }).click();
  await expect(agentPage.getByRole("heading", { level: 1 })).toHaveText(a.signOutConfirm.title);
  await lotse.checkOnce(agentPage);
  await agentPage.getByRole("link", { name: a.signOutConfirm.cancel, exact: true }).click();
  await expect(agentPage.getByRole("heading", { level: 1 })).toHaveText(a.title);
  await agentPage.getByRole("link", { name: new RegExp(number) }).click();

  await agentPage.getByRole("textbox", { name: a.end.notes, exact: true }).fill(`Notiz ${x}`);
  await agentPage.getByRole("radio", { name: a.end.outcomes.unresolved, exact: true }).check();
  await agentPage.getByRole("button", { name: a.end.submit, exact: true }).click();
  await expect(agentPage.getByRole("status").filter({ hasText: a.session.endedByAgent })).toBeVisible();
  await lotse.check(agentPage);
  expect(dbQuery(baseURL, "SELECT notes, outcome, endedBy FROM SupportSession WHERE number = ?", number)).toEqual([
    { notes: `Notiz ${x}`, outcome: "unresolved", endedBy: "agent" },
  ]);
});
