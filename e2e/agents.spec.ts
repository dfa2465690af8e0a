// Manual chapter 2, "Mitarbeiter": adding agents by hand with the pending list, searching, sorting
// and paging the list, moving, deleting and editing agents.
import type { Locator, Page } from "@playwright/test";
import { errorSummary } from "./support/error-summary";
import { expect, test, type Lotse } from "./support/fixtures";
import { de, icu } from "./support/messages";
import { dbQuery, fill, password, seed, tag, type SeedUser } from "./support/organisation";
import { choosePageSize, expectPage, jumpToPage, pager } from "./support/pagination";

const a = de.Agents;
const f = de.Functions;
const pg = de.Pagination;

async function openAgents(page: Page, lotse: Lotse) {
  await page
    .getByRole("navigation", { name: de.Nav.label })
    .getByRole("link", { name: de.Nav.agents, exact: true })
    .click();
  await expect(page).toHaveURL(/\/manager\/agents$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.title);
  await lotse.checkOnce(page);
}

async function search(page: Page, text: string, team?: string) {
  await page.getByLabel(a.search, { exact: true }).fill(text);
  if (team) await page.getByRole("combobox", { name: a.team, exact: true }).selectOption({ label: team });
  await page.getByRole("button", { name: a.searchButton, exact: true }).click();
  // A space may come as "+" (a form's GET) or "%20".
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text).replaceAll("%20", "(\\+|%20)")}(&|$)`));
}

const count = (page: Page) => page.getByRole("status").filter({ hasText: /Mitarbeiter( gefunden)?$/ });
const row = (page: Page | Locator, text: string) => page.getByRole("row").filter({ hasText: text });
const dataRowsOf = (page: Page) => page.getByRole("row").filter({ has: page.getByRole("checkbox") });

test("Mitarbeiter hinzufügen: Zur Liste hinzufügen, Aus Liste entfernen, Senden", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  const x = tag();
  const pw = password();
  const teams = { hotline: `Hotline ${x}`, night: `Hotline ${x} › Nacht ${x}` };
  await seed(baseURL, {
    teams: [
      { key: "hotline", name: `Hotline ${x}` },
      { key: "night", name: `Nacht ${x}`, parent: "hotline" },
    ],
  });
  await lotse.signIn(page, "manager", companyManager);
  await openAgents(page, lotse);
  await page.getByRole("main").getByRole("link", { name: a.add, exact: true }).click();
  await expect(page).toHaveURL(/\/manager\/agents\/new$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.add);
  await lotse.checkOnce(page);

  const field = {
    loginId: page.getByLabel(a.loginId, { exact: true }),
    email: page.getByLabel(a.email, { exact: true }),
    firstName: page.getByLabel(a.firstName, { exact: true }),
    lastName: page.getByLabel(a.lastName, { exact: true }),
    screenName: page.getByLabel(a.screenName, { exact: true }),
    password: page.getByLabel(a.password, { exact: true }),
    team: page.getByRole("combobox", { name: a.team, exact: true }),
    custom: page.getByLabel(a.customField, { exact: true }),
  };
  const addToList = () => page.getByRole("button", { name: a.addToList, exact: true }).click();

  await test.step("required fields say so next to their label; the control says it to screen readers", async () => {
    const marked = (label: string) =>
      page.locator(".field-label-row").filter({ has: page.getByText(label, { exact: true }) });
    for (const label of [a.loginId, a.firstName, a.lastName, a.password, a.team]) {
      await expect(marked(label).locator(".required-mark")).toHaveText(`(${de.Common.requiredField})`);
    }
    await expect(field.firstName).toHaveAttribute("required", "");
    // The screen name falls back to the first name, the e-mail address to the login ID.
    for (const label of [a.screenName, a.email, a.customField]) await expect(marked(label)).toHaveCount(0);
    await expect(field.screenName).not.toHaveAttribute("required");
  });

  await test.step("errors are named next to the fields", async () => {
    await field.loginId.fill("kein-format");
    await field.lastName.fill("Fehler");
    await field.password.fill("kurz");
    await addToList();
    await expect(field.loginId).toHaveAccessibleDescription(`${a.loginIdHelp} ${de.Errors.loginIdFormat}`);
    await expect(field.loginId).toHaveAttribute("aria-invalid", "true");
    await expect(field.firstName).toHaveAccessibleDescription(de.Errors.firstNameRequired);
    await expect(field.password).toHaveAccessibleDescription(`${a.passwordHelp} ${de.Errors.passwordTooShort}`);
    await expect(field.team).toHaveAccessibleDescription(de.Errors.teamRequired);
    await expect(field.lastName).toHaveValue("Fehler");
    await lotse.check(page);

    // A manager's login ID cannot become an agent's.
    await field.loginId.fill(companyManager.loginId);
    await field.firstName.fill("Doppelt");
    await field.password.fill(pw);
    await field.team.selectOption({ label: teams.hotline });
    await addToList();
    await expect(field.loginId).toHaveAccessibleDescription(`${a.loginIdHelp} ${de.Errors.loginIdIsManager}`);
    await expect(page.getByRole("heading", { name: fill(a.pendingTitle, { count: 0 }) })).toBeVisible();
  });

  const people = [
    {
      loginId: `lena-${x}@lotse.test`,
      first: "Lena",
      last: `Lang ${x}`,
      screen: "Lena L.",
      team: teams.hotline,
      custom: "Kst 1",
    },
    { loginId: `max-${x}@lotse.test`, first: "Max", last: `Mohn ${x}`, screen: "", team: teams.night, custom: "" },
  ];
  await test.step("Zur Liste hinzufügen, twice", async () => {
    for (const [i, p] of people.entries()) {
      await field.loginId.fill(p.loginId);
      await field.email.fill("");
      await field.firstName.fill(p.first);
      await field.lastName.fill(p.last);
      await field.screenName.fill(p.screen);
      await field.password.fill(pw);
      await field.team.selectOption({ label: p.team });
      await field.custom.fill(p.custom);
      await addToList();
      await expect(page).toHaveURL(/\/manager\/agents\/new\?team=[^&]+$/);
      await expect(page.getByRole("status")).toHaveText(de.Notices.addedToList);
      await expect(page.getByRole("heading", { name: fill(a.pendingTitle, { count: i + 1 }) })).toBeVisible();
      // The team stays chosen for the next entry.
      await expect(field.team).toHaveValue(/.+/);
      await expect(field.loginId).toHaveValue("");
    }
    await lotse.checkOnce(page);
  });

  const pending = page.getByRole("region", { name: fill(a.pendingTitle, { count: 2 }) });
  await test.step("the pending list survives a full page load", async () => {
    await page.goto("/manager/agents/new");
    await expect(pending).toBeVisible();
    await expect(row(pending, people[0]!.loginId)).toContainText(`${people[0]!.last}, Lena`);
    await expect(row(pending, people[0]!.loginId)).toContainText("Lena L.");
    await expect(row(pending, people[1]!.loginId)).toContainText(teams.night);
    // No screen name given: the first name is used.
    await expect(row(pending, people[1]!.loginId).getByRole("cell", { name: "Max", exact: true })).toBeVisible();
  });

  await test.step("select one → Aus Liste entfernen", async () => {
    await pending.getByRole("checkbox", { name: fill(a.selectAgent, { name: `${people[0]!.last}, Lena` }) }).check();
    await pending.getByRole("button", { name: a.removeFromList, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/agents\/new$/);
    await expect(page.getByRole("status")).toHaveText(de.Notices.removedFromList);
    const left = page.getByRole("region", { name: fill(a.pendingTitle, { count: 1 }) });
    await expect(left).toBeVisible();
    await expect(row(left, people[0]!.loginId)).toHaveCount(0);
    await expect(row(left, people[1]!.loginId)).toBeVisible();
  });

  await test.step("Mitarbeiter hinzufügen → confirmation → Senden", async () => {
    await page.getByRole("button", { name: a.add, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/agents\/new\/confirm$/);
    await expect(page.getByRole("main")).toContainText(
      "Dieser Mitarbeiter wird angelegt. Bestätigen Sie dies mit „Senden“.",
    );
    await expect(page.getByRole("listitem").filter({ hasText: people[1]!.loginId })).toContainText(teams.night);
    await lotse.checkOnce(page);
    await page.getByRole("button", { name: a.send, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/agents$/);
    await expect(page.getByRole("status").first()).toHaveText("1 Mitarbeiter wurde angelegt.");
  });

  await test.step("the new agent is in the list; the removed one is not", async () => {
    await search(page, x);
    await expect(count(page)).toHaveText("1 Mitarbeiter");
    await expect(row(page, people[1]!.loginId)).toContainText(teams.night);
    await expect(row(page, people[0]!.loginId)).toHaveCount(0);
    expect(
      dbQuery(baseURL, "SELECT loginId FROM User WHERE loginId IN (?, ?)", people[0]!.loginId, people[1]!.loginId),
    ).toEqual([{ loginId: people[1]!.loginId }]);
  });
});

test("the Agents page searches, filters by team, sorts and pages", async ({ page, lotse, companyManager, baseURL }) => {
  const x = tag();
  const pw = password();
  const pad = (i: number) => String(i).padStart(2, "0");
  const users: SeedUser[] = [
    ...Array.from({ length: 55 }, (_, i): SeedUser => ({
      key: `p${i}`,
      kind: "agent",
      firstName: `Agent${pad(i)}`,
      lastName: `Liste ${x}`,
      loginId: `liste-${pad(i)}-${x}@lotse.test`,
      password: pw,
      team: "pool",
    })),
    ...Array.from({ length: 3 }, (_, i): SeedUser => ({
      key: `z${i}`,
      kind: "agent",
      firstName: `Zora${i}`,
      lastName: `Zweit ${x}`,
      loginId: `zweit-${pad(i)}-${x}@lotse.test`,
      password: pw,
      team: "second",
    })),
  ];
  await seed(baseURL, {
    teams: [
      { key: "pool", name: `Pool ${x}` },
      { key: "second", name: `Pool Zwei ${x}` },
    ],
    users,
  });
  await lotse.signIn(page, "manager", companyManager);
  await openAgents(page, lotse);
  const pages = pager(page);
  const dataRows = dataRowsOf(page);

  await test.step("search and paging (50 a page)", async () => {
    await search(page, x);
    await expect(count(page)).toHaveText("58 Mitarbeiter");
    await expectPage(page, 1, 2);
    await expect(dataRows).toHaveCount(50);
    await expect(dataRows.first()).toContainText(`liste-00-${x}`);
    await lotse.checkOnce(page);
    await pages.getByRole("link", { name: pg.next, exact: true }).click();
    await expect(page).toHaveURL(/page=2/);
    await expectPage(page, 2, 2);
    await expect(dataRows).toHaveCount(8);
    await expect(dataRows.last()).toContainText(`zweit-02-${x}`);
    await expect(pages.getByRole("link", { name: pg.next, exact: true })).toHaveCount(0);
    await pages.getByRole("link", { name: pg.previous, exact: true }).click();
    await expect(dataRows).toHaveCount(50);
  });

  await test.step("search by login ID and by screen name", async () => {
    await search(page, `liste-07-${x}`);
    await expect(count(page)).toHaveText("1 Mitarbeiter");
    await expect(dataRows).toHaveCount(1);
    await search(page, "zora1");
    await expect(row(page, `zweit-01-${x}`)).toBeVisible();
  });

  await test.step("team filter", async () => {
    await search(page, x, `Pool Zwei ${x}`);
    await expect(count(page)).toHaveText("3 Mitarbeiter");
    await expect(pages).toHaveCount(0);
    for (let i = 0; i < 3; i++) await expect(row(page, `zweit-${pad(i)}-${x}`)).toContainText(`Pool Zwei ${x}`);
  });

  await test.step("a search without matches says so once, offers Suche zurücksetzen and no move or delete", async () => {
    await search(page, `niemand-${x}`);
    const main = page.getByRole("main");
    await expect(main.getByRole("status")).toHaveText(a.noMatches);
    await expect(main.getByRole("table")).toHaveCount(0);
    await expect(main.getByRole("button", { name: a.move, exact: true })).toHaveCount(0);
    await expect(main.getByRole("button", { name: a.deleteSelected, exact: true })).toHaveCount(0);
    await lotse.check(page);
    await main.getByRole("link", { name: a.resetSearch, exact: true }).click();
    await expect(page).not.toHaveURL(/[?&](q|team)=/);
    await expect(page.getByLabel(a.search, { exact: true })).toHaveValue("");
    await expect(dataRows.first()).toBeVisible();
  });

  await test.step("sort by login ID, both ways", async () => {
    await search(page, x, a.allTeams);
    const header = page.getByRole("columnheader", { name: a.loginId });
    await header.getByRole("link").click();
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    await expect(dataRows.first()).toContainText(`liste-00-${x}`);
    await header.getByRole("link").click();
    await expect(header).toHaveAttribute("aria-sort", "descending");
    await expect(dataRows.first()).toContainText(`zweit-02-${x}`);
    await expect(dataRows.nth(3)).toContainText(`liste-54-${x}`);
    // The sort is kept while paging.
    await pages.getByRole("link", { name: pg.next, exact: true }).click();
    await expect(header).toHaveAttribute("aria-sort", "descending");
    await expect(dataRows.last()).toContainText(`liste-00-${x}`);
  });
});

test("Gewählte Mitarbeiter verschieben nach … and Gewählte Mitarbeiter löschen, each with OK", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  const x = tag();
  const pw = password();
  const agent = (key: string, firstName: string): SeedUser => ({
    key,
    kind: "agent",
    firstName,
    lastName: `Wechsel ${x}`,
    loginId: `${key}-${x}@lotse.test`,
    password: pw,
    team: "old",
  });
  const org = await seed(baseURL, {
    teams: [
      { key: "old", name: `Alt ${x}` },
      { key: "new", name: `Neu ${x}` },
    ],
    users: [agent("m1", "Mara"), agent("m2", "Mick"), agent("m3", "Mona")],
  });
  const login = (key: string) => `${key}-${x}@lotse.test`;
  const select = (key: string, firstName: string) =>
    page.getByRole("checkbox", { name: fill(a.selectAgent, { name: `Wechsel ${x}, ${firstName}` }) }).check();
  await lotse.signIn(page, "manager", companyManager);
  await openAgents(page, lotse);
  await search(page, x);

  await test.step("nothing selected, or no team chosen: a warning, nothing happens", async () => {
    await page.getByRole("button", { name: a.move, exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(de.Notices.nothingSelected);
    await expect(row(page, login("m1"))).toBeVisible(); // the search is kept
    await lotse.check(page);
    await select("m1", "Mara");
    await page.getByRole("button", { name: a.move, exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(de.Notices.noTargetTeam);
  });

  await test.step("two agents → Neu → Mitarbeiter verschieben → OK", async () => {
    await select("m1", "Mara");
    await select("m2", "Mick");
    await page.getByRole("combobox", { name: a.moveTo, exact: true }).selectOption({ label: `Neu ${x}` });
    await page.getByRole("button", { name: a.move, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/agents\/move\?id=.+&id=.+&team=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.move);
    await expect(page.getByRole("main")).toContainText(`Diese 2 Mitarbeiter nach „Neu ${x}“ verschieben?`);
    await lotse.checkOnce(page);
    await page.getByRole("button", { name: a.ok, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/agents$/);
    await expect(page.getByRole("status").first()).toHaveText("Die 2 Mitarbeiter wurden verschoben.");
    await search(page, x);
    await expect(row(page, login("m1")).getByRole("cell", { name: `Neu ${x}`, exact: true })).toBeVisible();
    await expect(row(page, login("m2")).getByRole("cell", { name: `Neu ${x}`, exact: true })).toBeVisible();
    await expect(row(page, login("m3")).getByRole("cell", { name: `Alt ${x}`, exact: true })).toBeVisible();
    expect(dbQuery(baseURL, "SELECT teamId FROM AgentProfile WHERE userId = ?", org.users.m1)).toEqual([
      { teamId: org.teams.new },
    ]);
  });

  await test.step("one agent → Gewählte Mitarbeiter löschen → OK", async () => {
    await select("m3", "Mona");
    await page.getByRole("button", { name: a.deleteSelected, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/agents\/delete\?id=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.deleteSelected);
    await expect(page.getByRole("main")).toContainText("Diesen Mitarbeiter löschen?");
    await expect(page.getByRole("main")).toContainText(login("m3"));
    await lotse.checkOnce(page);
    await page.getByRole("button", { name: a.ok, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/agents$/);
    await expect(page.getByRole("status").first()).toHaveText("Der Mitarbeiter wurde gelöscht.");
    await search(page, x);
    await expect(count(page)).toHaveText("2 Mitarbeiter");
    await expect(row(page, login("m3"))).toHaveCount(0);
    expect(dbQuery(baseURL, "SELECT id FROM User WHERE id = ?", org.users.m3)).toEqual([]);
  });
});

test("Einträge pro Seite, Seite … von N, and Alle auswählen on a page", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  test.setTimeout(240_000); // 30+ agents seeded and several pages checked with axe
  const x = tag();
  const pw = password();
  const pad = (i: number) => String(i).padStart(2, "0");
  const org = await seed(baseURL, {
    teams: [
      { key: "pool", name: `Seitenpool ${x}` },
      { key: "target", name: `Seitenziel ${x}` },
    ],
    users: Array.from({ length: 30 }, (_, i): SeedUser => ({
      key: `s${i}`,
      kind: "agent",
      firstName: `S${pad(i)}`,
      lastName: `Seite ${x}`,
      loginId: `seite-${pad(i)}-${x}@lotse.test`,
      password: pw,
      team: "pool",
    })),
  });
  const dataRows = dataRowsOf(page);
  const ticked = dataRows.locator('input[type="checkbox"]:checked');
  await lotse.signIn(page, "manager", companyManager);
  await openAgents(page, lotse);
  await search(page, x);
  await expect(count(page)).toHaveText("30 Mitarbeiter");

  await test.step("25 a page, then “Seite 2 von 2” by the page field; the search stays", async () => {
    await expect(dataRows).toHaveCount(30);
    await expect(pager(page)).toHaveCount(0); // one page: nothing to page through, but the size can change
    await choosePageSize(page, 25);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${x}(&|$)`));
    await expect(dataRows).toHaveCount(25);
    await expectPage(page, 1, 2);
    await lotse.check(page);
    await jumpToPage(page, 2);
    await expect(page).toHaveURL(/[?&]size=25(&|$)/);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${x}(&|$)`));
    await expectPage(page, 2, 2);
    await expect(dataRows).toHaveCount(5);
    await expect(dataRows.last()).toContainText(`seite-29-${x}`);
    await pager(page)
      .getByRole("link", { name: fill(pg.page, { page: 1 }), exact: true })
      .click();
    await expectPage(page, 1, 2);
    await expect(dataRows.first()).toContainText(`seite-00-${x}`);
  });

  await test.step("a page number or size nobody offered is clamped, not an error", async () => {
    for (const [query, rows, current] of [
      [`q=${x}&size=25&page=999`, 5, 2],
      [`q=${x}&size=25&page=-3`, 25, 1],
      [`q=${x}&size=25&page=zwei`, 25, 1],
      [`q=${x}&size=25&page=1e99`, 25, 1],
    ] as const) {
      const response = await page.goto(`/manager/agents?${query}`);
      expect(response?.status(), query).toBe(200);
      await expect(dataRows).toHaveCount(rows);
      await expectPage(page, current, 2);
    }
    const response = await page.goto(`/manager/agents?q=${x}&size=7&page=3`);
    expect(response?.status()).toBe(200);
    await expect(dataRows).toHaveCount(30); // the default size: one page
    await expect(page.getByRole("combobox", { name: pg.pageSize, exact: true })).toHaveValue("50");
  });

  await test.step("Alle auswählen ticks every row of the page, Auswahl aufheben none", async () => {
    await page.goto(`/manager/agents?q=${x}&size=25&page=1`);
    await expect(ticked).toHaveCount(0);
    await page.getByRole("button", { name: a.selectPage, exact: true }).click();
    await expect(ticked).toHaveCount(25);
    await expect(page.getByRole("status").filter({ hasText: icu(a.pageSelected, { count: 25 }) })).toBeVisible();
    await expectPage(page, 1, 2); // the same page, with the same search and size
    await expect(count(page)).toHaveText("30 Mitarbeiter");
    await lotse.check(page);
    await page.getByRole("button", { name: a.clearPage, exact: true }).click();
    await expect(ticked).toHaveCount(0);
    await expect(page.getByRole("button", { name: a.selectPage, exact: true })).toBeVisible();
  });

  await test.step("… and the ticked page moves like any selection", async () => {
    await page.getByRole("button", { name: a.selectPage, exact: true }).click();
    await expect(ticked).toHaveCount(25);
    await page.getByRole("combobox", { name: a.moveTo, exact: true }).selectOption({ label: `Seitenziel ${x}` });
    await page.getByRole("button", { name: a.move, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/agents\/move\?id=/);
    await expect(page.getByRole("main")).toContainText(`Diese 25 Mitarbeiter nach „Seitenziel ${x}“ verschieben?`);
    await lotse.checkOnce(page);
    await page.getByRole("button", { name: a.ok, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/agents$/);
    await expect(page.getByRole("status").first()).toHaveText("Die 25 Mitarbeiter wurden verschoben.");
    expect(dbQuery(baseURL, "SELECT count(*) AS n FROM AgentProfile WHERE teamId = ?", org.teams.target)).toEqual([
      { n: 25 },
    ]);
  });
});

test("Alle N Treffer auswählen: the confirmation counts them, a changed set is confirmed again, then move and delete", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  test.setTimeout(240_000); // 30+ agents seeded and several pages checked with axe
  const x = tag();
  const pw = password();
  const pad = (i: number) => String(i).padStart(2, "0");
  const agent = (i: number, lastName = `Treffer ${x}`): SeedUser => ({
    key: `t${i}`,
    kind: "agent",
    firstName: `T${pad(i)}`,
    lastName,
    loginId: `treffer-${pad(i)}-${x}@lotse.test`,
    password: pw,
    team: "old",
  });
  const org = await seed(baseURL, {
    teams: [
      { key: "old", name: `Trefferalt ${x}` },
      { key: "new", name: `Trefferneu ${x}` },
    ],
    users: [...Array.from({ length: 30 }, (_, i) => agent(i)), { ...agent(99, `Anders ${x}`), key: "other" }],
  });
  const inTeam = (key: "old" | "new") =>
    dbQuery<{ lastName: string }>(baseURL, "SELECT lastName FROM AgentProfile WHERE teamId = ?", org.teams[key]);
  const matchesBox = (n: number) =>
    page.getByRole("checkbox", { name: icu(a.selectMatches, { count: n }), exact: true });
  await lotse.signIn(page, "manager", companyManager);
  await openAgents(page, lotse);

  await test.step("search, 25 a page: “Alle 30 Treffer auswählen” → Mitarbeiter verschieben", async () => {
    await search(page, `Treffer ${x}`);
    await expect(count(page)).toHaveText("30 Mitarbeiter");
    await expect(matchesBox(30)).toHaveCount(0); // one page: "Alle auswählen" is enough
    await choosePageSize(page, 25);
    await expect(matchesBox(30)).toHaveAccessibleDescription(a.selectMatchesHelp);
    await matchesBox(30).check();
    await page.getByRole("combobox", { name: a.moveTo, exact: true }).selectOption({ label: `Trefferneu ${x}` });
    await page.getByRole("button", { name: a.move, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/agents\/matches\/move\?q=Treffer\+[0-9a-f]+&team=&to=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.move);
    await expect(page.getByRole("main")).toContainText(`Alle 30 Mitarbeiter nach „Trefferneu ${x}“ verschieben?`);
    await expect(page.getByRole("main")).toContainText(icu(a.matchesMore, { count: 20 }));
    await expect(page.getByRole("definition").first()).toHaveText(`Treffer ${x}`);
    await lotse.checkOnce(page);
  });

  await test.step("one more match appears before OK: nothing moves, the page asks again with 31", async () => {
    await seed(baseURL, { users: [{ ...agent(30), team: undefined, teamId: org.teams.old }] });
    await page.getByRole("button", { name: a.ok, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/agents\/matches\/move\?q=[^&]+&team=[^&]*&to=[^&]+$/);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(de.Notices.selectionChanged);
    await expect(page.getByRole("main")).toContainText(`Alle 31 Mitarbeiter nach „Trefferneu ${x}“ verschieben?`);
    expect(inTeam("new")).toEqual([]);
    await lotse.check(page);
    await page.getByRole("button", { name: a.ok, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/agents$/);
    await expect(page.getByRole("status").first()).toHaveText("Die 31 Mitarbeiter wurden verschoben.");
    expect(inTeam("new")).toHaveLength(31);
    expect(inTeam("old")).toEqual([{ lastName: `Anders ${x}` }]);
  });

  await test.step("the team filter too: “Alle 31 Treffer auswählen” → Gewählte Mitarbeiter löschen → OK", async () => {
    await search(page, x, `Trefferneu ${x}`);
    await expect(count(page)).toHaveText("31 Mitarbeiter");
    await choosePageSize(page, 25);
    await matchesBox(31).check();
    await page.getByRole("button", { name: a.deleteSelected, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/agents\/matches\/delete\?q=[0-9a-f]+&team=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.deleteSelected);
    await expect(page.getByRole("main")).toContainText(icu(a.deleteMatchesQuestion, { count: 31 }));
    await expect(page.getByRole("definition").nth(1)).toHaveText(`Trefferneu ${x}`);
    await lotse.checkOnce(page);
    await page.getByRole("button", { name: a.ok, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/agents$/);
    await expect(page.getByRole("status").first()).toHaveText("Die 31 Mitarbeiter wurden gelöscht.");
    expect(inTeam("new")).toEqual([]);
    expect(inTeam("old")).toEqual([{ lastName: `Anders ${x}` }]);
  });
});

test("editing an agent: team, function override with its source, password reset", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  const x = tag();
  const pw = password();
  const loginId = `eva-${x}@lotse.test`;
  const org = await seed(baseURL, {
    teams: [
      { key: "hq", name: `Zentrale ${x}`, functions: { saveLoginPassword: true, multiSession: true } },
      { key: "tech", name: `Technik ${x}`, parent: "hq", functions: { diagnostics: false } },
      { key: "desk", name: `Empfang ${x}` },
    ],
    users: [
      { key: "eva", kind: "agent", firstName: "Eva", lastName: `Engel ${x}`, loginId, password: pw, team: "tech" },
    ],
  });
  const effective = (fn: keyof typeof f) => page.getByTestId(`effective-${fn}`);
  const save = () => page.getByRole("button", { name: a.save, exact: true }).click();
  await lotse.signIn(page, "manager", companyManager);
  await openAgents(page, lotse);
  await search(page, x);
  await page.getByRole("link", { name: `Engel ${x}, Eva`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/manager/agents/${org.users.eva}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Eva Engel ${x}`);
  await lotse.checkOnce(page);

  await test.step("every function shows its effective value and where it comes from", async () => {
    await expect(effective("multiSession")).toHaveText(
      `${f.on} — ${fill(f.sourceParentTeam, { team: `Zentrale ${x}` })}`,
    );
    await expect(effective("diagnostics")).toHaveText(`${f.off} — ${fill(f.sourceTeam, { team: `Technik ${x}` })}`);
    await expect(effective("fileTransferSend")).toHaveText(`${f.on} — ${f.sourceDefault}`);
  });

  await test.step("a function Lotse does not have yet: off, „noch nicht verfügbar“, whatever the team says", async () => {
    await expect(effective("saveLoginPassword")).toHaveText(`${f.off} — ${de.Availability.notYet}`);
    const saveLoginPassword = page.getByRole("combobox", { name: f.saveLoginPassword, exact: true });
    await expect(saveLoginPassword).toBeDisabled();
    await expect(saveLoginPassword).toHaveAccessibleDescription(de.Availability.notYet);
    await expect(saveLoginPassword).toHaveValue("inherit");
  });

  await test.step("an override “Aus” for this agent", async () => {
    await page.getByRole("combobox", { name: f.fileTransferSend, exact: true }).selectOption({ label: f.off });
    await save();
    await expect(page).toHaveURL(new RegExp(`/manager/agents/${org.users.eva}$`));
    await expect(page.getByRole("status")).toHaveText(de.Notices.saved);
    await expect(effective("fileTransferSend")).toHaveText(`${f.off} — ${f.sourceAgent}`);
    await expect(page.getByRole("combobox", { name: f.fileTransferSend, exact: true })).toHaveValue("off");
    expect(dbQuery(baseURL, "SELECT functions FROM AgentProfile WHERE userId = ?", org.users.eva)).toEqual([
      { functions: '{"fileTransferSend":false}' },
    ]);
  });

  await test.step("invalid max sessions is refused next to the field", async () => {
    const maxSessions = page.getByLabel(a.maxSessions, { exact: true });
    // Sized to the one or two digits it holds, not stretched across the page.
    expect((await maxSessions.boundingBox())!.width).toBeLessThanOrEqual(120);
    await maxSessions.fill("99");
    await save();
    await expect(maxSessions).toHaveAccessibleDescription(
      // Mehrere gleichzeitige Sitzungen is on (from Zentrale), so the team's one applies.
      `${fill(a.maxSessionsHelp, { inherited: 1, effective: 1 })} ${de.Errors.maxSessionsInvalid}`,
    );
    await lotse.check(page);
    expect(dbQuery(baseURL, "SELECT maxSessions FROM AgentProfile WHERE userId = ?", org.users.eva)).toEqual([
      { maxSessions: null },
    ]);
    await maxSessions.fill("");
  });

  await test.step("the “Team” dropdown → Einstellungen speichern", async () => {
    await page.getByRole("combobox", { name: a.team, exact: true }).selectOption({ label: `Empfang ${x}` });
    await save();
    await expect(page.getByRole("status")).toHaveText(de.Notices.saved);
    await expect(page.getByRole("combobox", { name: a.team, exact: true })).toHaveValue(org.teams.desk!);
    // The team defaults follow the new team; the agent's own override stays.
    await expect(effective("diagnostics")).toHaveText(`${f.on} — ${f.sourceDefault}`);
    await expect(effective("multiSession")).toHaveText(`${f.off} — ${f.sourceDefault}`);
    await expect(effective("fileTransferSend")).toHaveText(`${f.off} — ${f.sourceAgent}`);
    await openAgents(page, lotse);
    await search(page, x);
    await expect(row(page, loginId).getByRole("cell", { name: `Empfang ${x}`, exact: true })).toBeVisible();
  });

  const newPassword = password();
  await test.step("Management Center access and a password reset", async () => {
    await page.getByRole("link", { name: `Engel ${x}, Eva`, exact: true }).click();
    await page.getByRole("checkbox", { name: a.managementCenterAccess, exact: true }).check();
    await page.getByLabel(a.resetPassword, { exact: true }).fill(newPassword);
    await save();
    await expect(page.getByRole("status")).toHaveText(de.Notices.saved);
    await expect(page.getByText(a.mustChangePassword)).toBeVisible();
    await expect(page.getByRole("checkbox", { name: a.managementCenterAccess, exact: true })).toBeChecked();
  });

  await test.step("the agent signs in with the new password and must choose another", async () => {
    const agentPage = await lotse.newPage();
    await lotse.attemptSignIn(agentPage, "manager", { loginId, password: pw });
    await expect(errorSummary(agentPage).getByRole("listitem")).toHaveText(de.Errors.signInInvalid);
    await lotse.submitSignIn(agentPage, "manager", { loginId, password: newPassword });
    await expect(agentPage).toHaveURL(/\/manager\/settings$/);
    await expect(agentPage.getByRole("status")).toHaveText(de.Notices.mustChangePasswordByManager);
    await lotse.checkOnce(agentPage);
  });
});
