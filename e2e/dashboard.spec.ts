// The Dashboard (manual chapter 4, issue 11), in German, with and without JavaScript (both projects
// run every test): "Einen Monitor hinzufügen" for each of the five monitors, Monitoreinstellungen,
// a request that arrives, is accepted and ends on Aktive Anfragen and Portale — live with
// JavaScript, after "Aktualisieren" without —, a shared monitor on a team manager's dashboard with
// only their team in it, monitors that outlive a sign-out, the 12-hour timeout and Reaktivieren,
// and Abmelden / Anfrage abbrechen with and without the right.
import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { errorSummary } from "./support/error-summary";
import { expect, test } from "./support/fixtures";
import { de, icu } from "./support/messages";
import { dbQuery, fill, password, seed, tag } from "./support/organisation";

const d = de.Dashboard;

/** The monitor section by its name (its heading). */
const monitor = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

/** Without JavaScript the page reloads itself every 15 s; a test follows "Aktualisieren" instead of waiting. */
async function showLatest(page: Page, javaScriptEnabled: boolean) {
  if (!javaScriptEnabled) await page.getByRole("link", { name: d.refresh, exact: true }).click();
}

async function addMonitor(page: Page, kind: keyof typeof d.kinds) {
  const select = page.getByRole("combobox", { name: d.addLabel, exact: true });
  // React resets the form once the last submit's transition ends: choose after that, not before.
  await expect(select).toHaveValue("");
  await select.selectOption({ label: d.kinds[kind] });
  await page.getByRole("button", { name: d.addSubmit, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: de.Notices.monitorAdded })).toBeVisible();
  await expect(monitor(page, d.kinds[kind])).toBeVisible();
}

/** Cells of a Portale row after its row header (the portal's name): Derzeit, Wartend, In Sitzung, …, Angenommen. */
const PORTAL_COLUMNS = { now: 0, waiting: 1, inSession: 2, accepted: 5 };

const ownAddress = () => ({
  extraHTTPHeaders: { "X-Forwarded-For": `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` },
});

function desk(x: string) {
  const pw = password();
  return {
    pw,
    spec: {
      teams: [
        { key: "support", name: `Support ${x}` },
        { key: "sales", name: `Vertrieb ${x}` },
      ],
      users: [
        {
          key: "boss",
          kind: "manager" as const,
          role: "company" as const,
          name: `Chefin ${x}`,
          loginId: `boss-${x}@lotse.test`,
          password: pw,
        },
        {
          key: "lead",
          kind: "manager" as const,
          role: "team" as const,
          name: `Leitung ${x}`,
          loginId: `lead-${x}@lotse.test`,
          password: pw,
          teams: ["support"],
          rights: ["logOutAgents" as const, "cancelRequests" as const],
        },
        {
          key: "plain",
          kind: "manager" as const,
          role: "team" as const,
          name: `Ohne ${x}`,
          loginId: `plain-${x}@lotse.test`,
          password: pw,
          teams: ["support"],
        },
        {
          key: "anna",
          kind: "agent" as const,
          firstName: `Anna${x}`,
          lastName: "Muster",
          loginId: `anna-${x}@lotse.test`,
          password: pw,
          team: "support",
        },
        {
          key: "sven",
          kind: "agent" as const,
          firstName: `Sven${x}`,
          lastName: "Muster",
          loginId: `sven-${x}@lotse.test`,
          password: pw,
          team: "sales",
        },
      ],
      portals: [
        {
          key: "portal",
          name: `Hilfe ${x}`,
          slug: `hilfe-${x}`,
          type: "contactButton" as const,
          subPortals: [{ key: "main", name: "Allgemein", slug: "allgemein", teams: ["support"] }],
        },
      ],
    },
  };
}

