// Sitzungseinsicht (issue 11, manual chapter 4): a manager watches a running support session without
// the customer or the agent noticing. An agent accepts a customer's request; a company manager opens
// /manager/sessions/<id>/view and sees the chat; the agent writes and the manager's view shows it —
// live with JavaScript, after Aktualisieren (or the page's own refresh) without; the end of the
// session is shown (and announced); neither the customer's nor the agent's page nor the session's
// events carry any trace of the manager; Schließen goes back and ends the view in the audit log; a
// team manager without the right "Sitzungseinsicht (stille Überwachung)" gets "not found".
import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test, type Lotse } from "./support/fixtures";
import { de } from "./support/messages";
import { dbQuery, fill, password, seed, tag } from "./support/organisation";

const sv = de.SessionView;
const a = de.AgentConsole;
const c = de.CustomerPortal;

const transcript = (page: Page) => page.getByRole("log").getByRole("listitem");
/** The page's one live region (the layout's status element). */
const liveRegion = (page: Page) => page.locator("#live-announcement[role=status][aria-live=polite]");
/** The page's own reload without JavaScript: "<seconds>; url=<path>". */
const refresh = (page: Page) => page.locator('noscript > meta[http-equiv="refresh"]');

/** Waits until `done` holds, clicking `link` (the page's "Aktualisieren") between tries when scripts are off. */
async function untilShown(page: Page, javaScript: boolean, linkName: string, done: () => Promise<void>) {
  if (javaScript) return done();
  await expect(async () => {
    await page.getByRole("link", { name: linkName, exact: true }).click();
    await done();
  }).toPass({ timeout: 20_000, intervals: [500, 1000] });
}

/** Without JavaScript: stops the page's own reload (a reload mid-step would lose what was typed or checked). */
async function holdStill(page: Page, javaScript: boolean) {
  if (javaScript) return;
  await page.getByRole("button", { name: de.AutoRefresh.turnOff, exact: true }).click();
  await expect(refresh(page)).toHaveCount(0);
}

async function agentSignIn(lotse: Lotse, page: Page, loginId: string, pw: string) {
  await page.goto("/agent");
  await lotse.checkOnce(page);
  await page.getByLabel(de.SignIn.loginId, { exact: true }).fill(loginId);
  await page.getByLabel(de.SignIn.password, { exact: true }).fill(pw);
  await page.getByRole("button", { name: de.SignIn.submit, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: a.title })).toBeVisible();
}

