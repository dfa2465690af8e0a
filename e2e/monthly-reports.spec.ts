// Monatliche Berichte (issue 15, manual chapter 5): a company manager creates a monthly report
// ("Neuen Monatsbericht erstellen" › "Speichern") over sessions seeded last month, finds it in
// "Monatlichen Bericht wählen" (Suchen by name, type and months, with a reversed range refused next
// to its field), opens "Details anzeigen", downloads it as CSV, XLSX and PDF and reads the files
// back, and deletes it ("Löschen"). A team manager sees Monatliche Berichte only with the right, and
// gets it when the company manager switches it on. Without JavaScript every step is the same.
import fs from "node:fs";
import type { Download, Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { expect, test } from "./support/fixtures";
import { expectNotFound } from "./support/forged-requests";
import { de } from "./support/messages";
import { fill, password, seed, tag } from "./support/organisation";

const mr = de.MonthlyReports;
const r = de.Reports;

/** The month that ended last on the owners' clock (Europe/Berlin, the seeded users' zone), as "YYYY-MM" and in words. */
function lastMonth() {
  const [year, month] = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Berlin",
    year: "numeric",
    month: "2-digit",
  })
    .format(new Date())
    .split("-")
    .map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - 2, 1));
  const key = (date: Date) => date.toISOString().slice(0, 7);
  return {
    key: key(first),
    before: key(new Date(Date.UTC(year, month - 3, 1))),
    after: key(new Date(Date.UTC(year, month - 1, 1))),
    words: new Intl.DateTimeFormat("de", { month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(Date.UTC(year, month - 2, 15)),
    ),
    /** A time on the 12th of that month: inside it on every clock. */
    at: (hour: number, minute = 0) => new Date(Date.UTC(year, month - 2, 12, hour, minute)).toISOString(),
  };
}

const nav = (page: Page) => page.getByRole("navigation", { name: de.Nav.label });

const rowOf = (page: Page, name: string) =>
  page
    .getByRole("region", { name: mr.results })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name, exact: true }) });

async function fileOf(download: Download): Promise<Buffer> {
  return fs.readFileSync((await download.path())!);
}

