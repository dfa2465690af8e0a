// Chapter 2 in English: a company manager whose language is English adds a team and moves agents.
import { expect, test } from "./support/fixtures";
import { en } from "./support/messages";
import { fill, password, seed, tag } from "./support/organisation";

test("an English-speaking manager: Add team, then Move agents", async ({ page, lotse, baseURL }) => {
  const x = tag();
  const pw = password();
  const manager = await lotse.createCompanyManager({ language: "en" });
  await seed(baseURL, {
    teams: [{ key: "source", name: `Source ${x}` }],
    users: [
      {
        key: "a1",
        kind: "agent",
        firstName: "Amy",
        lastName: `Archer ${x}`,
        loginId: `amy-${x}@lotse.test`,
        password: pw,
        team: "source",
        language: "en",
      },
      {
        key: "a2",
        kind: "agent",
        firstName: "Bob",
        lastName: `Baker ${x}`,
        loginId: `bob-${x}@lotse.test`,
        password: pw,
        team: "source",
        language: "en",
      },
    ],
  });
  // The sign-in page follows the browser (German); after sign-in the manager's own language applies.
  await lotse.signIn(page, "manager", manager);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const nav = page.getByRole("navigation", { name: en.Nav.label });
  const target = `Escalations ${x}`;

  await test.step("Teams → Add team", async () => {
    await nav.getByRole("link", { name: en.Nav.teams, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.Teams.title);
    await lotse.checkOnce(page);
    const add = page.getByRole("region", { name: en.Teams.addTeam });
    await add.getByLabel(en.Teams.name, { exact: true }).fill(target);
    await add.getByRole("button", { name: "Add team", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add team");
    await expect(page.getByRole("group", { name: en.Teams.functions })).toBeVisible();
    await expect(
      page.getByRole("combobox", { name: en.Functions.fileTransferSend, exact: true }).locator("option:checked"),
    ).toHaveText(fill(en.Functions.inheritWithValue, { value: en.Functions.on, source: en.Functions.sourceDefault }));
    const saveLoginPassword = page.getByRole("combobox", { name: en.Functions.saveLoginPassword, exact: true });
    await expect(saveLoginPassword).toBeDisabled();
    await expect(saveLoginPassword).toHaveAccessibleDescription(en.Availability.notYet);
    await lotse.checkOnce(page);
    await page.getByRole("button", { name: "Add team", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText(en.Notices.teamCreated);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(target);
    await expect(page.getByRole("button", { name: "Save settings", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Delete team", exact: true })).toBeVisible();
    await lotse.checkOnce(page);
  });

  await test.step("Agents → Move selected agents to → Move Agents → OK", async () => {
    await nav.getByRole("link", { name: en.Nav.agents, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Agents");
    await page.getByLabel(en.Agents.search, { exact: true }).fill(x);
    await page.getByRole("button", { name: en.Agents.searchButton, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: /agents?$/ })).toHaveText("2 agents");
    await lotse.checkOnce(page);
    for (const name of [`Archer ${x}, Amy`, `Baker ${x}, Bob`]) {
      await page.getByRole("checkbox", { name: fill(en.Agents.selectAgent, { name }) }).check();
    }
    await page.getByRole("combobox", { name: "Move selected agents to", exact: true }).selectOption({ label: target });
    await page.getByRole("button", { name: "Move agents", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Move agents");
    await expect(page.getByRole("main")).toContainText(`Move these 2 agents to “${target}”?`);
    await lotse.checkOnce(page);
    await page.getByRole("button", { name: en.Agents.ok, exact: true }).click();
    await expect(page.getByRole("status").first()).toHaveText("The 2 agents were moved.");
    await page.getByLabel(en.Agents.search, { exact: true }).fill(x);
    await page.getByRole("button", { name: en.Agents.searchButton, exact: true }).click();
    for (const login of [`amy-${x}@lotse.test`, `bob-${x}@lotse.test`]) {
      await expect(
        page.getByRole("row").filter({ hasText: login }).getByRole("cell", { name: target, exact: true }),
      ).toBeVisible();
    }
  });
});