test("add every monitor, configure one, and follow a request from arrival to its end", async ({
  lotse,
  baseURL,
  javaScriptEnabled,
}) => {
  test.setTimeout(240_000);
  const js = javaScriptEnabled !== false;
  const x = tag();
  const { pw, spec } = desk(x);
  await seed(baseURL, spec);
  const page = await lotse.newPage();
  await lotse.signIn(page, "manager", { loginId: `boss-${x}@lotse.test`, password: pw });
  await page
    .getByRole("navigation", { name: de.Nav.label })
    .getByRole("link", { name: de.Nav.dashboard, exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(d.title);
  await expect(page.getByText(d.none)).toBeVisible();
  await lotse.check(page);

  await test.step("Einen Monitor hinzufügen: each of the five", async () => {
    for (const kind of ["agents", "managers", "activeRequests", "queues", "portals"] as const)
      await addMonitor(page, kind);
    await expect(page.getByRole("region", { name: d.monitorsLabel }).getByRole("heading", { level: 2 })).toHaveText(
      Object.values(d.kinds),
    );
    // The Manager monitor shows who is signed in (other tests' managers too): this one, marked as such.
    await expect(
      monitor(page, d.kinds.managers).getByRole("rowheader", { name: `Chefin ${x} (${d.managers.you})`, exact: true }),
    ).toBeVisible();
    await lotse.check(page);
  });

  await test.step("Monitoreinstellungen: a name, a sort order, shared", async () => {
    await monitor(page, d.kinds.activeRequests)
      .getByRole("link", { name: fill(d.settingsLabel, { name: d.kinds.activeRequests }), exact: true })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      fill(d.settingsLabel, { name: d.kinds.activeRequests }),
    );
    await lotse.check(page);
    await page.getByLabel(d.fields.name, { exact: true }).fill("");
    await page.getByRole("button", { name: d.save, exact: true }).click();
    await expect(errorSummary(page)).toContainText(de.Errors.monitorNameRequired);
    await lotse.check(page);
    await page.getByLabel(d.fields.name, { exact: true }).fill(`Anfragen ${x}`);
    await page.getByRole("combobox", { name: d.fields.sortOrder }).selectOption({ label: d.sortOrders.newestFirst });
    await page
      .getByRole("group", { name: d.fields.teams })
      .getByRole("checkbox", { name: `Support ${x}`, exact: true })
      .check();
    await page.getByRole("checkbox", { name: d.fields.shared, exact: true }).check();
    await page.getByRole("button", { name: d.save, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: de.Notices.monitorSaved })).toBeVisible();
    await expect(monitor(page, `Anfragen ${x}`)).toContainText(d.sharedNote);
  });

  const active = monitor(page, `Anfragen ${x}`);
  const portals = monitor(page, d.kinds.portals);
  const portalRow = portals.getByRole("row").filter({ hasText: `Hilfe ${x}` });
  await expect(active).toContainText(d.activeRequests.empty);

  // The agent at the console, the customer at the portal: each in a browser of their own.
  const agentPage = await lotse.newPage();
  await agentPage.goto("/agent");
  await agentPage.getByLabel(de.SignIn.loginId, { exact: true }).fill(`anna-${x}@lotse.test`);
  await agentPage.getByLabel(de.SignIn.password, { exact: true }).fill(pw);
  await agentPage.getByRole("button", { name: de.SignIn.submit, exact: true }).click();
  await expect(agentPage.getByRole("heading", { level: 1, name: de.AgentConsole.title })).toBeVisible();
  await lotse.checkOnce(agentPage);
  const customer = await (await lotse.newContext(ownAddress())).newPage();
  await customer.goto(`/p/hilfe-${x}`);
  await lotse.checkOnce(customer);
  await customer.getByRole("textbox", { name: de.CustomerPortal.fields.name.label }).fill(`Kim ${x}`);
  await customer.getByRole("button", { name: de.CustomerPortal.submit.contactButton, exact: true }).click();
  await expect(customer).toHaveURL(new RegExp(`/p/hilfe-${x}/requests/[^/]+$`));
  await lotse.checkOnce(customer);

  await test.step("the request arrives: Aktive Anfragen and Portale show it", async () => {
    await showLatest(page, js);
    const row = active.getByRole("row").filter({ hasText: `Kim ${x}` });
    await expect(row).toContainText(d.activeRequests.states.waiting, { timeout: 5_000 });
    await expect(portalRow.getByRole("cell").nth(PORTAL_COLUMNS.waiting)).toHaveText("1");
    if (js) {
      // Counts, not rows, in the page's one live region.
      await expect(page.locator("#live-announcement")).toContainText(
        fill(d.announce.activeRequests, { name: `Anfragen ${x}`, waiting: 1, sessions: 0 }),
      );
    }
    await lotse.check(page);
  });

  let number = "";
  await test.step("accepted: In Sitzung with its session ID", async () => {
    if (!js) await agentPage.getByRole("link", { name: de.AgentConsole.refresh, exact: true }).click();
    const item = agentPage
      .getByRole("region", { name: de.AgentConsole.requests.heading })
      .getByRole("listitem")
      .filter({ hasText: `Kim ${x}` });
    await item.getByRole("button", { name: de.AgentConsole.requests.accept, exact: true }).click();
    await expect(agentPage.getByRole("heading", { level: 1 })).toHaveText(/^Sitzung \d{9}$/);
    number = (await agentPage.getByRole("heading", { level: 1 }).textContent())!.replace(/\D/g, "");
    await lotse.checkOnce(agentPage);
    await showLatest(page, js);
    const row = active.getByRole("row").filter({ hasText: `Kim ${x}` });
    await expect(row).toContainText(d.activeRequests.states.inSession, { timeout: 5_000 });
    await expect(row).toContainText(number);
    await expect(row).toContainText(`Muster, Anna${x}`);
    await expect(portalRow.getByRole("cell").nth(PORTAL_COLUMNS.inSession)).toHaveText("1");
    await expect(portalRow.getByRole("cell").nth(PORTAL_COLUMNS.accepted)).toHaveText("1");
    const agents = monitor(page, d.kinds.agents)
      .getByRole("row")
      .filter({ hasText: `Muster, Anna${x}` });
    await expect(agents).toContainText(icu(d.agents.statuses.busy, { count: 1 }));
  });

  await test.step("ended: gone from Aktive Anfragen", async () => {
    await agentPage.getByRole("textbox", { name: de.AgentConsole.end.notes, exact: true }).fill("Erledigt");
    await agentPage.getByRole("radio", { name: de.AgentConsole.end.outcomes.resolved, exact: true }).check();
    await agentPage.getByRole("button", { name: de.AgentConsole.end.submit, exact: true }).click();
    await expect(
      agentPage.getByRole("main").getByText(de.AgentConsole.session.endedByAgent, { exact: true }),
    ).toBeVisible();
    await showLatest(page, js);
    await expect(active).toContainText(d.activeRequests.empty, { timeout: 5_000 });
    await expect(portalRow.getByRole("cell").nth(PORTAL_COLUMNS.inSession)).toHaveText("0");
    await lotse.check(page);
  });

  await test.step("signed out and in again: the monitors are still there", async () => {
    await page.getByRole("button", { name: de.Nav.signOut, exact: true }).click();
    await lotse.signIn(page, "manager", { loginId: `boss-${x}@lotse.test`, password: pw });
    await page.goto("/manager/dashboard");
    await expect(page.getByRole("region", { name: d.monitorsLabel }).getByRole("heading", { level: 2 })).toHaveText([
      d.kinds.agents,
      d.kinds.managers,
      `Anfragen ${x}`,
      d.kinds.queues,
      d.kinds.portals,
    ]);
  });
});

