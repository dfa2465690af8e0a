// Manual chapter 3, assigning agents to a portal (steps 1–7): Teams › [team] › Portal, the agent's
// "Team" dropdown, Teams › [team] › Portal → Einstellungen speichern — then "Zeigen Sie Mitarbeiter
// an, die diesem Portal zugewiesen sind" lists the agent, and the feature matrix answers "why is X
// off for this agent?" at every level: portal, team, parent team, the agent itself, and "noch nicht
// verfügbar" for a feature Lotse does not have yet.
// The agent page gives the same answers. One flow again in English.
import type { Locator, Page } from "@playwright/test";
import { PORTAL_FEATURES, type PortalFeature } from "@/lib/portals/portal-features";
import { expect, test, type Lotse } from "./support/fixtures";
import { de, en, icu, type Messages } from "./support/messages";
import { dbQuery, fill, password, seed, tag, type SeedUser } from "./support/organisation";
import { choosePageSize, expectPage, jumpToPage, pager } from "./support/pagination";

const nav = (page: Page, t: Messages) => page.getByRole("navigation", { name: t.Nav.label });
const heading = (page: Page) => page.getByRole("heading", { level: 1 });

/** One cell of a feature matrix as FeatureValue renders it: "Aus – am Portal". */
const cell = (t: Messages, on: boolean, why: string) =>
  `${on ? t.Portals.featureReasons.on : t.Portals.featureReasons.off} – ${why}`;
const featureCell = (row: Locator, feature: PortalFeature) =>
  row.getByRole("cell").nth(PORTAL_FEATURES.indexOf(feature));
/** Every cell of a matrix row, in the matrix's column order. */
const expectRow = (row: Locator, cells: Record<PortalFeature, string>) =>
  expect(row.getByRole("cell")).toHaveText(PORTAL_FEATURES.map((f) => cells[f]));

async function openTeamPortalTab(page: Page, lotse: Lotse, t: Messages, team: string, path: string) {
  await nav(page, t).getByRole("link", { name: t.Nav.teams, exact: true }).click();
  await expect(heading(page)).toHaveText(t.Teams.title);
  await lotse.checkOnce(page);
  await page.getByRole("link", { name: team, exact: true }).click();
  await expect(heading(page)).toHaveText(path);
  await lotse.checkOnce(page);
  await page
    .getByRole("navigation", { name: t.Teams.tabsLabel })
    .getByRole("link", { name: t.Teams.portalTab, exact: true })
    .click();
  await expect(page).toHaveURL(/\/manager\/teams\/[^/]+\/portal$/);
  await expect(heading(page)).toHaveText(path);
  await expect(
    page
      .getByRole("navigation", { name: t.Teams.tabsLabel })
      .getByRole("link", { name: t.Teams.portalTab, exact: true }),
  ).toHaveAttribute("aria-current", "page");
  await lotse.checkOnce(page);
}

/** Portale → the portal's settings → "Zeigen Sie Mitarbeiter an, …". */
async function openPortalAgents(page: Page, lotse: Lotse, t: Messages, portal: string) {
  await nav(page, t).getByRole("link", { name: t.Nav.portals, exact: true }).click();
  await expect(heading(page)).toHaveText(t.Portals.title);
  await lotse.checkOnce(page);
  await page.getByRole("link", { name: fill(t.Portals.settingsOf, { portal }), exact: true }).click();
  await expect(heading(page)).toHaveText(portal);
  await lotse.checkOnce(page);
  await page.getByRole("link", { name: t.Portals.showAgents, exact: true }).click();
  await expect(page).toHaveURL(/\/manager\/portals\/[^/]+\/agents$/);
  await expect(
    page
      .getByRole("navigation", { name: t.Portals.tabsLabel })
      .getByRole("link", { name: t.Portals.agentsTab, exact: true }),
  ).toHaveAttribute("aria-current", "page");
  await lotse.checkOnce(page);
}

