// Berichte (issue 12, manual chapter 5): a company manager generates the Zusammenfassung of a seeded
// week for one portal and checks every figure against the numbers written down below; follows a
// count to the sessions behind it; groups by agent; reads Sitzungsdetails and Mitarbeiterleistung;
// downloads CSV and XLSX and reads them back; is refused a Zeitraum beyond the 90 kept days with the
// manual's message; saves, runs, edits and deletes a report in Meine Berichte. A team manager of
// another team has none of it; an agent with the function "Berichte" sees their own sessions only.
// Without JavaScript every step is the same: the form posts, the report is a page.
import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { expect, test } from "./support/fixtures";
import { de } from "./support/messages";
import { fill, password, seed, tag } from "./support/organisation";

const r = de.Reports;
const DAY = 24 * 60 * 60 * 1000;
/** An instant `days` days ago at a given UTC hour: inside "Letzte 7 Tage" in every time zone. */
const daysAgo = (days: number, hour: number, plusMinutes = 0) => {
  const at = new Date(Date.now() - days * DAY);
  at.setUTCHours(hour, plusMinutes, 0, 0);
  return at.toISOString();
};

/** The value beside a figure in the Zusammenfassung's table. */
const figure = (page: Page, name: string) =>
  page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name, exact: true }) })
    .getByRole("cell");

async function generate(
  page: Page,
  choices: { type: string; period?: string; portal?: string; team?: string; grouping?: string },
) {
  await page.getByLabel(r.fields.type, { exact: true }).selectOption({ label: choices.type });
  await page
    .getByRole("combobox", { name: r.fields.period, exact: true })
    .selectOption({ label: choices.period ?? r.periods.last7Days });
  if (choices.portal) await page.getByLabel(r.fields.portal, { exact: true }).selectOption({ label: choices.portal });
  if (choices.team) await page.getByLabel(r.fields.team, { exact: true }).selectOption({ label: choices.team });
  await page
    .getByLabel(r.fields.grouping, { exact: true })
    .selectOption({ label: choices.grouping ?? r.groupings.none });
  await page.getByRole("button", { name: r.generate, exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: choices.type, exact: true })).toBeVisible();
}

/** The cells of the row whose header is `name`. */
const cellsOf = (page: Page, name: string | RegExp) =>
  page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name, exact: typeof name === "string" }) })
    .getByRole("cell");