test("a shared monitor on a team manager's dashboard shows only their team; Schließen; the 12-hour timeout", async ({
  lotse,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const x = tag();
  const { pw, spec } = desk(x);
  await seed(baseURL, {
    ...spec,
    consoles: ["anna", "sven"],
    monitors: [
      { key: "shared", owner: "boss", kind: "agents", name: `Alle ${x}`, shared: true },
      { key: "old", owner: "lead", kind: "queues", name: `Alt ${x}`, activatedHoursAgo: 13 },
    ],
  });
  const page = await lotse.newPage();
  await lotse.signIn(page, "manager", { loginId: `lead-${x}@lotse.test`, password: pw });
  await page.goto("/manager/dashboard");
  // No Manager monitor for a team manager.
  await expect(page.getByRole("combobox", { name: d.addLabel }).getByRole("option")).toHaveText([
    d.addChoose,
    d.kinds.agents,
    d.kinds.activeRequests,
    d.kinds.queues,
    d.kinds.portals,
  ]);
  const shared = monitor(page, `Alle ${x}`);
  await expect(shared).toContainText(fill(d.sharedBy, { owner: `Chefin ${x}` }));
  await expect(shared.getByRole("rowheader")).toHaveText([`Muster, Anna${x}`]);
  // Only the owner changes its settings.
  await expect(shared.getByRole("link", { name: fill(d.settingsLabel, { name: `Alle ${x}` }) })).toHaveCount(0);

  const old = monitor(page, `Alt ${x}`);
  await expect(old).toContainText(d.timedOut.split("{time}")[0]!);
  await expect(old.getByRole("table")).toHaveCount(0);
  await lotse.check(page);
  await old.getByRole("button", { name: fill(d.reactivateLabel, { name: `Alt ${x}` }), exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: de.Notices.monitorReactivated })).toBeVisible();
  await expect(monitor(page, `Alt ${x}`).getByRole("table")).toBeVisible();

  await shared.getByRole("button", { name: fill(d.closeLabel, { name: `Alle ${x}` }), exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: de.Notices.monitorRemoved })).toBeVisible();
  await expect(monitor(page, `Alle ${x}`)).toHaveCount(0);
  // Closed here only: the owner still has it.
  const boss = await lotse.newPage();
  await lotse.signIn(boss, "manager", { loginId: `boss-${x}@lotse.test`, password: pw });
  await boss.goto("/manager/dashboard");
  // The company manager sees every team's agents (other tests' too): both of this desk's.
  for (const agent of [`Muster, Anna${x}`, `Muster, Sven${x}`])
    await expect(monitor(boss, `Alle ${x}`).getByRole("rowheader", { name: agent, exact: true })).toBeVisible();
  await lotse.checkOnce(boss);
});

