// JavaScript weight (decision record 17): every page ships the framework floor (Next's runtime,
// React, the root layout) and at most 15 KB gzip more; the hypermedia pages (the Dashboard, a running
// Masseneingabe) have htmx in their floor too, and no other page may load it. Pages of every kind —
// sign-in pages, lists, forms with field errors in a client component, the business-hours forms,
// the hypermedia pages, the customer portal and the agent console — measured from the production
// build in Chromium. The chat pages are measured in live-support.spec.ts.
import { expect, test } from "./support/fixtures";
import { expectJsWithinBudget, jsFloor, type PageWeight } from "./support/js-weight";
import { de } from "./support/messages";
import { password, seed, tag } from "./support/organisation";

test("every kind of page ships at most the framework floor (with htmx on the hypermedia pages) plus 15 KB of JavaScript", async ({
  page,
  lotse,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const x = tag();
  const agent = { loginId: `gewicht-${x}@lotse.test`, password: password() };
  // A manager of their own, who owns the Dashboard's monitors and the running Masseneingabe.
  const chef = { loginId: `gewicht-chef-${x}@lotse.test`, password: password() };
  const org = await seed(baseURL, {
    teams: [{ key: "desk", name: `Gewicht ${x}` }],
    users: [
      { key: "agent", kind: "agent", firstName: "Greta", lastName: `Gewicht ${x}`, team: "desk", ...agent },
      { key: "chef", kind: "manager", role: "company", name: `Chef ${x}`, ...chef },
    ],
    // With monitors, the Dashboard loads their settings forms' client code too.
    monitors: [
      { key: "agents", owner: "chef", kind: "agents", name: `Mitarbeiter ${x}` },
      { key: "requests", owner: "chef", kind: "activeRequests", name: `Anfragen ${x}` },
    ],
    // Only a running Masseneingabe loads htmx (it polls its progress); nothing moves this one on.
    bulkEntries: [{ key: "running", manager: "chef", status: "running", total: 40, processed: 0 }],
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
    const weight = await expectJsWithinBudget(page);
    weights.push(weight);
    return weight;
  };

  await test.step("before sign-in: the three sign-in pages and a customer portal", async () => {
    for (const url of ["/manager", "/admin", "/agent", `/p/gewicht-${x}`]) await visit(url);
  });

  await test.step("the Management Center: lists, forms and the business-hours forms", async () => {
    await lotse.signIn(page, "manager", chef);
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

  await test.step("the hypermedia pages: htmx is part of their floor", async () => {
    for (const url of ["/manager/dashboard", `/manager/agents/bulk/${org.bulkEntries.running}`]) {
      // Measured as an ordinary page, a hypermedia page that stopped loading htmx would test nothing.
      expect((await visit(url)).htmx, `${url} loads htmx`).toBeGreaterThan(0);
    }
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
      `JavaScript per page (gzip), framework floor ${kb(floor)}; all scripts, htmx, own code over the floor (and htmx):`,
      ...weights.map(
        (w) =>
          `  ${kb(w.bytes).padStart(9)}  ${w.htmx ? kb(w.htmx).padStart(8) : "".padStart(8)}  +${kb(w.overFloor).padStart(8)}  ${new URL(w.url).pathname}`,
      ),
    ].join("\n"),
  );
});
