// Every page's title names the page and what it is about ("Support – Team · Lotse"), so a browser
// tab, the history and a screen reader's first words tell pages apart: object pages, confirmation
// pages, the result of a Masseneingabe and the 404 page — and no two of them share a title.
import type { Page } from "@playwright/test";
import { expect, test, type Lotse } from "./support/fixtures";
import { de, type Messages } from "./support/messages";
import { fill, password, seed, tag } from "./support/organisation";

const T: Messages["PageTitles"] = de.PageTitles;
const of = (object: string, page: string) => fill(T.of, { object, page });
const titled = (title: string) => `${title} · ${de.Common.productName}`;
const CLOSED_WEEK = Array.from({ length: 7 }, () => ({ mode: "closed" as const }));

async function expectTitle(page: Page, lotse: Lotse, url: string, title: string, status = 200) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(status);
  await expect(page, url).toHaveTitle(titled(title));
  await lotse.checkOnce(page);
}

test("object, confirmation and error pages name themselves, each differently", async ({
  page,
  lotse,
  baseURL,
  javaScriptEnabled,
}) => {
  test.setTimeout(480_000); // some thirty pages, each checked with axe once
  const x = tag();
  const chef = { loginId: `chef-${x}@lotse.test`, password: password() };
  const org = await seed(baseURL, {
    teams: [
      { key: "support", name: `Support ${x}` },
      { key: "level1", name: "Level 1", parent: "support" },
    ],
    users: [
      { key: "chef", kind: "manager", role: "company", name: `Clara ${x}`, ...chef },
      {
        key: "tm",
        kind: "manager",
        role: "team",
        name: `Tom ${x}`,
        loginId: `tom-${x}@lotse.test`,
        password: password(),
        teams: ["support"],
      },
      {
        key: "anna",
        kind: "agent",
        firstName: "Anna",
        lastName: `Berg ${x}`,
        loginId: `anna-${x}@lotse.test`,
        password: password(),
        team: "level1",
      },
    ],
    bulkEntries: [{ key: "bulk", manager: "chef", status: "done", total: 1 }],
    portals: [
      {
        key: "web",
        name: `Web ${x}`,
        slug: `web-${x}`,
        subPortals: [{ key: "kasse", name: "Kasse", slug: "kasse", teams: ["support"] }],
      },
    ],
    hoursSets: [{ key: "hours", name: `Bürozeiten ${x}`, timeZone: "Europe/Berlin", week: CLOSED_WEEK }],
    holidaySets: [{ key: "holidays", name: `Feiertage ${x}`, timeZone: "Europe/Berlin", dates: [] }],
  });
  const team = `Support ${x}`;
  const subTeam = `Support ${x} › Level 1`;
  const portal = `Web ${x}`;
  const anna = org.users.anna!;
  await lotse.signIn(page, "manager", chef);

  // (Pages that need an Admin Center grant — deleting a portal, API-Manager — are left to the
  // specs that take the grants lock; test/routes/page-titles.test.ts sees that they have a title.)
  const pages: [string, string][] = [
    [`/manager/teams/${org.teams.support}`, of(team, T.team)],
    [`/manager/teams/${org.teams.level1}`, of(subTeam, T.team)],
    [`/manager/teams/${org.teams.support}/portal`, of(team, T.teamPortal)],
    [`/manager/teams/${org.teams.level1}/delete`, of(subTeam, de.Teams.deleteSubTeam)],
    [`/manager/teams/${org.teams.support}/delete`, of(team, de.Teams.deleteTeam)],
    [`/manager/teams/new?parent=${org.teams.support}`, de.Teams.addSubTeam],
    [`/manager/agents/${anna}`, of(`Anna Berg ${x}`, T.agent)],
    [`/manager/agents/move?id=${anna}&team=${org.teams.support}`, de.Agents.move],
    [`/manager/agents/delete?id=${anna}`, de.Agents.deleteSelected],
    [`/manager/agents/matches/move?q=${x}&team=&to=${org.teams.support}`, fill(T.allMatches, { page: de.Agents.move })],
    [`/manager/agents/matches/delete?q=${x}&team=`, fill(T.allMatches, { page: de.Agents.deleteSelected })],
    [`/manager/agents/new/confirm`, fill(T.confirmation, { page: de.Agents.add })],
    [`/manager/agents/bulk/${org.bulkEntries.bulk}`, T.bulkResult],
    [`/manager/managers/${org.users.tm}`, of(`Tom ${x}`, T.manager)],
    [`/manager/managers/delete?id=${org.users.tm}`, de.Managers.deleteSelected],
    [`/manager/portals/${org.portals.web}`, of(portal, de.Portals.settingsTab)],
    [`/manager/portals/${org.portals.web}/sub-portals`, of(portal, de.Portals.subPortalsTab)],
    [`/manager/portals/${org.portals.web}/agents`, of(portal, T.portalAgents)],
    [
      `/manager/portals/${org.portals.web}/sub-portals/${org.subPortals.kasse}`,
      of("Kasse", fill(T.subPortalOf, { portal })),
    ],
    [`/manager/portals/${org.portals.web}/waiting-requests`, of(portal, de.Portals.queue.cancel)],
    [`/manager/business-hours/hours/${org.hoursSets.hours}`, of(`Bürozeiten ${x}`, T.hoursSet)],
    [
      `/manager/business-hours/hours/${org.hoursSets.hours}/delete`,
      of(`Bürozeiten ${x}`, de.BusinessHours.deleteHoursSet),
    ],
    [`/manager/business-hours/holidays/${org.holidaySets.holidays}`, of(`Feiertage ${x}`, T.holidaySet)],
    [
      `/manager/business-hours/holidays/${org.holidaySets.holidays}/delete`,
      of(`Feiertage ${x}`, de.BusinessHours.deleteHolidaySet),
    ],
    [`/manager/settings`, of(de.Settings.title, de.Nav.managementCenter)],
  ];
  for (const [url, title] of pages) await test.step(url, () => expectTitle(page, lotse, url, title));

  await test.step("404: an unknown address, and an object the manager may not see", async () => {
    // Without JavaScript, Next sends a notFound() page as an empty shell (vercel/next.js#62228):
    // its title is in the RSC payload only, so the scripted browser reads it.
    const reader = javaScriptEnabled ? page : await lotse.newPage({ javaScriptEnabled: true });
    if (reader !== page) await lotse.signIn(reader, "manager", chef);
    await expectTitle(reader, lotse, `/manager/nirgendwo-${x}`, de.NotFound.title, 404);
    await expectTitle(reader, lotse, `/manager/teams/unbekannt-${x}`, de.NotFound.title, 404);
  });

  const admin = await lotse.adminPage();
  const cm = org.users.chef!;
  const adminPages: [string, string][] = [
    [`/admin/managers/${cm}`, of(`Clara ${x}`, T.companyManager)],
    [`/admin/managers/${cm}/delete`, of(`Clara ${x}`, de.Admin.managers.deleteTitle)],
    [`/admin/settings`, of(de.Settings.title, de.Nav.adminCenter)],
  ];
  for (const [url, title] of adminPages) await test.step(url, () => expectTitle(admin, lotse, url, title));

  const titles = [...pages, ...adminPages].map(([, title]) => title);
  expect(new Set(titles).size, "titles shared by different pages").toBe(titles.length);
});