test("Berichte: Zusammenfassung, Drill-down, Export, 90 Tage, Meine Berichte; Team-Manager und Mitarbeiter sehen nur das Ihre", async ({
  page,
  lotse,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const x = tag();
  const pw = password();
  const portal = `Berichtsportal ${x}`;
  const org = await seed(baseURL, {
    teams: [
      { key: "t", name: `Berichtsteam ${x}`, functions: { reports: true } },
      { key: "other", name: `Andere ${x}` },
    ],
    users: [
      {
        key: "boss",
        kind: "manager",
        role: "company",
        name: `Chefin ${x}`,
        loginId: `boss-${x}@lotse.test`,
        password: pw,
      },
      {
        key: "tm",
        kind: "manager",
        role: "team",
        name: `Teamleitung ${x}`,
        teams: ["other"],
        loginId: `tm-${x}@lotse.test`,
        password: pw,
      },
      {
        key: "anna",
        kind: "agent",
        firstName: "Anna",
        lastName: x,
        team: "t",
        managementCenterAccess: true,
        loginId: `anna-${x}@lotse.test`,
        password: pw,
      },
      {
        key: "bert",
        kind: "agent",
        firstName: "Bert",
        lastName: x,
        team: "t",
        loginId: `bert-${x}@lotse.test`,
        password: pw,
      },
    ],
    portals: [
      {
        key: "p",
        name: portal,
        slug: `berichte-${x}`,
        subPortals: [{ key: "sp", name: "Allgemein", slug: "allgemein", teams: ["t"] }],
      },
    ],
    // Anna: waited 60 s and 120 s, 10 and 20 minutes, resolved (5) and unresolved (3); Bert: 300 s, 5 minutes, no outcome.
    pastSessions: [
      {
        key: "s1",
        subPortal: "sp",
        agent: "anna",
        customerName: `Kunde Eins ${x}`,
        arrivedAt: daysAgo(2, 10),
        startedAt: daysAgo(2, 10, 1),
        endedAt: daysAgo(2, 10, 11),
        outcome: "resolved",
        customerRating: 5,
      },
      {
        key: "s2",
        subPortal: "sp",
        agent: "anna",
        customerName: `Kunde Zwei ${x}`,
        arrivedAt: daysAgo(2, 12),
        startedAt: daysAgo(2, 12, 2),
        endedAt: daysAgo(2, 12, 22),
        outcome: "unresolved",
        customerRating: 3,
      },
      {
        key: "s3",
        subPortal: "sp",
        agent: "bert",
        customerName: `Kunde Drei ${x}`,
        arrivedAt: daysAgo(1, 9),
        startedAt: daysAgo(1, 9, 5),
        endedAt: daysAgo(1, 9, 10),
      },
    ],
    // Two more requests nobody took: one without an answer, one the customer left; Bert declined one.
    activity: [
      { type: "submitted", at: daysAgo(3, 8), subPortal: "sp" },
      { type: "posted", at: daysAgo(3, 8), subPortal: "sp" },
      { type: "noAgentResponse", at: daysAgo(3, 8, 5), subPortal: "sp" },
      { type: "submitted", at: daysAgo(3, 9), subPortal: "sp" },
      { type: "posted", at: daysAgo(3, 9), subPortal: "sp" },
      { type: "abandoned", at: daysAgo(3, 9, 1), subPortal: "sp" },
      { type: "declined", at: daysAgo(1, 9, 1), subPortal: "sp", agent: "bert" },
      // Bert at his console for four hours.
      { type: "agentSignedIn", at: daysAgo(2, 8), agent: "bert" },
      { type: "agentSignedOut", at: daysAgo(2, 12), agent: "bert" },
    ],
  });
  expect(org.sessions.s1).toBeTruthy();

  await lotse.signIn(page, "manager", { loginId: `boss-${x}@lotse.test`, password: pw });
  await page
    .getByRole("navigation", { name: de.Nav.label })
    .getByRole("link", { name: de.Nav.reports, exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(r.title);
  await lotse.checkOnce(page);

  await test.step("Zusammenfassung of the portal: every figure as written down", async () => {
    await generate(page, { type: r.types.summary, portal: fill(r.fields.wholePortal, { portal }) });
    const expected: [string, string][] = [
      [r.figures.submitted, "5"],
      [r.figures.posted, "5"],
      [r.figures.postedShare, "100 %"],
      [r.figures.declined, "1"],
      [r.figures.noAgentResponse, "1"],
      [r.figures.abandoned, "1"],
      [r.figures.sessionsStarted, "3"],
      [r.figures.sessionsEnded, "3"],
      [r.figures.waitAverage, "2:40"],
      [r.figures.waitP90, "5:00"],
      [r.figures.averageDuration, "11:40"],
      [r.figures.averageCustomerRating, "4,0"],
      [r.figures.resolved, "1"],
      [r.figures.unresolved, "1"],
      [r.figures.unknown, "1"],
    ];
    for (const [name, value] of expected) await expect(figure(page, name), name).toHaveText(value);
    await lotse.check(page);
  });

  await test.step("a count leads to the sessions it counts", async () => {
    await figure(page, r.figures.sessionsStarted).getByRole("link", { name: "3", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fill(r.detailsTitle, { figure: r.drill.started }));
    for (const name of ["Eins", "Zwei", "Drei"])
      await expect(page.getByRole("cell", { name: `Kunde ${name} ${x}` })).toBeVisible();
    await lotse.checkOnce(page);
    await page.getByRole("link", { name: fill(r.backToReport, { report: r.types.summary }) }).click();
    await expect(figure(page, r.figures.sessionsStarted)).toHaveText("3");
  });

  await test.step("grouped by agent: a chart and a row per agent that add up", async () => {
    await generate(page, {
      type: r.types.summary,
      portal: fill(r.fields.wholePortal, { portal }),
      grouping: r.groupings.agent,
    });
    await expect(
      page.getByRole("img", { name: fill(r.charts.sessionsStartedBy, { grouping: r.groupings.agent }) }),
    ).toBeVisible();
    const row = (name: string) =>
      page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
    await expect(row(`Anna`).getByRole("cell").nth(1)).toHaveText("2");
    await expect(row(`Bert`).getByRole("cell").nth(1)).toHaveText("1");
    await lotse.check(page);
  });

  await test.step("CSV and XLSX downloads read back with the same figures", async () => {
    await generate(page, { type: r.types.sessionDetails, portal: fill(r.fields.wholePortal, { portal }) });
    await expect(page.getByRole("rowheader")).toHaveCount(3);
    const csvHref = await page.getByRole("link", { name: r.exportCsv }).getAttribute("href");
    const csv = await page.request.get(csvHref!);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = (await csv.body()).toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const records = parse(text.slice(1), { delimiter: ";", columns: true }) as Record<string, string>[];
    expect(records.map((row) => row[r.columns.customer]).sort()).toEqual([
      `Kunde Drei ${x}`,
      `Kunde Eins ${x}`,
      `Kunde Zwei ${x}`,
    ]);
    expect(
      records.find((row) => row[r.columns.customer] === `Kunde Drei ${x}`)![
        fill(r.exportSeconds, { label: r.columns.waited })
      ],
    ).toBe("300");
    const xlsxHref = await page.getByRole("link", { name: r.exportXlsx }).getAttribute("href");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await (await page.request.get(xlsxHref!)).body()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(4);
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const waited = header.indexOf(fill(r.exportSeconds, { label: r.columns.waited })) + 1;
    const waits = [2, 3, 4].map((n) => sheet.getRow(n).getCell(waited).value).sort();
    expect(waits).toEqual([120, 300, 60].sort());
  });

  await test.step("a session's number in Sitzungsdetails opens it in Sitzungsinformationen", async () => {
    const first = page.getByRole("rowheader").first();
    const number = (await first.textContent())!.trim();
    await first.getByRole("link", { name: number, exact: true }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: fill(de.SessionInformation.sessionTitle, { number }) }),
    ).toBeVisible();
    await lotse.checkOnce(page);
    await page.goto("/manager/reports");
  });

  await test.step("Mitarbeiterleistung: one row per agent", async () => {
    await generate(page, { type: r.types.agentPerformance, portal: fill(r.fields.wholePortal, { portal }) });
    const anna = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Anna/ }) });
    await expect(anna.getByRole("cell").first()).toHaveText("2");
    await lotse.check(page);
  });

  await test.step("Kundenumfrage: how many gave each rating, and the average", async () => {
    await generate(page, { type: r.types.customerSurvey, portal: fill(r.fields.wholePortal, { portal }) });
    // Sessions ended, answered, ratings 1–5, average: two answers, a 5 and a 3.
    await expect(cellsOf(page, r.total)).toHaveText(["3", "2", "0", "0", "1", "0", "1", "4,0"]);
    await lotse.check(page);
  });

  await test.step("Anmeldeaktivität of the team: Bert's four hours", async () => {
    await generate(page, { type: r.types.signInActivity, team: `Berichtsteam ${x}` });
    await expect(cellsOf(page, /^Bert/)).toHaveText(["1", "4:00:00", "0"]);
    await lotse.check(page);
  });

  await test.step("Portale und Warteschlangen: the portal's queue", async () => {
    await generate(page, {
      type: r.types.portalsAndQueues,
      portal: fill(r.fields.wholePortal, { portal }),
      team: r.fields.allTeams,
    });
    // Submitted, posted, accepted, abandoned, no answer, declined, outside business hours, Ø and p90 wait.
    await expect(cellsOf(page, portal)).toHaveText(["5", "5", "3", "1", "1", "1", "0", "2:40", "5:00"]);
    await lotse.check(page);
  });

  await test.step("a Zeitraum beyond the 90 kept days: the manual's message at the start date", async () => {
    await page.getByRole("combobox", { name: r.fields.period, exact: true }).selectOption({ label: r.periods.custom });
    const old = new Date(Date.now() - 120 * DAY).toISOString().slice(0, 10);
    const later = new Date(Date.now() - 100 * DAY).toISOString().slice(0, 10);
    await page.getByLabel(r.fields.startDate, { exact: true }).fill(old);
    await page.getByLabel(r.fields.endDate, { exact: true }).fill(later);
    await page.getByRole("button", { name: r.generate, exact: true }).click();
    await expect(page.getByLabel(r.fields.startDate, { exact: true })).toHaveAccessibleDescription(
      new RegExp(de.Errors.reportPeriodTooFarBack.replace(/[.]/g, "\\.")),
    );
    await expect(page.getByRole("alert").filter({ hasText: de.ErrorSummary.title })).toContainText(
      de.Errors.reportPeriodTooFarBack,
    );
  });

  await test.step("Meine Berichte: save, run, edit, delete", async () => {
    await page
      .getByRole("combobox", { name: r.fields.period, exact: true })
      .selectOption({ label: r.periods.last7Days });
    await page.getByLabel(r.fields.type, { exact: true }).selectOption({ label: r.types.summary });
    await page
      .getByLabel(r.fields.portal, { exact: true })
      .selectOption({ label: fill(r.fields.wholePortal, { portal }) });
    await page.getByLabel(r.fields.grouping, { exact: true }).selectOption({ label: r.groupings.none });
    await page.getByLabel(r.fields.name, { exact: true }).fill(`Woche ${x}`);
    await page.getByRole("button", { name: r.save, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: de.Notices.reportSaved })).toBeVisible();
    const saved = page
      .getByRole("region", { name: r.myReports })
      .getByRole("row")
      .filter({ hasText: `Woche ${x}` });
    await expect(saved.getByRole("cell").nth(1)).toHaveText(r.periods.last7Days);
    await lotse.check(page);
    await saved.getByRole("button", { name: `${r.run}: Woche ${x}` }).click();
    await expect(figure(page, r.figures.sessionsStarted)).toHaveText("3");
    await saved.getByRole("link", { name: `${r.edit}: Woche ${x}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fill(r.editTitle, { name: `Woche ${x}` }));
    await lotse.checkOnce(page);
    await page.getByLabel(r.fields.name, { exact: true }).fill(`Monat ${x}`);
    await page
      .getByRole("combobox", { name: r.fields.period, exact: true })
      .selectOption({ label: r.periods.last30Days });
    await page.getByRole("button", { name: r.update, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: de.Notices.reportUpdated })).toBeVisible();
    const edited = page
      .getByRole("region", { name: r.myReports })
      .getByRole("row")
      .filter({ hasText: `Monat ${x}` });
    await expect(edited.getByRole("cell").nth(1)).toHaveText(r.periods.last30Days);
    await edited.getByRole("link", { name: `${r.delete}: Monat ${x}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fill(r.deleteTitle, { name: `Monat ${x}` }));
    await lotse.checkOnce(page);
    await page.getByRole("button", { name: r.delete, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: de.Notices.reportDeleted })).toBeVisible();
    await expect(page.getByRole("region", { name: r.myReports }).getByText(`Monat ${x}`)).toHaveCount(0);
  });

  await test.step("a team manager of another team: not this portal, not this team, nothing by a forged address", async () => {
    const tm = await lotse.newPage();
    await lotse.signIn(tm, "manager", { loginId: `tm-${x}@lotse.test`, password: pw });
    await tm.goto("/manager/reports");
    await expect(
      tm
        .getByLabel(r.fields.portal, { exact: true })
        .getByRole("option", { name: fill(r.fields.wholePortal, { portal }) }),
    ).toHaveCount(0);
    await expect(
      tm.getByLabel(r.fields.team, { exact: true }).getByRole("option", { name: `Berichtsteam ${x}` }),
    ).toHaveCount(0);
    const forged = await tm.goto(`/manager/reports?type=summary&period=last7Days&portalId=${org.portals.p}`);
    expect(forged?.status()).toBe(404);
    await expect(tm.getByText(`Kunde Eins ${x}`)).toHaveCount(0);
    const exported = await tm.request.get(
      `/manager/reports/export?type=sessionDetails&period=last7Days&teamId=${org.teams.t}&format=csv`,
    );
    expect(exported.status()).toBe(404);
    // A report's address with a broken field names it next to the field (the page is not an error).
    const broken = await tm.goto("/manager/reports?type=summary&period=yesterweek");
    expect(broken?.status()).toBe(200);
    await expect(tm).toHaveTitle(/^Fehler: /);
    await expect(tm.getByRole("combobox", { name: r.fields.period, exact: true })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
  });

  await test.step("an agent with Berichte: their own sessions only, no filters", async () => {
    const agent = await lotse.newPage();
    await lotse.signIn(agent, "manager", { loginId: `anna-${x}@lotse.test`, password: pw });
    await agent
      .getByRole("navigation", { name: de.Nav.label })
      .getByRole("link", { name: de.Nav.reports, exact: true })
      .click();
    await expect(agent.getByText(r.ownSessionsOnly)).toBeVisible();
    await expect(agent.getByLabel(r.fields.portal, { exact: true })).toHaveCount(0);
    await generate(agent, { type: r.types.summary });
    await expect(figure(agent, r.figures.sessionsStarted)).toHaveText("2");
    await expect(figure(agent, r.figures.submitted)).toHaveCount(0);
    await lotse.check(agent);
  });
});
