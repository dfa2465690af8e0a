// The agent console's basics without JavaScript (the live specs are in live-support.spec.ts): sign-in,
// the waiting request after "Aktualisieren", Annehmen as a plain form, the same session ID on both
// sides, a message from the agent that the customer sees after a reload, and the end with notes
// and outcome. The live pages (console, waiting page, chat) reload themselves through a <noscript>
// refresh: the waiting customer reaches the chat without clicking anything.
import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { de, icu } from "./support/messages";
import { dbQuery, fill, password, seed, tag } from "./support/organisation";

test.skip(
  ({ javaScriptEnabled }) => javaScriptEnabled !== false,
  "the scripted console is covered by live-support.spec.ts",
);

const a = de.AgentConsole;
const c = de.CustomerPortal;

/** A page's own refresh, which a browser without JavaScript follows: "<seconds>; url=<path>". */
const refresh = (page: Page) => page.locator('noscript > meta[http-equiv="refresh"]');
const pathOf = (page: Page) => new URL(page.url()).pathname;
/** Where the console's reload and "Aktualisieren" go: the heartbeat that keeps the agent present. */
const HEARTBEAT = "/agent/heartbeat?back=%2Fagent";
/** "Diese Seite aktualisiert sich …" with its button to turn that off or on. */
const refreshSwitch = (page: Page) => page.locator("noscript > form");

test("without JavaScript: sign in, refresh, accept, a message, a canned message, end with notes and outcome", async ({
  lotse,
  baseURL,
}) => {
  // The waiting page reaches the chat by its own refresh (up to 15 s): no clicking allowed.
  test.setTimeout(180_000);
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
  await expect(requests.locator(".requests-count")).toHaveText(icu(a.requests.count, { count: 0 }));
  // The console reloads through its heartbeat (rendering never writes; decision record 11), which
  // leads back to the console.
  await expect(refresh(agentPage)).toHaveAttribute("content", `15; url=${HEARTBEAT}`);
  await expect(agentPage.getByRole("link", { name: a.refresh, exact: true })).toHaveAttribute("href", HEARTBEAT);
  await agentPage.goto(HEARTBEAT);
  expect(pathOf(agentPage)).toBe("/agent");
  await expect(agentPage.getByRole("heading", { level: 1 })).toHaveText(a.title);
  await lotse.checkOnce(agentPage);
  // A reload every few seconds is something one can turn off, and on again (WCAG 2.2.1).
  await agentPage.getByRole("button", { name: de.AutoRefresh.turnOff, exact: true }).click();
  // (Playwright's text matching passes over <noscript>, where this form lives: hence a CSS locator.)
  await expect(refreshSwitch(agentPage)).toContainText(de.AutoRefresh.manual);
  await expect(refresh(agentPage)).toHaveCount(0);
  await lotse.check(agentPage);
  await agentPage.getByRole("button", { name: de.AutoRefresh.turnOn, exact: true }).click();
  await expect(refreshSwitch(agentPage)).toContainText(fill(de.AutoRefresh.every, { seconds: 15 }));
  await expect(refresh(agentPage)).toHaveAttribute("content", `15; url=${HEARTBEAT}`);

  await customerPage.goto(`/p/${slug}`);
  await lotse.checkOnce(customerPage);
  await customerPage.getByRole("textbox", { name: c.fields.name.label }).fill(`Kunde ${x}`);
  await customerPage.getByRole("textbox", { name: c.fields.problem.label }).fill(`Ohne Skript ${x}`);
  await customerPage.getByRole("button", { name: c.submit.questionBox, exact: true }).click();
  await expect(customerPage.getByRole("heading", { level: 1 })).toHaveText(c.waiting.title);
  await expect(refresh(customerPage)).toHaveAttribute("content", `15; url=${pathOf(customerPage)}`);
  await expect(customerPage.getByRole("link", { name: c.waiting.refresh, exact: true })).toBeVisible();
  await lotse.checkOnce(customerPage);

  await agentPage.getByRole("link", { name: a.refresh, exact: true }).click();
  await expect(requests.locator(".requests-count")).toHaveText(icu(a.requests.count, { count: 1 }));
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
  await expect(refresh(agentPage)).toHaveAttribute(
    "content",
    `20; url=/agent/heartbeat?back=${encodeURIComponent(pathOf(agentPage))}`,
  );
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

  // Nobody clicks anything: the waiting page reloads itself and is the chat now.
  await expect(customerPage.getByRole("heading", { level: 1 })).toHaveText(
    fill(c.session.title, { agent: agent.firstName }),
    { timeout: 30_000 },
  );
  await expect(refresh(customerPage)).toHaveAttribute("content", `20; url=${pathOf(customerPage)}`);
  // "Aktualisieren" shows the latest at once (and the page's own refresh starts over).
  await customerPage.getByRole("link", { name: c.session.refresh, exact: true }).click();
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
  await expect(agentPage.getByRole("main").getByText(a.session.endedByAgent, { exact: true })).toBeVisible();
  // Nothing changes on an ended session by itself: no more reloading.
  await expect(refresh(agentPage)).toHaveCount(0);
  await lotse.check(agentPage);
  expect(dbQuery(baseURL, "SELECT notes, outcome, endedBy FROM SupportSession WHERE number = ?", number)).toEqual([
    { notes: `Notiz ${x}`, outcome: "unresolved", endedBy: "agent" },
  ]);
});
