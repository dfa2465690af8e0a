// JavaScript weight (decision record 17): every page ships the framework floor (Next's runtime,
// React, the root layout) and at most 15 KB gzip more. Pages of every kind — sign-in pages, lists,
// forms with field errors in a client component, the business-hours forms, the customer portal and
// the agent console — measured from the production build in Chromium. The chat pages are measured
// in live-support.spec.ts.
import { expect, test } from "./support/fixtures";
import { expectJsWithinBudget, jsFloor, type PageWeight } from "./support/js-weight";
import { de } from "./support/messages";
import { password, seed, tag } from "./support/organisation";

test("every kind of page ships at most the framework floor plus 15 KB of JavaScript", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const x = tag();
  const agent = { loginId: `gewicht-${x}@lotse.test`, password: password() };
  const org = await seed(baseURL, {
    teams: [{ key: "desk", name: `Gewicht ${x}` }],
    users: [{ key: "agent", kind: "agent", firstName: "Greta", lastName: `Gewicht ${x}`, team: "desk", ...agent }],
    portals: [
      {
        key: "portal",
        name: `Gewicht ${x}`,
        slug: `gewicht-${x}`,
        type: "questionBox",
        subPortals: [{ key: "main", name: "Allgemein", slug: "allgemein" }],
      },
    ],
    hoursSets: [
      {
        key: "hours",
        name: `Zeiten ${x}`,
        timeZone: "Europe/Berlin",
        week: Array.from({ length: 7 }, () => ({ mode: "open" as const })),
        portals: ["portal"],
      },
    ],
    holidaySets: [
      {
        key: "holidays",
        name: `Feiertage ${x}`,
        timeZone: "Europe/Berlin",
        dates: [{ name: "Neujahr", startDate: "2027-01-01", everyYear: true }],
        portals: ["portal"],
      },
    ],
  });
  const weights: PageWeight[] = [];
  const visit = async (url: string) => {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await lotse.checkOnce(page);
    weights.push(await expectJsWithinBudget(page));
  };

  await test.step("before sign-in: the three sign-in pages and a customer portal", async () => {
    for (const url of ["/manager", "/admin", "/agent", `/p/gewicht-${x}`]) await visit(url);
  });

  await test.step("the Management Center: lists, forms and the business-hours forms", async () => {
    await lotse.signIn(page, "manager", companyManager);
    for (const url of [
      "/manager/home",
      "/manager/agents",
      "/manager/agents/new",
      `/manager/agents/${org.users.agent}`,
      "/manager/teams",
      `/manager/teams/${org.teams.desk}`,
      "/manager/portals",
      `/manager/portals/${org.portals.portal}`,
      "/manager/managers",
      "/manager/settings",
      "/manager/business-hours",
      "/manager/business-hours/hours/new",
      `/manager/business-hours/hours/${org.hoursSets.hours}`,
      "/manager/business-hours/holidays/new",
      `/manager/business-hours/holidays/${org.holidaySets.holidays}`,
    ])
      await visit(url);
  });

  await test.step("the agent console", async () => {
    await page.goto("/agent");
    await page.getByLabel(de.SignIn.loginId, { exact: true }).fill(agent.loginId);
    await page.getByLabel(de.SignIn.password, { exact: true }).fill(agent.password);
    await page.getByRole("button", { name: de.SignIn.submit, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(de.AgentConsole.title);
    await lotse.checkOnce(page);
    weights.push(await expectJsWithinBudget(page));
  });

  const floor = jsFloor().bytes;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    [
      `JavaScript per page (gzip), framework floor ${kb(floor)}:`,
      ...weights.map(
        (w) => `  ${kb(w.bytes).padStart(9)}  +${kb(w.overFloor).padStart(8)}  ${new URL(w.url).pathname}`,
      ),
    ].join("\n"),
  );
});
