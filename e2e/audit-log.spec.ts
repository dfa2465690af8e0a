// The Protokoll (issue 14): a company manager changes a team through the UI and finds the change —
// when, who, what in words, which object, from which address and browser — filters by kind of
// change and by the object, and downloads the entries as CSV that a spreadsheet opens; a team
// manager with "Protokoll einsehen" reads their team's entries only; the system administrator reads
// everything in the Admin Center. With and without JavaScript.
import { parse } from "csv-parse/sync";
import { expect, test } from "./support/fixtures";
import { de, icu } from "./support/messages";
import { password, seed, tag } from "./support/organisation";

const p = de.AuditLog;

test("Protokoll: find who changed a team, narrow it down, download it; team managers see their teams", async ({
  page,
  lotse,
  baseURL,
  companyManager,
}) => {
  test.setTimeout(150_000);
  const x = tag();
  const pw = password();
  const org = await seed(baseURL, {
    teams: [
      { key: "mine", name: `Protokoll ${x}` },
      { key: "other", name: `Fremd ${x}` },
    ],
    users: [
      {
        key: "reader",
        kind: "manager",
        role: "team",
        loginId: `leser-${x}@lotse.test`,
        password: pw,
        teams: ["mine"],
        rights: ["viewAuditLog"],
      },
      {
        key: "otherReader",
        kind: "manager",
        role: "team",
        loginId: `fremd-${x}@lotse.test`,
        password: pw,
        teams: ["other"],
        rights: ["viewAuditLog"],
      },
    ],
  });
  const teamId = org.teams.mine!;

  await lotse.signIn(page, "manager", companyManager);
  await test.step("a change through the Management Center", async () => {
    await page.goto(`/manager/teams/${teamId}`);
    await page.getByLabel(de.Teams.availableLogins, { exact: true }).fill("7");
    await page.getByRole("button", { name: de.Teams.save, exact: true }).click();
    await expect(page.getByRole("status")).toHaveText(de.Notices.saved);
    await lotse.checkOnce(page);
  });

  const entries = page.getByRole("table", { name: p.results });
  const row = entries.getByRole("row").filter({ hasText: `${p.objects.team} Protokoll ${x}` });
  await test.step("found in the Protokoll: when, who, what, which object, from where", async () => {
    await page.getByRole("navigation", { name: de.Nav.label }).getByRole("link", { name: de.Nav.auditLog }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(p.title);
    await expect(page).toHaveTitle(`${p.title} · ${de.Common.productName}`);
    await page.getByLabel(p.area, { exact: true }).selectOption({ label: p.areas.team });
    await page.getByRole("button", { name: p.find, exact: true }).click();
    await expect(page).toHaveURL(/area=team/);
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("rowheader")).toHaveText(p.actions.team.updated);
    await expect(row.getByRole("link", { name: companyManager.loginId })).toBeVisible();
    await expect(row).toContainText(/\d{2}:\d{2}:\d{2}/);
    await expect(row).toContainText(/127\.0\.0\.1|::1/);
    await expect(row).toContainText("Chrome");
    await row.getByText(p.details, { exact: true }).click();
    await expect(row).toContainText("availableLogins");
    await lotse.checkOnce(page);
  });

  await test.step("only this object's entries, then all of them again", async () => {
    await row
      .getByRole("link", { name: icu(p.filterByObject, { object: `${p.objects.team} Protokoll ${x}` }) })
      .click();
    await expect(page).toHaveURL(new RegExp(`objectId=${teamId}`));
    await expect(page.getByText(icu(p.onlyObject, { object: `Protokoll ${x}` }))).toBeVisible();
    await expect(entries.getByRole("row")).toHaveCount(2); // the header and the one change
    await page.getByRole("link", { name: p.allObjects }).click();
    await expect(page).not.toHaveURL(/objectId=/);
  });

  await test.step("the CSV opens as a table: UTF-8 with BOM, semicolons, German headings", async () => {
    await page.goto(`/manager/audit-log?area=team&objectType=team&objectId=${teamId}`);
    const link = page.getByRole("link", { name: p.exportCsv });
    const response = await page.context().request.get((await link.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toContain("Lotse-Protokoll.csv");
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // As a spreadsheet reads it: ";"-separated (German), quoted where a field holds one (the browser).
    const table = parse(bytes.subarray(3).toString("utf8"), { delimiter: ";", record_delimiter: "\r\n" }) as string[][];
    expect(table[0]).toEqual([p.time, p.actorColumn, p.action, p.objectType, "ID", p.ip, p.userAgent, p.details]);
    expect(table).toHaveLength(2);
    const [time, actor, action, objectType, objectId, ip, browser, details] = table[1]!;
    expect(time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect([actor, action, objectType, objectId]).toEqual([
      companyManager.loginId,
      p.actions.team.updated,
      "team",
      teamId,
    ]);
    expect(ip).toMatch(/127\.0\.0\.1|::1/);
    expect(browser).toContain("Chrome");
    expect(JSON.parse(details!)).toMatchObject({ availableLogins: 7 });
  });

  await test.step("a filter it cannot read is named next to its field", async () => {
    await page.goto("/manager/audit-log");
    await page.getByLabel(p.from, { exact: true }).fill("2026-11-20");
    await page.getByLabel(p.to, { exact: true }).fill("2026-11-19");
    await page.getByRole("button", { name: p.find, exact: true }).click();
    await expect(page.getByLabel(p.to, { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(de.Errors.reportEndBeforeStart).first()).toBeVisible();
    await expect(page).toHaveTitle(`${de.ErrorSummary.titlePrefix}${p.title} · ${de.Common.productName}`);
  });

  await test.step("team managers with the right: their team's entries, not another's", async () => {
    const reader = await lotse.newPage();
    await lotse.signIn(reader, "manager", { loginId: `leser-${x}@lotse.test`, password: pw });
    await reader.goto(`/manager/audit-log?objectType=team&objectId=${teamId}`);
    await expect(reader.getByRole("table", { name: p.results }).getByRole("rowheader")).toHaveText([
      p.actions.team.updated,
    ]);
    await lotse.checkOnce(reader);
    const other = await lotse.newPage();
    await lotse.signIn(other, "manager", { loginId: `fremd-${x}@lotse.test`, password: pw });
    await other.goto(`/manager/audit-log?objectType=team&objectId=${teamId}`);
    await expect(other.getByRole("status").filter({ hasText: icu(p.count, { count: 0 }) })).toBeVisible();
    await expect(other.getByRole("table", { name: p.results })).toHaveCount(0);
  });

  await test.step("the system administrator reads everything in the Admin Center", async () => {
    const admin = await lotse.adminPage();
    await admin.getByRole("navigation", { name: de.Nav.label }).getByRole("link", { name: de.Nav.auditLog }).click();
    await expect(admin).toHaveURL(/\/admin\/audit-log$/);
    await admin.getByLabel(p.actor, { exact: true }).fill(companyManager.loginId);
    await admin.getByRole("button", { name: p.find, exact: true }).click();
    await expect(admin.getByRole("table", { name: p.results }).getByRole("rowheader").first()).toBeVisible();
    await expect(
      admin
        .getByRole("row")
        .filter({ hasText: `${p.objects.team} Protokoll ${x}` })
        .getByRole("rowheader"),
    ).toHaveText(p.actions.team.updated);
    await lotse.checkOnce(admin);
  });
});