test("Sitzungseinsicht: der Manager sieht die laufende Sitzung mit, unbemerkt; Schließen beendet die Einsicht", async ({
  lotse,
  baseURL,
  javaScriptEnabled,
}) => {
  test.setTimeout(180_000);
  const js = javaScriptEnabled !== false;
  const x = tag();
  const pw = password();
  const agentName = `Vera${x}`;
  const customerName = `Kundin ${x}`;
  const managerName = `Sina Aufsicht ${x}`;
  const slug = `einsicht-${x}`;
  const org = await seed(baseURL, {
    teams: [{ key: "desk", name: `Einsicht-Team ${x}`, greeting: `Willkommen beim Team ${x}` }],
    users: [
      {
        key: "agent",
        kind: "agent",
        firstName: agentName,
        lastName: "Agent",
        loginId: `vera-${x}@lotse.test`,
        password: pw,
        team: "desk",
      },
      {
        key: "chef",
        kind: "manager",
        role: "company",
        name: managerName,
        loginId: `sina-${x}@lotse.test`,
        password: pw,
      },
      {
        key: "tm",
        kind: "manager",
        role: "team",
        name: `Tom Ohne Recht ${x}`,
        loginId: `tom-${x}@lotse.test`,
        password: pw,
        teams: ["desk"],
        rights: ["addDeleteAgents", "manageBusinessHours"],
      },
    ],
    portals: [
      {
        key: "p",
        name: `Einsicht-Portal ${x}`,
        slug,
        type: "questionBox",
        subPortals: [{ key: "main", name: "Allgemein", slug: "allgemein", teams: ["desk"] }],
      },
    ],
  });

  // ------------------------------------------------------------ an agent accepts a customer's request
  const agentPage = await lotse.newPage();
  const customerPage = await lotse.newPage({
    extraHTTPHeaders: { "X-Forwarded-For": `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` },
  });
  await agentSignIn(lotse, agentPage, `vera-${x}@lotse.test`, pw);
  await customerPage.goto(`/p/${slug}`);
  await lotse.checkOnce(customerPage);
  await customerPage.getByRole("textbox", { name: c.fields.name.label }).fill(customerName);
  await customerPage.getByRole("textbox", { name: c.fields.problem.label }).fill(`Kein Ton (${x})`);
  await customerPage.getByRole("button", { name: c.submit.questionBox, exact: true }).click();
  await expect(customerPage.getByRole("heading", { level: 1 })).toHaveText(c.waiting.title);
  await lotse.checkOnce(customerPage);

  const requests = agentPage.getByRole("region", { name: a.requests.heading });
  const item = requests.getByRole("listitem").filter({ hasText: customerName });
  await untilShown(agentPage, js, a.refresh, () => expect(item).toBeVisible({ timeout: 2_000 }));
  await item.getByRole("button", { name: a.requests.accept, exact: true }).click();
  await expect(agentPage).toHaveURL(/\/agent\/sessions\/[^/?]+$/);
  const sessionId = new URL(agentPage.url()).pathname.split("/").pop()!;
  const number = (await agentPage.getByRole("heading", { level: 1 }).textContent())!.replace(/\D/g, "");
  expect(number).toMatch(/^\d{9}$/);
  await lotse.checkOnce(agentPage);
  await holdStill(agentPage, js);
  if (!js) await customerPage.reload();
  await expect(customerPage.getByRole("heading", { level: 1 })).toHaveText(fill(c.session.title, { agent: agentName }));
  await lotse.checkOnce(customerPage);
  await holdStill(customerPage, js);
  await customerPage.getByRole("textbox", { name: c.session.message, exact: true }).fill(`Hallo, hier ${customerName}`);
  await customerPage.getByRole("button", { name: c.session.send, exact: true }).click();
  await expect(transcript(customerPage).filter({ hasText: `Hallo, hier ${customerName}` })).toHaveCount(1);

  const sessionEvents = () =>
    dbQuery<{ id: number; type: string; author: string; body: string }>(
      baseURL,
      'SELECT id, type, author, body FROM "SessionEvent" WHERE sessionId = ? ORDER BY id',
      sessionId,
    );
  const activity = () => dbQuery(baseURL, 'SELECT * FROM "ActivityEvent" WHERE sessionId = ? ORDER BY id', sessionId);
  const eventsBefore = sessionEvents();
  const activityBefore = activity();
  expect(eventsBefore.map((e) => e.author)).toEqual(["agent", "customer"]);

  // ------------------------------------------------------------ the company manager watches
  const managerPage = await lotse.newPage();
  await lotse.signIn(managerPage, "manager", { loginId: `sina-${x}@lotse.test`, password: pw });
  const viewUrl = `/manager/sessions/${sessionId}/view`;
  await managerPage.goto(`${viewUrl}?back=/manager/home`);
  const title = fill(sv.title, { number });
  await expect(managerPage.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(managerPage).toHaveTitle(`${title} · ${de.Common.productName}`);
  await expect(managerPage.getByRole("main")).toContainText(sv.invisible);
  const facts = managerPage.getByRole("region", { name: sv.details });
  for (const text of [number, `Einsicht-Portal ${x} › Allgemein`, `Einsicht-Team ${x}`, agentName, customerName])
    await expect(facts).toContainText(text);
  await expect(facts).toContainText(`Kein Ton (${x})`);
  await expect(facts).toContainText(sv.stateRunning);
  // The chat so far, each side by name; nothing to write with, nothing that acts on the session.
  await expect(transcript(managerPage).filter({ hasText: `Willkommen beim Team ${x}` })).toContainText(agentName);
  await expect(transcript(managerPage).filter({ hasText: `Hallo, hier ${customerName}` })).toContainText(customerName);
  await expect(managerPage.getByRole("main").getByRole("textbox")).toHaveCount(0);
  await expect(managerPage.getByRole("main").getByRole("button")).toHaveText(
    js ? [sv.close] : [de.AutoRefresh.turnOff, sv.close],
  );
  await expect(liveRegion(managerPage)).toHaveCount(1);
  await expect(liveRegion(managerPage)).toHaveText("");
  if (js) {
    await expect(refresh(managerPage)).toHaveCount(0);
  } else {
    await expect(refresh(managerPage)).toHaveAttribute("content", `20; url=${viewUrl}?back=%2Fmanager%2Fhome`);
    await expect(managerPage.getByRole("link", { name: sv.refresh, exact: true })).toBeVisible();
  }
  await holdStill(managerPage, js);
  await lotse.check(managerPage);

  await test.step("the agent writes: the manager's view shows it (live with JavaScript, after Aktualisieren without)", async () => {
    const message = `Ich prüfe die Lautsprecher ${x}`;
    await agentPage.getByRole("textbox", { name: a.message.label, exact: true }).fill(message);
    await agentPage.getByRole("button", { name: a.message.send, exact: true }).click();
    await expect(transcript(agentPage).filter({ hasText: message })).toHaveCount(1);
    await untilShown(managerPage, js, sv.refresh, () =>
      expect(transcript(managerPage).filter({ hasText: message })).toContainText(agentName, { timeout: 3_000 }),
    );
    await expect(transcript(managerPage).filter({ hasText: message })).toHaveCount(1);
  });

  await test.step("the customer's and the agent's pages and the session's records carry no trace of the manager", async () => {
    const events = sessionEvents();
    expect(events.slice(0, eventsBefore.length)).toEqual(eventsBefore);
    expect(events.slice(eventsBefore.length).map((e) => [e.type, e.author])).toEqual([["message", "agent"]]);
    expect(activity()).toEqual(activityBefore);
    for (const page of [agentPage, customerPage]) {
      await page.reload();
      await expect(transcript(page)).toHaveCount(3);
      for (const trace of [managerName, "Sitzungseinsicht"])
        await expect(page.locator("body")).not.toContainText(trace);
    }
  });

  await test.step("the agent ends the session: the view says so, announces it and stops refreshing", async () => {
    await agentPage.getByRole("textbox", { name: a.end.notes, exact: true }).fill(`Lautsprecher ${x}`);
    await agentPage.getByRole("radio", { name: a.end.outcomes.resolved, exact: true }).check();
    await agentPage.getByRole("button", { name: a.end.submit, exact: true }).click();
    await expect(agentPage.getByRole("main").getByText(a.session.endedByAgent, { exact: true })).toBeVisible();
    const ended = `${sv.ended} ${sv.endedHow.agent}`;
    await untilShown(managerPage, js, sv.refresh, () =>
      expect(managerPage.getByRole("main").getByText(ended, { exact: true })).toBeVisible({ timeout: 3_000 }),
    );
    await expect(managerPage.getByRole("region", { name: sv.details })).toContainText(sv.stateEnded);
    if (js) await expect(liveRegion(managerPage)).toHaveText(sv.ended);
    await expect(refresh(managerPage)).toHaveCount(0);
    await expect(managerPage.getByRole("link", { name: sv.refresh, exact: true })).toHaveCount(0);
    await lotse.check(managerPage);
  });

  await test.step("Schließen goes back where the manager came from; the audit log has the view from and to", async () => {
    await managerPage.getByRole("button", { name: sv.close, exact: true }).click();
    // The path itself, not "?back=/manager/home" at the end of the view's own address.
    await expect(managerPage).toHaveURL((url) => url.pathname === "/manager/home" && url.search === "");
    const audit = dbQuery<{ action: string; actorId: string; summary: string }>(
      baseURL,
      "SELECT action, actorId, summary FROM \"AuditLog\" WHERE targetId = ? AND action LIKE 'sessionView.%' ORDER BY at, id",
      sessionId,
    );
    expect(audit.map((row) => [row.action, row.actorId])).toEqual([
      ["sessionView.opened", org.users.chef],
      ["sessionView.closed", org.users.chef],
    ]);
    const closed = JSON.parse(audit[1]!.summary) as Record<string, unknown>;
    expect(closed).toMatchObject({ sessionNumber: number, closedBy: "closed", from: expect.any(String) });
    expect(Date.parse(String(closed.to))).toBeGreaterThanOrEqual(Date.parse(String(closed.from)));
  });

  await test.step("a team manager without the right finds no such page", async () => {
    const page = await lotse.newPage();
    await lotse.signIn(page, "manager", { loginId: `tom-${x}@lotse.test`, password: pw });
    const response = await page.goto(viewUrl);
    expect(response?.status()).toBe(404);
    await expect(page.locator("body")).not.toContainText(customerName);
    // A production build sends notFound()'s page only in its RSC payload (vercel/next.js#98295):
    // without JavaScript the 404 is blank — nothing of the session, but no heading either.
    if (js) await expect(page.getByRole("heading", { level: 1 })).toHaveText(de.NotFound.title);
    const events = await page.request.get(`${viewUrl}/events`);
    expect(events.status()).toBe(404);
    expect(
      dbQuery(baseURL, 'SELECT id FROM "SessionView" WHERE managerId = ?', org.users.tm),
      "nothing recorded for a refused view",
    ).toEqual([]);
  });
});

test("Sitzungseinsicht: Schließen ohne Rückweg führt zum Dashboard", async ({ lotse, baseURL }) => {
  // The dashboard's "Aktive Anfragen" monitor links here; Schließen leads back to it by default.
  const x = tag();
  const pw = password();
  const org = await seed(baseURL, {
    teams: [{ key: "desk", name: `Rückweg-Team ${x}` }],
    users: [
      {
        key: "agent",
        kind: "agent",
        firstName: `Rita${x}`,
        lastName: "Agent",
        loginId: `rita-${x}@lotse.test`,
        password: pw,
        team: "desk",
      },
      {
        key: "chef",
        kind: "manager",
        role: "company",
        name: `Rolf ${x}`,
        loginId: `rolf-${x}@lotse.test`,
        password: pw,
      },
    ],
    portals: [
      {
        key: "p",
        name: `Rückweg-Portal ${x}`,
        slug: `rueckweg-${x}`,
        subPortals: [{ key: "main", name: "Allgemein", slug: "allgemein", teams: ["desk"] }],
      },
    ],
    requests: [{ key: "r", subPortal: "main", customerName: `Kunde ${x}` }],
    sessions: [{ key: "s", request: "r", agent: "agent", messages: [{ author: "customer", text: `Frage ${x}` }] }],
  });
  const page = await lotse.newPage();
  await lotse.signIn(page, "manager", { loginId: `rolf-${x}@lotse.test`, password: pw });
  // A way back to another site is not taken.
  await page.goto(`/manager/sessions/${org.sessions.s!.id}/view?back=https://evil.example/`);
  await expect(transcript(page).filter({ hasText: `Frage ${x}` })).toContainText(`Kunde ${x}`);
  await lotse.checkOnce(page);
  await expect(page.locator('main form:has(input[name="sessionId"]) input[name="back"]')).toHaveValue(
    "/manager/dashboard",
  );
});
