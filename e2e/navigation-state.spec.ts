// The side navigation tells where you are: after following any of its items — a client-side
// navigation with JavaScript, a page load without — that item, and only that item, is the current
// page (aria-current="page"); inside its section (a team, a portal) it stays marked as the section.
import type { Locator, Page } from "@playwright/test";
import { expect, test, type Lotse } from "./support/fixtures";
import { de } from "./support/messages";

const nav = (page: Page) => page.getByRole("navigation", { name: de.Nav.label });

/** What each item of the navigation says about itself, e.g. { Teams: "page", Portale: null, … }. */
async function currentMarks(navigation: Locator): Promise<Record<string, string | null>> {
  const links = await navigation.getByRole("link").all();
  const marks: Record<string, string | null> = {};
  for (const link of links) marks[(await link.innerText()).trim()] = await link.getAttribute("aria-current");
  return marks;
}

/**
 * Follows each item in turn and in reverse (so every item is left for its neighbours both ways). An
 * item within another's section (Berichte › Monatliche Berichte) leaves that one marked as the section.
 */
async function followEachItem(page: Page, lotse: Lotse, items: { label: string; path: string; within?: string }[]) {
  const labels = items.map((item) => item.label);
  for (const item of [...items, ...items.slice(0, -1).reverse()]) {
    await test.step(`${item.label} → ${item.path}`, async () => {
      await nav(page).getByRole("link", { name: item.label, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${item.path}$`));
      await expect(nav(page).getByRole("link", { name: item.label, exact: true })).toHaveAttribute(
        "aria-current",
        "page",
      );
      const expected = Object.fromEntries(
        labels.map((label) => [label, label === item.label ? "page" : label === item.within ? "true" : null]),
      );
      await expect.poll(() => currentMarks(nav(page))).toEqual(expected);
      await lotse.checkOnce(page);
    });
  }
}

test("Management Center: the current item follows every navigation", async ({ page, lotse, companyManager }) => {
  test.setTimeout(300_000); // twenty navigations, each new page checked with axe once
  const n = de.Nav;
  await lotse.signIn(page, "manager", companyManager);
  await followEachItem(page, lotse, [
    { label: n.home, path: "/manager/home" },
    { label: n.dashboard, path: "/manager/dashboard" },
    { label: n.managers, path: "/manager/managers" },
    { label: n.teams, path: "/manager/teams" },
    { label: n.agents, path: "/manager/agents" },
    { label: n.portals, path: "/manager/portals" },
    { label: n.businessHours, path: "/manager/business-hours" },
    { label: n.reports, path: "/manager/reports" },
    { label: n.monthlyReports, path: "/manager/reports/monthly", within: n.reports },
    { label: n.sessionInformation, path: "/manager/session-information" },
    { label: n.auditLog, path: "/manager/audit-log" },
    { label: n.mySettings, path: "/manager/settings" },
  ]);

  await test.step("inside a section its item stays marked as the section, not as the page", async () => {
    await nav(page).getByRole("link", { name: n.managers, exact: true }).click();
    await page.getByRole("main").getByRole("link", { name: de.Managers.add, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/managers\/new$/);
    await expect(nav(page).getByRole("link", { name: n.managers, exact: true })).toHaveAttribute(
      "aria-current",
      "true",
    );
    await expect(nav(page).locator('[aria-current="page"]')).toHaveCount(0);
    await lotse.checkOnce(page);
    await nav(page).getByRole("link", { name: n.teams, exact: true }).click();
    await expect(nav(page).getByRole("link", { name: n.teams, exact: true })).toHaveAttribute("aria-current", "page");
    await expect(nav(page).getByRole("link", { name: n.managers, exact: true })).not.toHaveAttribute(
      "aria-current",
      /.*/,
    );
  });
});

test("Admin Center: the current item follows every navigation", async ({ lotse }) => {
  const admin = await lotse.adminPage();
  const n = de.Nav;
  await followEachItem(admin, lotse, [
    { label: n.adminCenter, path: "/admin/overview" },
    { label: n.mail, path: "/admin/mail" },
    { label: n.auditLog, path: "/admin/audit-log" },
    { label: n.mySettings, path: "/admin/settings" },
  ]);
});
