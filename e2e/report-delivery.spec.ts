// E-Mail-Zustellung (issue 15, manual chapter 5): instead of generating a report, a company manager
// sets up a weekly series below the button with OK, is told where the mails go (Meine Einstellungen),
// sees it in Meine Berichte with its schedule, gets a bad time back next to its field, edits it to
// daily in the mail's body, pauses and resumes it, and deletes it. A team manager without "Berichte
// planen" has no delivery options; an agent whose function "Berichte planen" is on sets up their own.
// Without JavaScript every step is the same: the forms post. The mails themselves are checked at a
// real SMTP server by test/reports/report-delivery.test.ts (a fake clock drives the job there).
import type { Page } from "@playwright/test";
import { expectErrorSummary } from "./support/error-summary";
import { expect, test } from "./support/fixtures";
import { de } from "./support/messages";
import { dbQuery, dbValue, fill, password, seed, tag } from "./support/organisation";

const r = de.Reports;
const d = de.Reports.delivery;

/** The row of a saved report in Meine Berichte. */
const savedRow = (page: Page, name: string) =>
  page.getByRole("region", { name: r.myReports }).getByRole("row").filter({ hasText: name });

async function chooseDelivery(
  page: Page,
  choice: { frequency: string; weekday?: string; time: string; format: string },
): Promise<void> {
  await page.getByLabel(d.frequency, { exact: true }).selectOption({ label: choice.frequency });
  if (choice.weekday) await page.getByLabel(d.weekday, { exact: true }).selectOption({ label: choice.weekday });
  await page.getByLabel(d.time, { exact: true }).fill(choice.time);
  await page.getByLabel(d.format, { exact: true }).selectOption({ label: choice.format });
}

