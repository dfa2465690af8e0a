// Manual chapter 2, "Manager" (company managers only): Manager hinzufügen with teams and rights,
// what a team manager then sees, editing, the search fields, Ausgewählte Manager löschen, and the
// API-Manager tab that exists only while the Admin Center grants it.
import type { Page } from "@playwright/test";
import { expect, test, type Lotse } from "./support/fixtures";
import { expectNotFound } from "./support/forged-requests";
import { de } from "./support/messages";
import { dbQuery, fill, password, seed, setApiManagerGrant, tag, withGrantsLock } from "./support/organisation";

const m = de.Managers;
const r = de.Rights;

const nav = (page: Page) => page.getByRole("navigation", { name: de.Nav.label });

async function openManagers(page: Page, lotse: Lotse) {
  await nav(page).getByRole("link", { name: de.Nav.managers, exact: true }).click();
  await expect(page).toHaveURL(/\/manager\/managers$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.title);
  await lotse.checkOnce(page);
}

async function searchManagers(page: Page, fields: Partial<Record<"name" | "loginId" | "email", string>>) {
  const form = page.getByRole("search");
  for (const key of ["name", "loginId", "email"] as const)
    await form.getByLabel(m[key], { exact: true }).fill(fields[key] ?? "");
  await form.getByRole("button", { name: m.search, exact: true }).click();
  await expect(page).toHaveURL(/\/manager\/managers\?/);
}