async function openAgent(page: Page, lotse: Lotse, t: Messages, search: string, link: string) {
  await nav(page, t).getByRole("link", { name: t.Nav.agents, exact: true }).click();
  await expect(heading(page)).toHaveText(t.Agents.title);
  await lotse.checkOnce(page);
  await page.getByLabel(t.Agents.search, { exact: true }).fill(search);
  await page.getByRole("button", { name: t.Agents.searchButton, exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await page.getByRole("link", { name: link, exact: true }).click();
  await expect(page).toHaveURL(/\/manager\/agents\/[^/?]+$/);
  await lotse.checkOnce(page);
}

test("Mitarbeiter einem Portal zuweisen (steps 1–7), and why a feature is off, level by level", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  const x = tag();
  const pw = password();
  const names = {
    inbox: `Eingang ${x}`,
    service: `Service ${x}`,
    second: `Zweite Ebene ${x}`,
    portal: `Hilfe ${x}`,
    premium: `Premium ${x}`,
  };
  const secondPath = `${names.service} › ${names.second}`;
  const org = await seed(baseURL, {
    teams: [
      { key: "inbox", name: names.inbox },
      { key: "service", name: names.service, functions: { diagnostics: false } },
      // The sub-team switches screen sharing on for its agents itself.
      { key: "second", name: names.second, parent: "service", functions: { screenSharing: true } },
    ],
    users: [
      {
        key: "lea",
        kind: "agent",
        firstName: "Lea",
        lastName: `Lotse ${x}`,
        loginId: `lea-${x}@lotse.test`,
        password: pw,
        team: "inbox",
      },
      {
        key: "paul",
        kind: "agent",
        firstName: "Paul",
        lastName: `Partner ${x}`,
        loginId: `paul-${x}@lotse.test`,
        password: pw,
        team: "service",
      },
    ],
    portals: [
      {
        key: "help",
        name: names.portal,
        slug: `hilfe-${x}`,
        features: { fileTransferSend: false, sessionRecording: true },
        subPortals: [
          { key: "general", name: "Allgemein", slug: "allgemein" },
          { key: "premium", name: names.premium, slug: "premium", teams: ["service"] },
        ],
      },
    ],
  });
  const subPortalBox = (name: string) =>
    page.getByRole("group", { name: names.portal, exact: true }).getByRole("checkbox", { name, exact: true });
  const r = de.Portals.featureReasons;
  await lotse.signIn(page, "manager", companyManager);

  await test.step("1. Teams › [team] › Portal: the sub-team serves no sub-portal yet", async () => {
    await openTeamPortalTab(page, lotse, de, names.second, secondPath);
    await expect(page.getByRole("main")).toContainText(de.Portals.teamPortalHelp);
    await expect(subPortalBox("Allgemein")).not.toBeChecked();
    await expect(subPortalBox(names.premium)).not.toBeChecked();
  });

  await test.step("2.–4. Mitarbeiter › agent › the “Team” dropdown → Einstellungen speichern", async () => {
    await openAgent(page, lotse, de, x, `Lotse ${x}, Lea`);
    await expect(heading(page)).toHaveText(`Lea Lotse ${x}`);
    // Her team serves no portal: the agent page says so and links to the team's Portal tab.
    const features = page.getByRole("region", { name: de.Portals.agentFeatures });
    await expect(features).toContainText(de.Portals.agentReachesNoPortal);
    await expect(features.getByRole("link", { name: de.Portals.teamPortalLink, exact: true })).toHaveAttribute(
      "href",
      `/manager/teams/${org.teams.inbox}/portal`,
    );
    await page.getByRole("combobox", { name: de.Agents.team, exact: true }).selectOption({ label: secondPath });
    // … and, for the matrix below, file transfer (receive) off for her alone.
    await page
      .getByRole("combobox", { name: de.Functions.fileTransferReceive, exact: true })
      .selectOption({ label: de.Functions.off });
    await page.getByRole("button", { name: de.Agents.save, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/manager/agents/${org.users.lea}$`));
    await expect(page.getByRole("status")).toHaveText(de.Notices.saved);
    await expect(page.getByRole("combobox", { name: de.Agents.team, exact: true })).toHaveValue(org.teams.second!);
    expect(dbQuery(baseURL, "SELECT teamId FROM AgentProfile WHERE userId = ?", org.users.lea)).toEqual([
      { teamId: org.teams.second },
    ]);
  });

  await test.step("5.–7. Teams › [team] › Portal: choose the sub-portal → Einstellungen speichern", async () => {
    await openTeamPortalTab(page, lotse, de, names.second, secondPath);
    await subPortalBox("Allgemein").check();
    await page.getByRole("button", { name: de.Portals.save, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/manager/teams/${org.teams.second}/portal$`));
    await expect(page.getByRole("status")).toHaveText(de.Notices.saved);
    await expect(subPortalBox("Allgemein")).toBeChecked();
    await expect(subPortalBox(names.premium)).not.toBeChecked();
    expect(dbQuery(baseURL, "SELECT subPortalId FROM TeamSubPortal WHERE teamId = ?", org.teams.second)).toEqual([
      { subPortalId: org.subPortals.general },
    ]);
  });

  // Recording is on at the portal, but the Admin Center has not allowed it for the account.
  const lea = {
    screenSharing: cell(de, true, fill(r.team, { team: names.second })),
    fileTransferSend: cell(de, false, r.portal),
    fileTransferReceive: cell(de, false, r.agent),
    diagnostics: cell(de, false, fill(r.inheritedTeam, { team: names.service })),
    sessionRecording: cell(de, false, r.account),
    customerSurvey: cell(de, true, r.portal),
    agentSurvey: cell(de, false, r.portal),
  };
  const paul = {
    ...lea,
    screenSharing: cell(de, true, r.default),
    fileTransferReceive: cell(de, true, r.default),
    diagnostics: cell(de, false, fill(r.team, { team: names.service })),
  };
  const matrixRow = (name: string) =>
    page
      .getByRole("table", { name: fill(de.Portals.matrixCaption, { portal: names.portal }) })
      .getByRole("row")
      .filter({ hasText: name });

  await test.step("Zeigen Sie Mitarbeiter an, die diesem Portal zugewiesen sind: teams per sub-portal, the agents", async () => {
    await openPortalAgents(page, lotse, de, names.portal);
    const teams = page.getByRole("region", { name: de.Portals.teamsPerSubPortal });
    await expect(teams.getByRole("link", { name: secondPath, exact: true })).toHaveAttribute(
      "href",
      `/manager/teams/${org.teams.second}/portal`,
    );
    await expect(teams.getByRole("link", { name: names.service, exact: true })).toHaveAttribute(
      "href",
      `/manager/teams/${org.teams.service}/portal`,
    );
    await expect(page.getByRole("status")).toHaveText(icu(de.Portals.agentCount, { count: 2 }));
    await expect(matrixRow(`Lea Lotse ${x}`).getByRole("rowheader")).toContainText(`Lea · ${secondPath}`);
    await expect(
      matrixRow(`Lea Lotse ${x}`).getByRole("link", { name: `Lea Lotse ${x}`, exact: true }),
    ).toHaveAttribute("href", `/manager/agents/${org.users.lea}`);
  });

  await test.step("the matrix names the level that switches each feature off", async () => {
    await expectRow(matrixRow(`Lea Lotse ${x}`), lea);
    await expectRow(matrixRow(`Paul Partner ${x}`), paul);
  });

  await test.step("one sub-portal at a time", async () => {
    await page
      .getByRole("combobox", { name: de.Portals.subPortal, exact: true })
      .selectOption({ label: names.premium });
    await page.getByRole("button", { name: de.Portals.show, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]sub=${org.subPortals.premium}`));
    await expect(page.getByRole("status")).toHaveText(icu(de.Portals.agentCount, { count: 1 }));
    await expect(matrixRow(`Paul Partner ${x}`)).toHaveCount(1);
    await expect(matrixRow(`Lea Lotse ${x}`)).toHaveCount(0);
    await lotse.check(page);
  });

  await test.step("the agent page gives the same reasons", async () => {
    await openAgent(page, lotse, de, x, `Lotse ${x}, Lea`);
    const features = page.getByRole("region", { name: de.Portals.agentFeatures });
    const row = features
      .getByRole("table", { name: de.Portals.agentMatrixCaption })
      .getByRole("row")
      .filter({ hasText: names.portal });
    await expect(row.getByRole("rowheader")).toContainText("Allgemein");
    await expectRow(row, lea);
  });
});

test("in English: Teams › [team] › Portal → Save settings, then why a feature is off", async ({
  page,
  lotse,
  baseURL,
}) => {
  const x = tag();
  const manager = await lotse.createCompanyManager({ language: "en" });
  const names = { team: `Support ${x}`, portal: `Help ${x}` };
  const org = await seed(baseURL, {
    teams: [{ key: "team", name: names.team, functions: { fileTransferReceive: false } }],
    users: [
      {
        key: "amy",
        kind: "agent",
        firstName: "Amy",
        lastName: `Archer ${x}`,
        loginId: `amy-${x}@lotse.test`,
        password: password(),
        team: "team",
        language: "en",
      },
    ],
    portals: [
      {
        key: "help",
        name: names.portal,
        slug: `help-${x}`,
        features: { fileTransferSend: false },
        subPortals: [{ key: "general", name: "General", slug: "general" }],
      },
    ],
  });
  const r = en.Portals.featureReasons;
  await lotse.signIn(page, "manager", manager, de);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await test.step("Teams › [team] › Portal: choose the sub-portal → Save settings", async () => {
    await openTeamPortalTab(page, lotse, en, names.team, names.team);
    const general = page
      .getByRole("group", { name: names.portal, exact: true })
      .getByRole("checkbox", { name: "General", exact: true });
    await general.check();
    await page.getByRole("button", { name: "Save settings", exact: true }).click();
    await expect(page).toHaveURL(/\/portal$/);
    await expect(page.getByRole("status")).toHaveText(en.Notices.saved);
    await expect(general).toBeChecked();
    expect(dbQuery(baseURL, "SELECT subPortalId FROM TeamSubPortal WHERE teamId = ?", org.teams.team)).toEqual([
      { subPortalId: org.subPortals.general },
    ]);
  });

  await test.step("View agents assigned to this portal: the reasons in English", async () => {
    await openPortalAgents(page, lotse, en, names.portal);
    await expect(page.getByRole("status")).toHaveText(icu(en.Portals.agentCount, { count: 1 }, "en"));
    const row = page
      .getByRole("table", { name: fill(en.Portals.matrixCaption, { portal: names.portal }) })
      .getByRole("row")
      .filter({ hasText: `Amy Archer ${x}` });
    await expect(featureCell(row, "screenSharing")).toHaveText(cell(en, true, r.default));
    await expect(featureCell(row, "fileTransferSend")).toHaveText(cell(en, false, r.portal));
    await expect(featureCell(row, "fileTransferReceive")).toHaveText(
      cell(en, false, fill(r.team, { team: names.team })),
    );
    await expect(featureCell(row, "diagnostics")).toHaveText(cell(en, true, r.default));
    await expect(featureCell(row, "customerSurvey")).toHaveText(cell(en, true, r.portal));
    await expect(
      page.getByRole("columnheader", { name: en.Portals.featureNames.screenSharing, exact: true }),
    ).toBeVisible();
  });
});

test("the agent matrix is paged: Einträge pro Seite and Seite … von N, the sub-portal kept", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  test.setTimeout(240_000); // 32 agents seeded, a wide matrix checked with axe
  const x = tag();
  const pw = password();
  const pad = (i: number) => String(i).padStart(2, "0");
  const agent = (key: string, firstName: string, lastName: string, team: string): SeedUser => ({
    key,
    kind: "agent",
    firstName,
    lastName,
    loginId: `${key}-${x}@lotse.test`,
    password: pw,
    team,
  });
  const names = { portal: `Seitenportal ${x}`, few: `Wenige ${x}` };
  const org = await seed(baseURL, {
    teams: [
      { key: "many", name: `Viele ${x}` },
      { key: "few", name: names.few },
    ],
    users: [
      ...Array.from({ length: 30 }, (_, i) => agent(`m${pad(i)}`, `M${pad(i)}`, `Matrix ${x}`, "many")),
      // Last in name order, so they end page 2.
      agent("w1", "Wera", `Zuletzt ${x}`, "few"),
      agent("w2", "Wim", `Zuletzt ${x}`, "few"),
    ],
    portals: [
      {
        key: "p",
        name: names.portal,
        slug: `seiten-${x}`,
        features: { fileTransferSend: false },
        subPortals: [
          { key: "general", name: "Allgemein", slug: "allgemein", teams: ["many"] },
          { key: "few", name: names.few, slug: "wenige", teams: ["few"] },
        ],
      },
    ],
  });
  const rows = page
    .getByRole("table", { name: fill(de.Portals.matrixCaption, { portal: names.portal }) })
    .locator("tbody tr");
  const url = `/manager/portals/${org.portals.p}/agents`;
  await lotse.signIn(page, "manager", companyManager);
  await page.goto(url);
  await lotse.checkOnce(page);
  await expect(page.getByRole("status")).toHaveText(icu(de.Portals.agentCount, { count: 32 }));
  await expect(rows).toHaveCount(32);
  await expect(pager(page)).toHaveCount(0);

  await test.step("25 a page, then page 2 by the page field", async () => {
    await choosePageSize(page, 25);
    await expect(rows).toHaveCount(25);
    await expectPage(page, 1, 2);
    await lotse.check(page);
    await jumpToPage(page, 2);
    await expect(page).toHaveURL(/[?&]size=25(&|$)/);
    await expectPage(page, 2, 2);
    await expect(rows).toHaveCount(7);
    await expect(rows.last()).toContainText(`Wim Zuletzt ${x}`);
    // Each row explains its values on every page.
    await expect(featureCell(rows.last(), "fileTransferSend")).toHaveText(
      cell(de, false, de.Portals.featureReasons.portal),
    );
  });

  await test.step("one sub-portal: the page size stays, paging keeps the sub-portal", async () => {
    await page.getByRole("combobox", { name: de.Portals.subPortal, exact: true }).selectOption({ label: "Allgemein" });
    await page.getByRole("button", { name: de.Portals.show, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]sub=${org.subPortals.general}(&|$)`));
    await expect(page).toHaveURL(/[?&]size=25(&|$)/);
    await expect(page.getByRole("status")).toHaveText(icu(de.Portals.agentCount, { count: 30 }));
    await expect(rows).toHaveCount(25);
    await jumpToPage(page, 2);
    await expect(page).toHaveURL(new RegExp(`[?&]sub=${org.subPortals.general}(&|$)`));
    await expect(rows).toHaveCount(5);
    await expect(rows.filter({ hasText: `Zuletzt ${x}` })).toHaveCount(0);
    await pager(page).getByRole("link", { name: de.Pagination.previous, exact: true }).click();
    await expectPage(page, 1, 2);
    await expect(rows.first()).toContainText(`M00 Matrix ${x}`);
  });

  await test.step("a page past the end shows the last one", async () => {
    const response = await page.goto(`${url}?sub=${org.subPortals.general}&size=25&page=999`);
    expect(response?.status()).toBe(200);
    await expectPage(page, 2, 2);
    await expect(rows).toHaveCount(5);
  });
});
