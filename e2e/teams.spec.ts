// Manual chapter 2, "Teams": Team hinzufügen, Teilteam hinzufügen (arrow beside a team), team
// settings with inheritance, invalid input, Team löschen / Teilteam löschen.
import type { Locator, Page } from "@playwright/test";
import { expect, test, type Lotse } from "./support/fixtures";
import { de } from "./support/messages";
import { dbQuery, fill, password, seed, tag } from "./support/organisation";
import { dangerZone } from "./support/regions";

const t = de.Teams;
const f = de.Functions;

const idIn = (url: string) => new URL(url).pathname.split("/")[3]!;

async function openTeams(page: Page, lotse: Lotse) {
  await page
    .getByRole("navigation", { name: de.Nav.label })
    .getByRole("link", { name: de.Nav.teams, exact: true })
    .click();
  await expect(page).toHaveURL(/\/manager\/teams$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.title);
  await lotse.checkOnce(page);
}

test("Team hinzufügen, Teilteam hinzufügen three levels deep, settings inherited down the tree", async ({
  page,
  lotse,
  companyManager,
}) => {
  const x = tag();
  const names = { top: `Support ${x}`, level1: `Level 1 ${x}`, level2: `Drucker ${x}` };
  await lotse.signIn(page, "manager", companyManager);
  await openTeams(page, lotse);

  const ids: Record<string, string> = {};
  await test.step("Team hinzufügen: name under the tree → the “Team hinzufügen” tab → create", async () => {
    const add = page.getByRole("region", { name: t.addTeam });
    await add.getByLabel(t.name, { exact: true }).fill(names.top);
    await add.getByRole("button", { name: t.addTeam, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/teams\/new\?name=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.addTeam);
    await expect(
      page.getByRole("navigation", { name: t.title }).getByRole("link", { name: t.addTeam }),
    ).toHaveAttribute("aria-current", "page");
    await expect(page.getByLabel(t.name, { exact: true })).toHaveValue(names.top);
    await expect(page.getByRole("combobox", { name: t.parent })).toHaveValue("");
    await lotse.checkOnce(page);
    await page.getByRole("button", { name: t.addTeam, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/teams\/[^/?]+$/);
    await expect(page.getByRole("status")).toHaveText(de.Notices.teamCreated);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(names.top);
    await lotse.checkOnce(page);
    ids.top = idIn(page.url());
  });

  for (const [parent, child, path] of [
    ["top", "level1", `${names.top} › ${names.level1}`],
    ["level1", "level2", `${names.top} › ${names.level1} › ${names.level2}`],
  ] as const) {
    await test.step(`Teilteam hinzufügen: the arrow beside “${names[parent]}”`, async () => {
      await openTeams(page, lotse);
      await page.getByRole("link", { name: fill(t.addSubTeamArrow, { team: names[parent] }), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/manager/teams\\?parent=${ids[parent]}#add-team$`));
      const add = page.getByRole("region", { name: fill(t.addSubTeamTo, { team: names[parent] }) });
      await lotse.checkOnce(page);
      await add.getByLabel(t.name, { exact: true }).fill(names[child]);
      await add.getByRole("button", { name: t.addSubTeam, exact: true }).click();
      // (Without JavaScript the browser keeps the #add-team fragment across the redirect.)
      await expect(page).toHaveURL(new RegExp(`/manager/teams/new\\?name=.+&parent=${ids[parent]}(#add-team)?$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.addSubTeam);
      await expect(
        page.getByRole("navigation", { name: t.title }).getByRole("link", { name: t.addSubTeam }),
      ).toHaveAttribute("aria-current", "page");
      await expect(page.getByRole("combobox", { name: t.parent })).toHaveValue(ids[parent]!);
      await page.getByRole("button", { name: t.addSubTeam, exact: true }).click();
      await expect(page).toHaveURL(/\/manager\/teams\/[^/?]+(#add-team)?$/);
      await expect(page.getByRole("status")).toHaveText(de.Notices.teamCreated);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(path);
      ids[child] = idIn(page.url());
    });
  }

  await test.step("the tree shows three levels, nested", async () => {
    await openTeams(page, lotse);
    const item = (scope: Page | Locator, name: string) =>
      scope.getByRole("listitem").filter({ has: page.getByRole("link", { name, exact: true }) });
    const top = item(page, names.top);
    await expect(top).toHaveCount(1);
    await expect(
      item(item(item(page, names.top), names.level1), names.level2).getByRole("link", {
        name: names.level2,
        exact: true,
      }),
    ).toBeVisible();
  });

  const fileTransferSend = () => page.getByRole("combobox", { name: f.fileTransferSend, exact: true });
  const multiSession = () => page.getByRole("combobox", { name: f.multiSession, exact: true });

  await test.step("settings of the top team: logins, messages, URLs, functions, sessions", async () => {
    await page.getByRole("link", { name: names.top, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(names.top);
    await page.getByLabel(t.availableLogins, { exact: true }).fill("5");
    await page.getByLabel(t.greeting, { exact: true }).fill("Willkommen beim Support!");
    await page.getByLabel(t.cannedMessages, { exact: true }).fill("Einen Moment bitte.\nVielen Dank für Ihre Geduld!");
    await page.getByLabel(t.cannedUrls, { exact: true }).fill("https://example.com/hilfe\nhttp://intranet.example/faq");
    await fileTransferSend().selectOption({ label: f.off });
    await multiSession().selectOption({ label: f.on });
    await page.getByLabel(t.maxSessions, { exact: true }).fill("3");
    await page.getByRole("button", { name: t.save, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/manager/teams/${ids.top}$`));
    await expect(page.getByRole("status")).toHaveText(de.Notices.saved);
    await lotse.checkOnce(page);

    // A fresh load shows what was stored.
    await page.goto(`/manager/teams/${ids.top}`);
    await expect(page.getByLabel(t.availableLogins, { exact: true })).toHaveValue("5");
    await expect(page.getByLabel(t.greeting, { exact: true })).toHaveValue("Willkommen beim Support!");
    await expect(page.getByLabel(t.cannedMessages, { exact: true })).toHaveValue(
      "Einen Moment bitte.\nVielen Dank für Ihre Geduld!",
    );
    await expect(page.getByLabel(t.cannedUrls, { exact: true })).toHaveValue(
      "https://example.com/hilfe\nhttp://intranet.example/faq",
    );
    await expect(fileTransferSend()).toHaveValue("off");
    await expect(multiSession()).toHaveValue("on");
    await expect(page.getByLabel(t.maxSessions, { exact: true })).toHaveValue("3");
  });

  await test.step("the sub-team inherits, and says from where", async () => {
    await page.goto(`/manager/teams/${ids.level1}`);
    await expect(fileTransferSend()).toHaveValue("inherit");
    await expect(fileTransferSend().locator("option:checked")).toHaveText(
      fill(f.inheritWithValue, { value: f.off, source: fill(f.sourceTeam, { team: names.top }) }),
    );
    await expect(page.getByLabel(t.maxSessions, { exact: true })).toHaveAccessibleDescription(
      fill(t.maxSessionsHelp, { inherited: 3 }),
    );
    // Level 1 overrides "Mehrere gleichzeitige Sitzungen" for itself and everything below it.
    await multiSession().selectOption({ label: f.off });
    await page.getByRole("button", { name: t.save, exact: true }).click();
    await expect(page.getByRole("status")).toHaveText(de.Notices.saved);

    await page.goto(`/manager/teams/${ids.level2}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `${names.top} › ${names.level1} › ${names.level2}`,
    );
    await expect(fileTransferSend().locator("option:checked")).toHaveText(
      fill(f.inheritWithValue, { value: f.off, source: fill(f.sourceParentTeam, { team: names.top }) }),
    );
    await expect(multiSession().locator("option:checked")).toHaveText(
      fill(f.inheritWithValue, { value: f.off, source: fill(f.sourceTeam, { team: names.level1 }) }),
    );
    await expect(page.getByRole("combobox", { name: f.diagnostics, exact: true }).locator("option:checked")).toHaveText(
      fill(f.inheritWithValue, { value: f.on, source: f.sourceDefault }),
    );
    await expect(page.getByLabel(t.maxSessions, { exact: true })).toHaveAccessibleDescription(
      fill(t.maxSessionsHelp, { inherited: 3 }),
    );
  });
});

test("invalid team settings are named next to the fields and nothing is saved", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  const x = tag();
  const org = await seed(baseURL, { teams: [{ key: "team", name: `Kasse ${x}` }] });
  const teamId = org.teams.team!;
  const stored = () =>
    dbQuery(baseURL, "SELECT availableLogins, cannedUrls, maxSessions, greeting FROM Team WHERE id = ?", teamId)[0];
  const before = stored();
  await lotse.signIn(page, "manager", companyManager);

  await test.step("the name under the tree: empty, or taken by a sibling", async () => {
    await openTeams(page, lotse);
    const add = page.getByRole("region", { name: t.addTeam });
    const name = add.getByLabel(t.name, { exact: true });
    await add.getByRole("button", { name: t.addTeam, exact: true }).click();
    await expect(name).toHaveAccessibleDescription(de.Errors.teamNameRequired);
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await lotse.check(page);
    await name.fill(`kasse ${x}`); // sibling names are compared case-insensitively
    await add.getByRole("button", { name: t.addTeam, exact: true }).click();
    await expect(name).toHaveAccessibleDescription(de.Errors.teamNameTaken);
    await expect(page).toHaveURL(/\/manager\/teams$/);
  });

  await test.step("canned URL javascript:x, max sessions 99, logins not a number", async () => {
    await page.getByRole("link", { name: `Kasse ${x}`, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Kasse ${x}`);
    await lotse.checkOnce(page);
    const urls = page.getByLabel(t.cannedUrls, { exact: true });
    const maxSessions = page.getByLabel(t.maxSessions, { exact: true });
    const logins = page.getByLabel(t.availableLogins, { exact: true });
    await page.getByLabel(t.greeting, { exact: true }).fill("Nicht gespeichert");
    await urls.fill("https://example.com/ok\njavascript:x");
    await maxSessions.fill("99");
    await logins.fill("viele");
    await page.getByRole("button", { name: t.save, exact: true }).click();
    await expect(urls).toHaveAccessibleDescription(`${t.cannedUrlsHelp} ${de.Errors.cannedUrlInvalid}`);
    await expect(urls).toHaveAttribute("aria-invalid", "true");
    await expect(maxSessions).toHaveAccessibleDescription(
      `${fill(t.maxSessionsHelp, { inherited: 1 })} ${de.Errors.maxSessionsInvalid}`,
    );
    await expect(logins).toHaveAccessibleDescription(`${t.availableLoginsHelp} ${de.Errors.availableLoginsInvalid}`);
    // The form comes back as it was sent.
    await expect(urls).toHaveValue("https://example.com/ok\njavascript:x");
    await expect(maxSessions).toHaveValue("99");
    await lotse.check(page);

    expect(stored()).toEqual(before);
    await page.goto(`/manager/teams/${teamId}`);
    await expect(page.getByLabel(t.greeting, { exact: true })).toHaveValue("");
    await expect(page.getByLabel(t.cannedUrls, { exact: true })).toHaveValue("");
  });
});

test("functions Lotse does not have yet: „noch nicht verfügbar“, disabled, and saving keeps what is stored", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  const x = tag();
  const org = await seed(baseURL, {
    teams: [{ key: "team", name: `Technik ${x}`, functions: { saveLoginPassword: true, screenSharing: false } }],
  });
  const teamId = org.teams.team!;
  const combobox = (fn: keyof typeof f) => page.getByRole("combobox", { name: f[fn], exact: true });
  const storedFunctions = () =>
    JSON.parse(
      dbQuery<{ functions: string }>(baseURL, "SELECT functions FROM Team WHERE id = ?", teamId)[0]!.functions,
    );
  await lotse.signIn(page, "manager", companyManager);
  await openTeams(page, lotse);
  await page.getByRole("link", { name: `Technik ${x}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Technik ${x}`);
  await lotse.checkOnce(page);

  const expectUnavailable = async () => {
    await expect(combobox("saveLoginPassword")).toBeDisabled();
    await expect(combobox("saveLoginPassword")).toHaveAccessibleDescription(de.Availability.notYet);
    await expect(combobox("saveLoginPassword")).toHaveValue("on");
    // Screen sharing works: its switch shows the stored value and can be changed.
    await expect(combobox("screenSharing")).toBeEnabled();
    await expect(combobox("screenSharing")).toHaveValue("off");
    await expect(combobox("diagnostics")).toBeEnabled();
  };

  await test.step("the switch shows what is stored, disabled, and says why", async () => {
    await expectUnavailable();
  });

  await test.step("a refused save still shows the stored value", async () => {
    await page.getByLabel(t.maxSessions, { exact: true }).fill("99");
    await page.getByRole("button", { name: t.save, exact: true }).click();
    await expect(page.getByLabel(t.maxSessions, { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expectUnavailable();
    await lotse.check(page);
    await page.getByLabel(t.maxSessions, { exact: true }).fill("");
  });

  await test.step("Einstellungen speichern changes the others and keeps the stored value", async () => {
    await combobox("diagnostics").selectOption({ label: f.off });
    await page.getByRole("button", { name: t.save, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/manager/teams/${teamId}$`));
    await expect(page.getByRole("status")).toHaveText(de.Notices.saved);
    expect(storedFunctions()).toEqual({ saveLoginPassword: true, screenSharing: false, diagnostics: false });
    await page.reload();
    await expectUnavailable();
    await expect(combobox("diagnostics")).toHaveValue("off");
  });
});

test("Teilteam löschen and Team löschen keep the agents, listed under “Ohne Team”", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  const x = tag();
  const pw = password();
  const names = { top: `Vertrieb ${x}`, sub: `Innendienst ${x}`, subsub: `Angebote ${x}` };
  const org = await seed(baseURL, {
    teams: [
      { key: "top", name: names.top },
      { key: "sub", name: names.sub, parent: "top" },
      { key: "subsub", name: names.subsub, parent: "sub" },
    ],
    users: [
      {
        key: "a1",
        kind: "agent",
        firstName: "Tom",
        lastName: `Oben ${x}`,
        loginId: `tom-${x}@lotse.test`,
        password: pw,
        team: "top",
      },
      {
        key: "a2",
        kind: "agent",
        firstName: "Ina",
        lastName: `Innen ${x}`,
        loginId: `ina-${x}@lotse.test`,
        password: pw,
        team: "sub",
      },
      {
        key: "a3",
        kind: "agent",
        firstName: "Anja",
        lastName: `Angebot ${x}`,
        loginId: `anja-${x}@lotse.test`,
        password: pw,
        team: "subsub",
      },
    ],
  });
  await lotse.signIn(page, "manager", companyManager);

  const withoutTeam = async (expected: string[]) => {
    await page.goto("/manager/agents");
    await lotse.checkOnce(page);
    await page.getByLabel(de.Agents.search, { exact: true }).fill(x);
    await page.getByRole("combobox", { name: de.Agents.team, exact: true }).selectOption({ label: de.Agents.noTeam });
    await page.getByRole("button", { name: de.Agents.searchButton, exact: true }).click();
    await expect(page).toHaveURL(/team=none/);
    await expect(page.getByRole("status").filter({ hasText: /Mitarbeiter/ })).toHaveText(
      `${expected.length} Mitarbeiter`,
    );
    for (const login of expected) {
      await expect(
        page.getByRole("row").filter({ hasText: login }).getByRole("cell", { name: de.Agents.noTeam, exact: true }),
      ).toBeVisible();
    }
  };

  await test.step("Teilteam löschen: confirmation page, Abbrechen keeps it", async () => {
    await openTeams(page, lotse);
    await page.getByRole("link", { name: names.sub, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${names.top} › ${names.sub}`);
    await lotse.checkOnce(page);
    await page.getByRole("link", { name: t.deleteSubTeam, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/manager/teams/${org.teams.sub}/delete$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.deleteSubTeam);
    await expect(page.getByRole("main")).toContainText(`„${names.top} › ${names.sub}“ und sein Teilteam löschen?`);
    await expect(page.getByRole("main")).toContainText("2 Mitarbeiter bleiben im Konto, ohne Team.");
    await lotse.checkOnce(page);
    await page.getByRole("link", { name: t.cancel, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/manager/teams/${org.teams.sub}$`));
  });

  await test.step("Teilteam löschen → OK removes it with its sub-team", async () => {
    await page.getByRole("link", { name: t.deleteSubTeam, exact: true }).click();
    await page.getByRole("button", { name: t.ok, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/teams$/);
    await expect(page.getByRole("status")).toHaveText(de.Notices.teamDeleted);
    await expect(page.getByRole("link", { name: names.top, exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: names.sub, exact: true })).toHaveCount(0);
    await expect(page.getByRole("link", { name: names.subsub, exact: true })).toHaveCount(0);
    await lotse.checkOnce(page);
    await withoutTeam([`ina-${x}@lotse.test`, `anja-${x}@lotse.test`]);
  });

  await test.step("Team löschen → OK: the top team's agent joins them", async () => {
    await page.goto(`/manager/teams/${org.teams.top}`);
    // Deleting sits in a section of its own, well apart from saving.
    const saved = await page.getByRole("button", { name: t.save, exact: true }).boundingBox();
    const zone = await dangerZone(page).boundingBox();
    expect(zone!.y - (saved!.y + saved!.height)).toBeGreaterThanOrEqual(40);
    await expect(dangerZone(page).getByRole("button", { name: t.save, exact: true })).toHaveCount(0);
    await dangerZone(page).getByRole("link", { name: t.deleteTeam, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.deleteTeam);
    await expect(page.getByRole("main")).toContainText("1 Mitarbeiter bleibt im Konto, ohne Team.");
    await page.getByRole("button", { name: t.ok, exact: true }).click();
    await expect(page.getByRole("status")).toHaveText(de.Notices.teamDeleted);
    await expect(page.getByRole("link", { name: names.top, exact: true })).toHaveCount(0);
    await withoutTeam([`tom-${x}@lotse.test`, `ina-${x}@lotse.test`, `anja-${x}@lotse.test`]);
    const rows = dbQuery(
      baseURL,
      "SELECT teamId FROM AgentProfile WHERE userId IN (?, ?, ?)",
      org.users.a1,
      org.users.a2,
      org.users.a3,
    );
    expect(rows).toEqual([{ teamId: null }, { teamId: null }, { teamId: null }]);
  });
});