test("E-Mail-Zustellung: eine wöchentliche Serie einrichten, ändern, pausieren, löschen; Rechte von Team-Managern und Mitarbeitern", async ({
  page,
  lotse,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const x = tag();
  const pw = password();
  const boss = `boss-${x}@lotse.test`;
  await seed(baseURL, {
    teams: [{ key: "t", name: `Zustellteam ${x}`, functions: { reports: true, scheduleReports: true } }],
    users: [
      { key: "boss", kind: "manager", role: "company", name: `Chefin ${x}`, loginId: boss, password: pw },
      {
        key: "tm",
        kind: "manager",
        role: "team",
        name: `Teamleitung ${x}`,
        teams: ["t"],
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
    ],
  });
  const name = `Wochenbericht ${x}`;
  await lotse.signIn(page, "manager", { loginId: boss, password: pw });
  await page.goto("/manager/reports");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(r.title);
  await lotse.checkOnce(page);

  await test.step("the options below the button say where the mails go and link to Meine Einstellungen", async () => {
    const delivery = page.getByRole("group", { name: d.legend, exact: true });
    await expect(delivery).toContainText(fill(d.recipient, { email: boss }));
    await delivery.getByRole("link", { name: d.mySettings, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/settings$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(de.Settings.title);
    await lotse.checkOnce(page);
    await page.goBack();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(r.title);
  });

  await test.step("a time that is not one comes back next to its field, nothing is saved", async () => {
    await page.getByLabel(r.fields.type, { exact: true }).selectOption({ label: r.types.summary });
    await page.getByLabel(r.fields.name, { exact: true }).fill(name);
    await chooseDelivery(page, {
      frequency: d.frequencies.weekly,
      weekday: "Montag",
      time: "",
      format: d.formats.xlsx,
    });
    await page.getByRole("button", { name: d.ok, exact: true }).click();
    await expectErrorSummary(page, { errors: [de.Errors.deliveryTimeInvalid], title: `${r.title} · Lotse` });
    await expect(page.getByLabel(d.time, { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel(r.fields.name, { exact: true })).toHaveValue(name);
    await lotse.check(page);
    expect(dbQuery(baseURL, "SELECT id FROM SavedReport WHERE name = ?", name)).toEqual([]);
  });

  await test.step("OK saves the weekly series in Meine Berichte with its schedule", async () => {
    await chooseDelivery(page, {
      frequency: d.frequencies.weekly,
      weekday: "Montag",
      time: "07:30",
      format: d.formats.xlsx,
    });
    await page.getByRole("button", { name: d.ok, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: de.Notices.reportScheduled })).toBeVisible();
    const row = savedRow(page, name);
    await expect(row.getByRole("cell").nth(2)).toContainText(
      `${fill(d.describe.weekly, { weekday: "Montag", time: "07:30" })} · ${d.formats.xlsx}`,
    );
    await expect(row.getByRole("cell").nth(2)).toContainText(d.next.replace(" {when}", ""));
    await lotse.check(page);
    const [stored] = dbQuery<{ frequency: string; weekday: number; time: string; format: string; nextAt: number }>(
      baseURL,
      "SELECT s.frequency, s.weekday, s.time, s.format, s.nextAt FROM ReportSchedule s JOIN SavedReport r ON r.id = s.savedReportId WHERE r.name = ?",
      name,
    );
    expect(stored).toMatchObject({ frequency: "weekly", weekday: 1, time: "07:30", format: "xlsx" });
    // A Monday, 07:30 in Berlin (the seeded manager's time zone), within the coming week.
    const next = new Date(stored!.nextAt);
    const berlin = new Intl.DateTimeFormat("de-DE", {
      timeZone: "Europe/Berlin",
      weekday: "long",
      hour: "2-digit",
      minute: "2-digit",
    });
    expect(berlin.format(next)).toBe("Montag, 07:30");
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(7 * 24 * 3_600_000);
  });

  await test.step("Bearbeiten: daily, the report in the mail", async () => {
    await savedRow(page, name)
      .getByRole("link", { name: `${r.edit}: ${name}` })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fill(r.editTitle, { name }));
    await lotse.checkOnce(page);
    await expect(page.getByLabel(d.frequency, { exact: true })).toHaveValue("weekly");
    await chooseDelivery(page, { frequency: d.frequencies.daily, time: "06:00", format: d.formats.html });
    await page.getByRole("button", { name: r.update, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: de.Notices.reportUpdated })).toBeVisible();
    await expect(savedRow(page, name).getByRole("cell").nth(2)).toContainText(
      `${fill(d.describe.daily, { time: "06:00" })} · ${d.formats.html}`,
    );
  });

  await test.step("Pausieren and Fortsetzen", async () => {
    await savedRow(page, name)
      .getByRole("button", { name: `${d.pause}: ${name}` })
      .click();
    await expect(page.getByRole("status").filter({ hasText: de.Notices.schedulePaused })).toBeVisible();
    await expect(savedRow(page, name).getByRole("cell").nth(2)).toContainText(d.paused);
    await lotse.check(page);
    await savedRow(page, name)
      .getByRole("button", { name: `${d.resume}: ${name}` })
      .click();
    await expect(page.getByRole("status").filter({ hasText: de.Notices.scheduleResumed })).toBeVisible();
    await expect(savedRow(page, name).getByRole("cell").nth(2)).toContainText(d.next.replace(" {when}", ""));
  });

  await test.step("Löschen ends the series", async () => {
    const id = dbValue<string>(baseURL, "SELECT id FROM SavedReport WHERE name = ?", name);
    await savedRow(page, name)
      .getByRole("link", { name: `${r.delete}: ${name}` })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fill(r.deleteTitle, { name }));
    await lotse.checkOnce(page);
    await page.getByRole("button", { name: r.delete, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: de.Notices.reportDeleted })).toBeVisible();
    await expect(savedRow(page, name)).toHaveCount(0);
    // This series' entries only: other specs on the same server write their own.
    expect(dbQuery(baseURL, "SELECT action FROM AuditLog WHERE targetId = ? ORDER BY at, id", id)).toEqual(
      ["scheduled", "changed", "paused", "resumed", "ended"].map((what) => ({ action: `reportDelivery.${what}` })),
    );
  });

  await test.step("a team manager without Berichte planen: no delivery options", async () => {
    const tm = await lotse.newPage();
    await lotse.signIn(tm, "manager", { loginId: `tm-${x}@lotse.test`, password: pw });
    await tm.goto("/manager/reports");
    await expect(tm.getByRole("heading", { level: 1 })).toHaveText(r.title);
    await expect(tm.getByRole("button", { name: r.save, exact: true })).toBeVisible();
    await expect(tm.getByRole("group", { name: d.legend, exact: true })).toHaveCount(0);
    await expect(tm.getByRole("button", { name: d.ok, exact: true })).toHaveCount(0);
  });

  await test.step("an agent whose function Berichte planen is on sets up their own series", async () => {
    const agent = await lotse.newPage();
    await lotse.signIn(agent, "manager", { loginId: `anna-${x}@lotse.test`, password: pw });
    await agent.goto("/manager/reports");
    await expect(agent.getByRole("heading", { level: 1 })).toHaveText(r.title);
    await lotse.checkOnce(agent);
    await agent.getByLabel(r.fields.name, { exact: true }).fill(`Meine Woche ${x}`);
    await chooseDelivery(agent, { frequency: d.frequencies.daily, time: "18:00", format: d.formats.csv });
    await agent.getByRole("button", { name: d.ok, exact: true }).click();
    await expect(agent.getByRole("status").filter({ hasText: de.Notices.reportScheduled })).toBeVisible();
    await expect(savedRow(agent, `Meine Woche ${x}`).getByRole("cell").nth(2)).toContainText(
      fill(d.describe.daily, { time: "18:00" }),
    );
  });
});