test("Abmelden and Anfrage abbrechen: with the right they work, without it they are not offered and not allowed", async ({
  lotse,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const x = tag();
  const { pw, spec } = desk(x);
  const seeded = await seed(baseURL, {
    ...spec,
    consoles: ["anna"],
    requests: [{ key: "waiting", subPortal: "main", customerName: `Wartend ${x}` }],
    monitors: [
      { key: "agents", owner: "lead", kind: "agents", name: `Team ${x}` },
      { key: "queues", owner: "lead", kind: "queues", name: `Schlange ${x}` },
      { key: "agents2", owner: "plain", kind: "agents", name: `Team ${x}` },
      { key: "queues2", owner: "plain", kind: "queues", name: `Schlange ${x}` },
    ],
  });
  const annaId = seeded.users.anna!;
  const request = seeded.requests.waiting!;

  await test.step("without the rights: no Abmelden, no Anfrage abbrechen, the page is not found", async () => {
    const page = await lotse.newPage();
    await lotse.signIn(page, "manager", { loginId: `plain-${x}@lotse.test`, password: pw });
    await page.goto("/manager/dashboard");
    await expect(monitor(page, `Team ${x}`).getByRole("rowheader")).toHaveText([`Muster, Anna${x}`]);
    await expect(page.getByRole("link", { name: d.agents.signOut })).toHaveCount(0);
    await expect(monitor(page, `Schlange ${x}`)).toContainText(`Wartend ${x}`);
    await expect(page.getByRole("link", { name: d.queues.cancel })).toHaveCount(0);
    await lotse.checkOnce(page);
    // (The pages themselves are checked below, where the manager with the rights opens them.)
    const response = await page.goto(`/manager/dashboard/agents/${annaId}/sign-out`);
    expect(response?.status()).toBe(404);
    const cancelPage = await page.goto(`/manager/dashboard/requests/${request.id}/cancel`);
    expect(cancelPage?.status()).toBe(404);
  });

  const page = await lotse.newPage();
  await lotse.signIn(page, "manager", { loginId: `lead-${x}@lotse.test`, password: pw });
  await page.goto("/manager/dashboard");

  await test.step("Anfrage abbrechen: the customer is told politely", async () => {
    await monitor(page, `Schlange ${x}`)
      .getByRole("link", { name: fill(d.queues.cancelLabel, { name: `Wartend ${x}` }), exact: true })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(d.cancelRequest.title);
    await expect(page.getByRole("main")).toContainText(`Wartend ${x}`);
    await expect(page.getByText(d.cancelRequest.text)).toBeVisible();
    await lotse.check(page);
    await page.getByRole("main").getByRole("button", { name: d.cancelRequest.confirm, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: de.Notices.requestCancelled })).toBeVisible();
    expect(dbQuery(baseURL, "SELECT status FROM SupportRequest WHERE id = ?", request.id)).toEqual([
      { status: "cancelled" },
    ]);
    const customer = await lotse.newPage();
    await customer.goto(`/p/hilfe-${x}/requests/${request.token}`);
    await expect(customer.getByText(de.CustomerPortal.waiting.closed.cancelled)).toBeVisible();
    await lotse.checkOnce(customer);
  });

  await test.step("Abmelden asks first, then signs the agent out of the console", async () => {
    await monitor(page, `Team ${x}`)
      .getByRole("link", { name: fill(d.agents.signOutLabel, { name: `Muster, Anna${x}` }), exact: true })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(d.signOutAgent.title);
    await expect(page.getByText(fill(d.signOutAgent.noSessions, { name: `Anna${x} Muster` }))).toBeVisible();
    await lotse.check(page);
    await page.getByRole("main").getByRole("button", { name: d.signOutAgent.confirm, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: de.Notices.agentSignedOutByManager })).toBeVisible();
    await expect(monitor(page, `Team ${x}`)).toContainText(d.agents.empty);
    expect(dbQuery(baseURL, "SELECT agentId FROM AgentPresence WHERE agentId = ?", annaId)).toEqual([]);
  });
});