test("Monatliche Berichte: erstellen, suchen, Details anzeigen, Download, Löschen; Team-Manager nur mit dem Recht", async ({
  page,
  lotse,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const x = tag();
  const pw = password();
  const month = lastMonth();
  const team = `Monatsteam ${x}`;
  const portal = `Monatsportal ${x}`;
  const org = await seed(baseURL, {
    teams: [{ key: "t", name: team }],
    users: [
      {
        key: "boss",
        kind: "manager",
        role: "company",
        name: `Chef ${x}`,
        loginId: `mboss-${x}@lotse.test`,
        password: pw,
      },
      {
        key: "tmOn",
        kind: "manager",
        role: "team",
        name: `Mit Recht ${x}`,
        teams: ["t"],
        rights: ["monthlyReports"],
        loginId: `mtm-on-${x}@lotse.test`,
        password: pw,
      },
      {
        key: "tmOff",
        kind: "manager",
        role: "team",
        name: `Ohne Recht ${x}`,
        teams: ["t"],
        rights: [],
        loginId: `mtm-off-${x}@lotse.test`,
        password: pw,
      },
      {
        key: "anna",
        kind: "agent",
        firstName: "Anna",
        lastName: x,
        team: "t",
        loginId: `manna-${x}@lotse.test`,
        password: pw,
      },
      {
        key: "bert",
        kind: "agent",
        firstName: "Bert",
        lastName: x,
        team: "t",
        loginId: `mbert-${x}@lotse.test`,
        password: pw,
      },
    ],
    portals: [
      {
        key: "p",
        name: portal,
        slug: `monat-${x}`,
        subPortals: [{ key: "sp", name: "Allgemein", slug: "allgemein", teams: ["t"] }],
      },
    ],
    // Last month: Anna two sessions, Bert one.
    pastSessions: [
      {
        key: "s1",
        subPortal: "sp",
        agent: "anna",
        customerName: `Kunde Eins ${x}`,
        arrivedAt: month.at(9),
        startedAt: month.at(9, 1),
        endedAt: month.at(9, 11),
        outcome: "resolved",
        customerRating: 5,
      },
      {
        key: "s2",
        subPortal: "sp",
        agent: "anna",
        customerName: `Kunde Zwei ${x}`,
        arrivedAt: month.at(11),
        startedAt: month.at(11, 2),
        endedAt: month.at(11, 22),
        outcome: "unresolved",
        customerRating: 3,
      },
      {
        key: "s3",
        subPortal: "sp",
        agent: "bert",
        customerName: `Kunde Drei ${x}`,
        arrivedAt: month.at(13),
        startedAt: month.at(13, 5),
        endedAt: month.at(13, 10),
      },
    ],
  });
  const name = `Monat ${x}`;
  const summaryName = `Zusammenfassung ${x}`;

  await lotse.signIn(page, "manager", { loginId: `mboss-${x}@lotse.test`, password: pw });
  await nav(page).getByRole("link", { name: de.Nav.monthlyReports, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: mr.title, exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: mr.choose, exact: true })).toBeVisible();
  await expect(page.getByText(mr.noReports)).toBeVisible();
  await lotse.checkOnce(page);

  await test.step("Neuen Monatsbericht erstellen: a missing name comes back next to its field", async () => {
    await page.getByRole("link", { name: mr.create, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: mr.create, exact: true })).toBeVisible();
    await lotse.checkOnce(page);
    await expect(
      page.getByLabel(mr.fields.type, { exact: true }).getByRole("option", { name: r.types.sessionDetails }),
    ).toHaveCount(0);
    await page.getByRole("button", { name: mr.save, exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: de.ErrorSummary.title })).toContainText(
      de.Errors.reportNameRequired,
    );
    await expect(page.getByLabel(mr.fields.name, { exact: true })).toHaveAccessibleDescription(
      de.Errors.reportNameRequired,
    );
    await expect(page).toHaveTitle(/^Fehler: /);
  });

  await test.step("Speichern: it appears in „Monatlichen Bericht wählen“ with last month computed", async () => {
    await page.getByLabel(mr.fields.name, { exact: true }).fill(name);
    await page.getByLabel(mr.fields.type, { exact: true }).selectOption({ label: r.types.agentPerformance });
    await page.getByLabel(r.fields.team, { exact: true }).selectOption({ label: team });
    await page.getByLabel(mr.fields.format, { exact: true }).selectOption({ label: mr.formats.csv });
    await page.getByRole("button", { name: mr.save, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: de.Notices.monthlyReportCreated })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: mr.title, exact: true })).toBeVisible();
    await expect(rowOf(page, name).getByRole("cell").nth(0)).toHaveText(r.types.agentPerformance);
    await expect(rowOf(page, name).getByRole("cell").nth(1)).toHaveText(month.words);
    await lotse.check(page);
    await page.getByRole("link", { name: mr.create, exact: true }).click();
    await page.getByLabel(mr.fields.name, { exact: true }).fill(summaryName);
    await page
      .getByLabel(r.fields.portal, { exact: true })
      .selectOption({ label: fill(r.fields.wholePortal, { portal }) });
    await page.getByLabel(mr.fields.format, { exact: true }).selectOption({ label: mr.formats.pdf });
    await page.getByRole("button", { name: mr.save, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: de.Notices.monthlyReportCreated })).toBeVisible();
    await expect(rowOf(page, summaryName)).toHaveCount(1);
  });

  await test.step("Suchen: by name, by type, by months; a reversed range is refused at „Bis Monat“", async () => {
    const search = page.getByRole("region", { name: mr.results });
    await page.getByLabel(mr.columns.name, { exact: true }).fill(x);
    await page.getByLabel(mr.fields.type, { exact: true }).selectOption({ label: r.types.summary });
    await page.getByRole("button", { name: mr.search, exact: true }).click();
    await expect(rowOf(page, summaryName)).toHaveCount(1);
    await expect(rowOf(page, name)).toHaveCount(0);
    await page.getByLabel(mr.fields.type, { exact: true }).selectOption({ label: mr.fields.anyType });
    await page.getByLabel(mr.fields.fromMonth, { exact: true }).fill(month.key);
    await page.getByLabel(mr.fields.toMonth, { exact: true }).fill(month.key);
    await page.getByRole("button", { name: mr.search, exact: true }).click();
    await expect(search.getByRole("rowheader")).toHaveText([name, summaryName]);
    await page.getByLabel(mr.fields.fromMonth, { exact: true }).fill(month.after);
    await page.getByLabel(mr.fields.toMonth, { exact: true }).fill(month.before);
    await page.getByRole("button", { name: mr.search, exact: true }).click();
    await expect(page.getByLabel(mr.fields.toMonth, { exact: true })).toHaveAccessibleDescription(
      new RegExp(de.Errors.monthRangeReversed),
    );
    await expect(page).toHaveTitle(/^Fehler: /);
    await lotse.check(page);
    await page.getByLabel(mr.fields.fromMonth, { exact: true }).fill("");
    await page.getByLabel(mr.fields.toMonth, { exact: true }).fill("");
    await page.getByRole("button", { name: mr.search, exact: true }).click();
    await expect(rowOf(page, name)).toHaveCount(1);
  });

  await test.step("Details anzeigen: the month on its own page, counts without links", async () => {
    const row = fill(mr.rowLabel, { name, month: month.words });
    await rowOf(page, name)
      .getByRole("link", { name: `${mr.details}: ${row}`, exact: true })
      .click();
    await expect(
      page.getByRole("heading", { level: 1, name: fill(mr.detailsTitle, { name, month: month.words }), exact: true }),
    ).toBeVisible();
    const table = page.getByRole("region", { name: r.types.agentPerformance });
    const anna = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Anna/ }) });
    await expect(anna.getByRole("cell").first()).toHaveText("2");
    await expect(table.getByRole("link")).toHaveCount(0);
    await lotse.checkOnce(page);

    const xlsx = page.waitForEvent("download");
    await page.getByLabel(mr.fields.format, { exact: true }).selectOption({ label: mr.formats.xlsx });
    await page.getByRole("button", { name: mr.download, exact: true }).click();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await fileOf(await xlsx)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const sessions = header.indexOf(r.agentColumns.sessions) + 1;
    const counts = [2, 3].map((n) => sheet.getRow(n).getCell(sessions).value).sort();
    expect(counts).toEqual([1, 2]);
    await page.getByRole("link", { name: mr.back, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: mr.title, exact: true })).toBeVisible();
  });

  await test.step("Download from the list: CSV with the month's figures, a real PDF", async () => {
    const row = fill(mr.rowLabel, { name, month: month.words });
    const csv = page.waitForEvent("download");
    await rowOf(page, name)
      .getByRole("button", { name: `${mr.download}: ${row}`, exact: true })
      .click();
    const csvFile = await csv;
    expect(csvFile.suggestedFilename()).toBe(`Lotse-Monat-${x}-${month.key}.csv`);
    const records = parse((await fileOf(csvFile)).toString("utf8").slice(1), {
      delimiter: ";",
      columns: true,
    }) as Record<string, string>[];
    expect(
      records.map((record) => [record[r.agentColumns.agent]!.split(" ")[0], record[r.agentColumns.sessions]]).sort(),
    ).toEqual([
      ["Anna", "2"],
      ["Bert", "1"],
    ]);
    const summaryRow = fill(mr.rowLabel, { name: summaryName, month: month.words });
    // The report's own format comes first: PDF.
    await expect(
      rowOf(page, summaryName).getByLabel(fill(mr.fields.downloadFormat, { name: summaryName, month: month.words })),
    ).toHaveValue("pdf");
    const pdf = page.waitForEvent("download");
    await rowOf(page, summaryName)
      .getByRole("button", { name: `${mr.download}: ${summaryRow}`, exact: true })
      .click();
    const bytes = await fileOf(await pdf);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.toString("latin1")).toContain("%%EOF");
    expect(bytes.length).toBeGreaterThan(1000);
  });

  await test.step("Löschen: asked first, then gone with its months", async () => {
    await rowOf(page, name)
      .getByRole("link", { name: `${mr.delete}: ${name}`, exact: true })
      .click();
    await expect(
      page.getByRole("heading", { level: 1, name: fill(mr.deleteTitle, { name }), exact: true }),
    ).toBeVisible();
    await lotse.checkOnce(page);
    await page.getByRole("button", { name: mr.delete, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: de.Notices.monthlyReportDeleted })).toBeVisible();
    await expect(rowOf(page, name)).toHaveCount(0);
    await expect(rowOf(page, summaryName)).toHaveCount(1);
  });

  await test.step("team managers: with the right their own (empty) list, without it nothing until it is granted", async () => {
    const on = await lotse.newPage();
    await lotse.signIn(on, "manager", { loginId: `mtm-on-${x}@lotse.test`, password: pw });
    await nav(on).getByRole("link", { name: de.Nav.monthlyReports, exact: true }).click();
    await expect(on.getByRole("heading", { level: 1, name: mr.title, exact: true })).toBeVisible();
    await expect(on.getByText(mr.noReports)).toBeVisible();
    await expect(rowOf(on, summaryName)).toHaveCount(0);

    const off = await lotse.newPage();
    await lotse.signIn(off, "manager", { loginId: `mtm-off-${x}@lotse.test`, password: pw });
    await expect(nav(off).getByRole("link", { name: de.Nav.reports, exact: true })).toBeVisible();
    await expect(nav(off).getByRole("link", { name: de.Nav.monthlyReports, exact: true })).toHaveCount(0);
    await expectNotFound(off, lotse, "/manager/reports/monthly");
    await expectNotFound(off, lotse, "/manager/reports/monthly/new");

    await page.goto(`/manager/managers/${org.users.tmOff}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ohne Recht ${x}`);
    await lotse.checkOnce(page);
    await page.getByRole("checkbox", { name: de.Rights.monthlyReports, exact: true }).check();
    await page.getByRole("button", { name: de.Managers.save, exact: true }).click();
    await expect(page.getByRole("status")).toHaveText(de.Notices.saved);

    await off.goto("/manager/home");
    await nav(off).getByRole("link", { name: de.Nav.monthlyReports, exact: true }).click();
    await expect(off.getByRole("heading", { level: 1, name: mr.title, exact: true })).toBeVisible();
    await lotse.checkOnce(off);
  });
});