test("Manager hinzufügen: a team manager with teams and rights sees only their teams; edit, search, delete", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  const x = tag();
  const pw = password();
  const agentLogin = `hanna-${x}@lotse.test`;
  const org = await seed(baseURL, {
    teams: [
      { key: "north", name: `Nord ${x}` },
      { key: "hamburg", name: `Hamburg ${x}`, parent: "north" },
      { key: "south", name: `Süd ${x}` },
    ],
    users: [
      {
        key: "hanna",
        kind: "agent",
        firstName: "Hanna",
        lastName: `Hafen ${x}`,
        loginId: agentLogin,
        password: pw,
        team: "hamburg",
      },
      {
        key: "sepp",
        kind: "agent",
        firstName: "Sepp",
        lastName: `Süden ${x}`,
        loginId: `sepp-${x}@lotse.test`,
        password: pw,
        team: "south",
      },
    ],
  });
  const tm = { name: `Nora Nord ${x}`, loginId: `nora-${x}@lotse.test`, email: agentLogin, password: password() };
  await lotse.signIn(page, "manager", companyManager);
  await openManagers(page, lotse);

  const field = (label: string) => page.getByLabel(label, { exact: true });
  const teamBox = (name: string) => page.getByRole("checkbox", { name, exact: true });
  const submit = () => page.getByRole("button", { name: m.add, exact: true }).click();

  await test.step("Manager > Manager hinzufügen: errors next to the fields", async () => {
    await page.getByRole("navigation", { name: m.title }).getByRole("link", { name: m.add, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/managers\/new$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.add);
    await lotse.checkOnce(page);
    await submit();
    await expect(field(m.name)).toHaveAccessibleDescription(de.Errors.managerNameRequired);
    await expect(page.getByRole("group", { name: m.teamsManaged })).toHaveAccessibleDescription(
      de.Errors.teamsRequired,
    );
    await lotse.check(page);

    // A manager's login ID must differ from every agent's (the e-mail address may be the same).
    await field(m.name).fill(tm.name);
    await field(m.loginId).fill(agentLogin);
    await field(m.email).fill(tm.email);
    await field(m.password).fill(tm.password);
    await teamBox(`Nord ${x}`).check();
    await submit();
    await expect(field(m.loginId)).toHaveAccessibleDescription(`${m.loginIdHelp} ${de.Errors.loginIdTaken}`);
    await expect(field(m.name)).toHaveValue(tm.name);
    await expect(teamBox(`Nord ${x}`)).toBeChecked();
  });

  await test.step("Manager hinzufügen with a team and two rights", async () => {
    // Rights of features Lotse does not have yet cannot be granted.
    for (const right of [r.cancelRequests, r.logOutAgents, r.setAutoResponses]) {
      const box = page.getByRole("checkbox", { name: right, exact: true });
      await expect(box).toBeDisabled();
      await expect(box).toHaveAccessibleDescription(de.Availability.notYet);
    }
    await expect(page.getByRole("checkbox", { name: r.manageBusinessHours, exact: true })).toBeEnabled();
    await expect(page.getByRole("checkbox", { name: r.sessionReplay, exact: true })).toBeEnabled();
    await field(m.loginId).fill(tm.loginId);
    await field(m.password).fill(tm.password);
    await teamBox(`Nord ${x}`).check();
    await page.getByRole("checkbox", { name: r.addDeleteAgents, exact: true }).check();
    await page.getByRole("checkbox", { name: r.addDeleteSubTeams, exact: true }).check();
    await submit();
    await expect(page).toHaveURL(/\/manager\/managers$/);
    await expect(page.getByRole("status")).toHaveText(de.Notices.teamManagerCreated);
    const row = page.getByRole("row").filter({ hasText: tm.loginId });
    await expect(row.getByRole("cell", { name: `Nord ${x}`, exact: true })).toBeVisible();
    await expect(row.getByRole("cell", { name: tm.email, exact: true })).toBeVisible();
  });

  const tmPage = await lotse.newPage();
  await test.step("the team manager signs in and sees only their teams and agents, no “Manager”", async () => {
    await lotse.signIn(tmPage, "manager", tm);
    await expect(tmPage.getByRole("definition").filter({ hasText: de.Home.roles.team })).toBeVisible();
    await expect(nav(tmPage).getByRole("link", { name: de.Nav.teams, exact: true })).toBeVisible();
    await expect(nav(tmPage).getByRole("link", { name: de.Nav.agents, exact: true })).toBeVisible();
    await expect(nav(tmPage).getByRole("link", { name: de.Nav.managers, exact: true })).toHaveCount(0);

    await nav(tmPage).getByRole("link", { name: de.Nav.teams, exact: true }).click();
    await expect(tmPage.getByRole("link", { name: `Nord ${x}`, exact: true })).toBeVisible();
    await expect(tmPage.getByRole("link", { name: `Hamburg ${x}`, exact: true })).toBeVisible();
    await expect(tmPage.getByRole("link", { name: `Süd ${x}`, exact: true })).toHaveCount(0);
    // Other tests' teams are invisible too: only Nord and its sub-team are listed.
    await expect(tmPage.locator(".tree").getByRole("listitem")).toHaveCount(2);
    await expect(
      tmPage.getByRole("link", { name: fill(de.Teams.addSubTeamArrow, { team: `Hamburg ${x}` }) }),
    ).toBeVisible();
    await lotse.checkOnce(tmPage);

    await nav(tmPage).getByRole("link", { name: de.Nav.agents, exact: true }).click();
    await expect(tmPage.getByRole("status").filter({ hasText: /Mitarbeiter$/ })).toHaveText("1 Mitarbeiter");
    await expect(tmPage.getByRole("row").filter({ hasText: agentLogin })).toContainText(`Nord ${x} › Hamburg ${x}`);
    await lotse.checkOnce(tmPage);

    await expectNotFound(tmPage, lotse, `/manager/teams/${org.teams.south}`);
    await expectNotFound(tmPage, lotse, `/manager/agents/${org.users.sepp}`);
    await expectNotFound(tmPage, lotse, "/manager/managers");
  });

  const edited = `Nora Nordsüd ${x}`;
  await test.step("edit the manager: name, another team, one right less", async () => {
    await openManagers(page, lotse);
    await page.getByRole("link", { name: tm.name, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/managers\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tm.name);
    await lotse.checkOnce(page);
    await expect(teamBox(`Nord ${x}`)).toBeChecked();
    await expect(page.getByRole("checkbox", { name: r.addDeleteSubTeams, exact: true })).toBeChecked();
    await field(m.name).fill(edited);
    await teamBox(`Süd ${x}`).check();
    await page.getByRole("checkbox", { name: r.addDeleteSubTeams, exact: true }).uncheck();
    await page.getByRole("button", { name: m.save, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/managers\/[^/?]+$/);
    await expect(page.getByRole("status")).toHaveText(de.Notices.saved);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(edited);
    await expect(teamBox(`Süd ${x}`)).toBeChecked();
    await expect(page.getByRole("checkbox", { name: r.addDeleteSubTeams, exact: true })).not.toBeChecked();
    await expect(page.getByRole("checkbox", { name: r.addDeleteAgents, exact: true })).toBeChecked();

    // The team manager's next request already sees the change.
    await tmPage.goto("/manager/teams");
    await expect(tmPage.getByRole("link", { name: `Süd ${x}`, exact: true })).toBeVisible();
    await expect(
      tmPage.getByRole("link", { name: fill(de.Teams.addSubTeamArrow, { team: `Hamburg ${x}` }) }),
    ).toHaveCount(0);
  });

  await test.step("the search fields: name, login ID, e-mail address", async () => {
    await openManagers(page, lotse);
    const rows = page.getByRole("row").filter({ has: page.getByRole("checkbox") });
    await searchManagers(page, { name: `nordsüd ${x}` });
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText(tm.loginId);
    await searchManagers(page, { loginId: `NORA-${x}` });
    await expect(rows).toHaveCount(1);
    await searchManagers(page, { email: agentLogin });
    await expect(rows).toHaveCount(1);
    await lotse.checkOnce(page);
    await searchManagers(page, { name: `niemand ${x}` });
    await expect(page.getByRole("main")).toContainText(m.none);
  });

  await test.step("checkbox → Ausgewählte Manager löschen → OK", async () => {
    await searchManagers(page, { name: edited });
    await page.getByRole("checkbox", { name: fill(m.selectManager, { name: edited }) }).check();
    await page.getByRole("button", { name: m.deleteSelected, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/managers\/delete\?id=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.deleteSelected);
    await expect(page.getByRole("main")).toContainText("Diesen Manager löschen?");
    await expect(page.getByRole("main")).toContainText(tm.loginId);
    await lotse.checkOnce(page);
    await page.getByRole("button", { name: m.ok, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/managers$/);
    await expect(page.getByRole("status")).toHaveText("Der ausgewählte Manager wurde gelöscht.");
    await expect(page.getByRole("row").filter({ hasText: tm.loginId })).toHaveCount(0);
    expect(dbQuery(baseURL, "SELECT id FROM User WHERE loginId = ?", tm.loginId)).toEqual([]);
    // The agent whose e-mail address the manager shared is untouched.
    expect(dbQuery(baseURL, "SELECT id FROM User WHERE loginId = ?", agentLogin)).toEqual([{ id: org.users.hanna }]);

    // The deleted manager is signed out.
    await tmPage.goto("/manager/teams");
    await expect(tmPage).toHaveURL(/\/manager$/);
  });
});

test("rights Lotse does not have yet: disabled, „noch nicht verfügbar“, and saving keeps what is stored", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  const x = tag();
  const org = await seed(baseURL, {
    teams: [{ key: "team", name: `Lager ${x}` }],
    users: [
      {
        key: "tm",
        kind: "manager",
        role: "team",
        name: `Tilo Team ${x}`,
        loginId: `tilo-${x}@lotse.test`,
        password: password(),
        teams: ["team"],
        rights: ["addDeleteAgents", "setAutoResponses"],
      },
    ],
  });
  const box = (right: keyof typeof r) => page.getByRole("checkbox", { name: r[right], exact: true });
  const storedRights = () =>
    JSON.parse(
      dbQuery<{ rights: string }>(baseURL, "SELECT rights FROM ManagerProfile WHERE userId = ?", org.users.tm)[0]!
        .rights,
    );
  await lotse.signIn(page, "manager", companyManager);
  await openManagers(page, lotse);
  await page.getByRole("link", { name: `Tilo Team ${x}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Tilo Team ${x}`);
  await lotse.checkOnce(page);

  await test.step("a stored right of a feature not there yet shows as granted, disabled, and says why", async () => {
    await expect(box("setAutoResponses")).toBeChecked();
    await expect(box("setAutoResponses")).toBeDisabled();
    await expect(box("setAutoResponses")).toHaveAccessibleDescription(de.Availability.notYet);
    await expect(box("logOutAgents")).not.toBeChecked();
    await expect(box("logOutAgents")).toBeDisabled();
  });

  await test.step("Einstellungen speichern changes the other rights and keeps it", async () => {
    await box("addDeleteAgents").uncheck();
    await box("editAgentPassword").check();
    await page.getByRole("button", { name: m.save, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/managers\/[^/?]+$/);
    await expect(page.getByRole("status")).toHaveText(de.Notices.saved);
    expect(storedRights()).toEqual(["editAgentPassword", "setAutoResponses"]);
    await page.reload();
    await expect(box("setAutoResponses")).toBeChecked();
    await expect(box("addDeleteAgents")).not.toBeChecked();
    await expect(box("editAgentPassword")).toBeChecked();
  });
});

test("the API-Manager tab exists only while the Admin Center allows it", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  test.setTimeout(180_000); // the grants lock may be held by another spec for a while
  const x = tag();
  const api = { name: `Provisioning ${x}`, loginId: `api-${x}@lotse.test`, password: password() };
  await lotse.signIn(page, "manager", companyManager);
  const tabs = page.getByRole("navigation", { name: m.title });

  await withGrantsLock(baseURL, async () => {
    try {
      await test.step("grant off: no tab, and the page answers 404", async () => {
        await setApiManagerGrant(lotse, false);
        await openManagers(page, lotse);
        await expect(tabs.getByRole("link", { name: m.add, exact: true })).toBeVisible();
        await expect(tabs.getByRole("link", { name: m.apiTab, exact: true })).toHaveCount(0);
        await expectNotFound(page, lotse, "/manager/managers/api");
      });

      await test.step("the administrator switches on “Unternehmensmanager dürfen API-Manager erstellen”", async () => {
        await setApiManagerGrant(lotse, true);
        await page.goto("/manager/home"); // back from the 404 page, which has no navigation
        await openManagers(page, lotse);
        await tabs.getByRole("link", { name: m.apiTab, exact: true }).click();
        await expect(page).toHaveURL(/\/manager\/managers\/api$/);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.apiTab);
        await expect(tabs.getByRole("link", { name: m.apiTab, exact: true })).toHaveAttribute("aria-current", "page");
        // The tab says what API managers do, and leads to the API's reference.
        const intro = page.getByRole("main").locator("p.alert-info", { hasText: "REST-API" });
        await expect(intro).toContainText("API-Manager legen über die REST-API Teams und Mitarbeiter an");
        await expect(intro.getByRole("link", { name: de.Nav.apiReference, exact: true })).toHaveAttribute(
          "href",
          "/manager/api/reference",
        );
        await lotse.checkOnce(page);
      });

      await test.step("API-Manager hinzufügen", async () => {
        const form = page.getByRole("region", { name: m.addApiManager });
        await form.getByLabel(m.name, { exact: true }).fill(api.name);
        await form.getByLabel(m.loginId, { exact: true }).fill(api.loginId);
        await form.getByLabel(m.email, { exact: true }).fill(api.loginId);
        await form.getByLabel(m.password, { exact: true }).fill("zu-kurz");
        await form.getByRole("button", { name: m.addApiManager, exact: true }).click();
        await expect(form.getByLabel(m.password, { exact: true })).toHaveAccessibleDescription(
          `${m.passwordHelp} ${de.Errors.passwordTooShort}`,
        );
        await lotse.check(page);
        await form.getByLabel(m.password, { exact: true }).fill(api.password);
        await form.getByRole("button", { name: m.addApiManager, exact: true }).click();
        await expect(page).toHaveURL(/\/manager\/managers\/api$/);
        await expect(page.getByRole("status")).toHaveText(de.Notices.apiManagerCreated);
        await expect(page.getByRole("row").filter({ hasText: api.loginId })).toContainText(api.name);
        // API managers are not listed among the team managers.
        await openManagers(page, lotse);
        await expect(page.getByRole("row").filter({ hasText: api.loginId })).toHaveCount(0);
      });
    } finally {
      await setApiManagerGrant(lotse, false);
    }
  });

  await test.step("the API manager may sign in, but manages no teams or agents", async () => {
    const apiPage = await lotse.newPage();
    await lotse.signIn(apiPage, "manager", api);
    await expect(apiPage.getByRole("definition").filter({ hasText: de.Home.roles.api })).toBeVisible();
    for (const item of [de.Nav.managers, de.Nav.teams, de.Nav.agents]) {
      await expect(nav(apiPage).getByRole("link", { name: item, exact: true })).toHaveCount(0);
    }
    await expectNotFound(apiPage, lotse, "/manager/teams");
    await expectNotFound(apiPage, lotse, "/manager/agents");
  });
});
