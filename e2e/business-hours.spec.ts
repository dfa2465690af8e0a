// "Geschäftszeiten verwalten" (manual chapter 3, decision record 7): from a portal's settings, a
// business-hours set with a time zone, a week of open-all-day / closed / time ranges (a split shift
// and a range past midnight), closed messages in both languages and its portal; invalid ranges named
// next to their fields; a holiday/event set with a yearly date — and the portal settings then list
// both. Team managers with the right "Geschäftszeiten verwalten" edit the sets of their teams'
// portals and nothing else; without the right there is no such page. The week editor shows time
// ranges only for days that have them and adds or removes one by posting the form.
import type { Locator, Page } from "@playwright/test";
import { expectNotFound } from "./support/forged-requests";
import { expect, test } from "./support/fixtures";
import { de, icu } from "./support/messages";
import { dbQuery, fill, password, seed, tag, type SeedWeek } from "./support/organisation";

const b = de.BusinessHours;
const heading = (page: Page) => page.getByRole("heading", { level: 1 });

/** The controls of one weekday's fieldset: its three choices, its time ranges and their buttons. */
function day(page: Page, name: keyof typeof b.days) {
  const group = page.getByRole("group", { name: b.days[name], exact: true });
  const range = (row: number, end: "from" | "to") =>
    group.getByLabel(`${b[end]} (${fill(b.rangeNumber, { number: row })})`, { exact: true });
  const addRange = group.getByRole("button", { name: `${b.addRange} (${b.days[name]})`, exact: true });
  const removeRange = (row: number) =>
    group.getByRole("button", {
      name: `${b.removeRange} (${fill(b.rangeOfDay, { day: b.days[name], number: row })})`,
      exact: true,
    });
  const times = group.locator('input[type="time"]');
  return {
    group,
    mode: (mode: "open" | "closed" | "ranges") =>
      group.getByRole("radio", {
        name: { open: b.openAllDay, closed: b.closedAllDay, ranges: b.times }[mode],
        exact: true,
      }),
    range,
    addRange,
    removeRange,
    times,
    /**
     * Chooses a mode and fills the ranges. A day shows only the ranges it has: "Zeitraum
     * hinzufügen" (which chooses "Zeiten") posts the form and brings one more; rows left over are
     * emptied, which the form ignores.
     */
    async set(mode: "open" | "closed" | "ranges", ...ranges: [string, string][]) {
      for (let rows = (await times.count()) / 2; rows < ranges.length; rows++) {
        await addRange.click();
        await expect(range(rows + 1, "from")).toBeFocused();
      }
      await this.mode(mode).check();
      const rows = (await times.count()) / 2;
      for (let row = 1; row <= rows; row++) {
        const [from, to] = ranges[row - 1] ?? ["", ""];
        await range(row, "from").fill(from);
        await range(row, "to").fill(to);
      }
    },
  };
}

/** One row of the holiday/event dates: "Bezeichnung (Termin 1)", … */
function dateRow(page: Page, row: number) {
  const label = (text: string) => `${text} (${fill(b.dateNumber, { number: row })})`;
  return {
    name: page.getByLabel(label(b.dateName), { exact: true }),
    start: page.getByLabel(label(b.startDate), { exact: true }),
    end: page.getByLabel(label(b.endDate), { exact: true }),
    everyYear: page.getByRole("checkbox", { name: label(b.everyYear), exact: true }),
  };
}

/** A term's value in a description list (the portal settings' business-hours section). */
const definitionOf = (page: Page, term: string) =>
  page.locator("dt", { hasText: term }).locator("xpath=following-sibling::dd[1]");

/** A date as HolidayDates shows it (server-side Intl, the same as here). */
const shortDate = (date: string, withYear: boolean) =>
  new Intl.DateTimeFormat("de", {
    timeZone: "UTC",
    day: "numeric",
    month: "short",
    ...(withYear ? { year: "numeric" } : {}),
  }).format(new Date(`${date}T00:00:00Z`));

const WEEKDAYS_9_TO_5: SeedWeek = [
  ...Array.from({ length: 5 }, () => ({ mode: "ranges" as const, ranges: [{ from: "09:00", to: "17:00" }] })),
  { mode: "closed" },
  { mode: "closed" },
];

test("Geschäftszeiten verwalten: a business-hours set and a holiday set for a portal, listed in its settings", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  // Each time range comes with a round trip of the form ("Zeitraum hinzufügen"): eight of them,
  // besides some twenty pages with an axe check each.
  test.setTimeout(300_000);
  const x = tag();
  const names = {
    portal: `Vertrieb ${x}`,
    other: `Zweitportal ${x}`,
    hours: `Kernzeiten ${x}`,
    holidays: `Feiertage ${x}`,
  };
  const org = await seed(baseURL, {
    portals: [
      {
        key: "sales",
        name: names.portal,
        slug: `vertrieb-${x}`,
        subPortals: [{ key: "s1", name: "Allgemein", slug: "allgemein" }],
      },
      {
        key: "other",
        name: names.other,
        slug: `zweit-${x}`,
        subPortals: [{ key: "o1", name: "Allgemein", slug: "allgemein" }],
      },
    ],
  });
  const portalId = org.portals.sales!;
  const hoursRows = () => dbQuery(baseURL, "SELECT id FROM BusinessHoursSet WHERE name = ?", names.hours);
  await lotse.signIn(page, "manager", companyManager);

  await test.step("Portaleinstellungen: nothing assigned yet → Geschäftszeiten verwalten", async () => {
    await page.goto(`/manager/portals/${portalId}`);
    await expect(definitionOf(page, de.Portals.assignedBusinessHours)).toHaveText(de.Portals.noneAssigned);
    await expect(definitionOf(page, de.Portals.assignedHolidays)).toHaveText(de.Portals.noneAssigned);
    await lotse.checkOnce(page);
    await page.getByRole("main").getByRole("link", { name: de.Portals.manageBusinessHours, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/manager/business-hours\\?portal=${portalId}$`));
    await expect(heading(page)).toHaveText(b.title);
    await expect(page.getByRole("main")).toContainText(fill(b.filteredBy, { portal: names.portal }));
    await expect(page.getByRole("region", { name: b.hoursSets, exact: true })).toContainText(b.noHoursSets);
    await lotse.checkOnce(page);
  });

  await test.step("Geschäftszeitensatz hinzufügen: invalid ranges are named next to their fields, nothing is saved", async () => {
    await page.getByRole("link", { name: b.addHoursSet, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/manager/business-hours/hours/new\\?portal=${portalId}$`));
    await expect(heading(page)).toHaveText(b.addHoursSet);
    // Coming from the portal, the set is meant for it.
    await expect(page.getByRole("checkbox", { name: names.portal, exact: true })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: names.other, exact: true })).not.toBeChecked();
    await lotse.checkOnce(page);

    await page.getByLabel(b.name, { exact: true }).fill(names.hours);
    await page.getByRole("combobox", { name: b.timeZone, exact: true }).selectOption("America/New_York");
    await day(page, "mon").set("ranges", ["12:00", "12:00"]);
    await day(page, "tue").set("ranges", ["09:00", "12:00"], ["11:00", "13:00"]);
    await day(page, "wed").set("ranges");
    await day(page, "thu").set("closed", ["10:00", "11:00"]);
    await page.getByRole("button", { name: b.addHoursSet, exact: true }).click();

    await expect(day(page, "mon").range(1, "to")).toHaveAccessibleDescription(de.Errors.timeRangeEmpty);
    await expect(day(page, "mon").range(1, "to")).toHaveAttribute("aria-invalid", "true");
    await expect(day(page, "tue").range(2, "from")).toHaveAccessibleDescription(de.Errors.timeRangesOverlap);
    await expect(day(page, "wed").mode("ranges")).toHaveAccessibleDescription(de.Errors.timeRangesMissing);
    await expect(day(page, "thu").mode("closed")).toHaveAccessibleDescription(de.Errors.dayModeConflict);
    // The form comes back as it was sent.
    await expect(page.getByLabel(b.name, { exact: true })).toHaveValue(names.hours);
    await expect(page.getByRole("combobox", { name: b.timeZone, exact: true })).toHaveValue("America/New_York");
    await expect(day(page, "tue").range(2, "to")).toHaveValue("13:00");
    await expect(day(page, "thu").mode("closed")).toBeChecked();
    await lotse.check(page);
    expect(hoursRows()).toEqual([]);
  });

  let hoursId = "";
  await test.step("a split shift, a range past midnight, open all day, closed, messages in both languages → saved", async () => {
    await day(page, "mon").set("ranges", ["08:00", "12:00"], ["13:00", "17:00"]);
    await day(page, "tue").set("ranges", ["09:00", "17:00"]);
    await day(page, "wed").set("ranges", ["09:00", "17:00"]);
    await day(page, "thu").set("ranges", ["09:00", "17:00"]);
    await day(page, "fri").set("ranges", ["09:00", "12:00"], ["22:00", "02:00"]);
    await day(page, "sat").set("open");
    await day(page, "sun").set("closed");
    await page.getByLabel(b.closedMessageDe, { exact: true }).fill("Wir sind gerade nicht erreichbar.");
    await page.getByLabel(b.closedMessageEn, { exact: true }).fill("We are closed right now.");
    await page.getByRole("button", { name: b.addHoursSet, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/business-hours\/hours\/[^/?]+$/);
    await expect(page.getByRole("status")).toHaveText(de.Notices.businessHoursCreated);
    await expect(heading(page)).toHaveText(names.hours);
    await lotse.checkOnce(page);
    hoursId = new URL(page.url()).pathname.split("/")[4]!;

    const [row] = dbQuery<{ timeZone: string; week: string; closedMessageDe: string; closedMessageEn: string }>(
      baseURL,
      "SELECT timeZone, week, closedMessageDe, closedMessageEn FROM BusinessHoursSet WHERE id = ?",
      hoursId,
    );
    expect(row).toMatchObject({
      timeZone: "America/New_York",
      closedMessageDe: "Wir sind gerade nicht erreichbar.",
      closedMessageEn: "We are closed right now.",
    });
    const nineToFive = { mode: "ranges", ranges: [{ from: "09:00", to: "17:00" }] };
    expect(JSON.parse(row!.week)).toEqual([
      {
        mode: "ranges",
        ranges: [
          { from: "08:00", to: "12:00" },
          { from: "13:00", to: "17:00" },
        ],
      },
      nineToFive,
      nineToFive,
      nineToFive,
      {
        mode: "ranges",
        ranges: [
          { from: "09:00", to: "12:00" },
          { from: "22:00", to: "02:00" },
        ],
      },
      { mode: "open", ranges: [] },
      { mode: "closed", ranges: [] },
    ]);
    expect(dbQuery(baseURL, "SELECT portalId FROM PortalBusinessHours WHERE setId = ?", hoursId)).toEqual([
      { portalId },
    ]);

    // The set's page shows what was stored.
    await expect(day(page, "fri").range(2, "from")).toHaveValue("22:00");
    await expect(day(page, "fri").range(2, "to")).toHaveValue("02:00");
    await expect(day(page, "sat").mode("open")).toBeChecked();
    await expect(page.getByRole("combobox", { name: b.timeZone, exact: true })).toHaveValue("America/New_York");
  });

  await test.step("the list sums the week up", async () => {
    await page.getByRole("link", { name: b.backToList, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/business-hours$/);
    const row = page
      .getByRole("region", { name: b.hoursSets, exact: true })
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: names.hours, exact: true }) });
    await expect(row.getByRole("cell").nth(0)).toHaveText("America/New_York");
    await expect(row.getByRole("cell").nth(1).getByRole("listitem")).toHaveText([
      "Mo: 08:00–12:00, 13:00–17:00",
      "Di–Do: 09:00–17:00",
      `Fr: 09:00–12:00, ${fill(b.timeRangePastMidnight, { from: "22:00", to: "02:00" })}`,
      `Sa: ${b.openAllDay}`,
      `So: ${b.closedAllDay}`,
    ]);
    await expect(row.getByRole("cell").nth(2)).toHaveText(names.portal);
    await lotse.checkOnce(page);
  });

  const holidayRows = () => dbQuery(baseURL, "SELECT id FROM HolidaySet WHERE name = ?", names.holidays);
  await test.step("Feiertage/Events hinzufügen: Weitere Termine, a reversed range refused", async () => {
    await page.getByRole("link", { name: b.addHolidaySet, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/business-hours\/holidays\/new$/);
    await expect(heading(page)).toHaveText(b.addHolidaySet);
    await lotse.checkOnce(page);
    await page.getByLabel(b.name, { exact: true }).fill(names.holidays);
    await page.getByRole("combobox", { name: b.timeZone, exact: true }).selectOption("Europe/Berlin");
    await page.getByLabel(b.closedMessageDe, { exact: true }).fill("Heute ist Feiertag.");
    await page.getByLabel(b.closedMessageEn, { exact: true }).fill("Today is a holiday.");
    await page.getByRole("checkbox", { name: names.portal, exact: true }).check();
    const rows = [1, 2, 3].map((n) => dateRow(page, n));
    await expect(dateRow(page, 4).name).toHaveCount(0);
    await rows[0]!.name.fill("Weihnachten");
    await rows[0]!.start.fill("2026-12-24");
    await rows[0]!.end.fill("2026-12-26");
    await rows[0]!.everyYear.check();
    await rows[1]!.name.fill("Inventur");
    await rows[1]!.start.fill("2027-01-15");
    await rows[1]!.end.fill("2027-01-14");
    await rows[2]!.name.fill("Jahreswechsel");
    await rows[2]!.start.fill("2026-12-31");
    await rows[2]!.end.fill("2027-01-01");
    await rows[2]!.everyYear.check();

    // "Weitere Termine" posts the form and comes back with more rows, so it works without JavaScript.
    await page.getByRole("button", { name: b.addDates, exact: true }).click();
    await expect(dateRow(page, 6).name).toBeVisible();
    await expect(rows[2]!.name).toHaveValue("Jahreswechsel");
    await expect(rows[0]!.everyYear).toBeChecked();
    expect(holidayRows()).toEqual([]);

    await page.getByRole("button", { name: b.addHolidaySet, exact: true }).click();
    await expect(rows[1]!.end).toHaveAccessibleDescription(de.Errors.dateRangeReversed);
    await expect(rows[1]!.end).toHaveAttribute("aria-invalid", "true");
    await expect(rows[0]!.end).not.toHaveAttribute("aria-invalid");
    await lotse.check(page);
    expect(holidayRows()).toEqual([]);
  });

  await test.step("a holiday/event set with a yearly date across new year → saved", async () => {
    await dateRow(page, 2).end.fill("2027-01-16");
    await dateRow(page, 4).name.fill("Betriebsausflug");
    await dateRow(page, 4).start.fill("2027-06-12");
    await page.getByRole("button", { name: b.addHolidaySet, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/business-hours\/holidays\/[^/?]+$/);
    await expect(page.getByRole("status")).toHaveText(de.Notices.holidaySetCreated);
    await expect(heading(page)).toHaveText(names.holidays);
    await lotse.checkOnce(page);
    const [set] = holidayRows() as { id: string }[];
    expect(
      dbQuery(
        baseURL,
        "SELECT name, startDate, endDate, everyYear FROM HolidayDate WHERE setId = ? ORDER BY startDate",
        set!.id,
      ),
    ).toEqual([
      { name: "Weihnachten", startDate: "2026-12-24", endDate: "2026-12-26", everyYear: 1 },
      { name: "Jahreswechsel", startDate: "2026-12-31", endDate: "2027-01-01", everyYear: 1 },
      { name: "Inventur", startDate: "2027-01-15", endDate: "2027-01-16", everyYear: 0 },
      { name: "Betriebsausflug", startDate: "2027-06-12", endDate: "2027-06-12", everyYear: 0 },
    ]);
    expect(dbQuery(baseURL, "SELECT timeZone, closedMessageEn FROM HolidaySet WHERE id = ?", set!.id)).toEqual([
      { timeZone: "Europe/Berlin", closedMessageEn: "Today is a holiday." },
    ]);
    expect(dbQuery(baseURL, "SELECT portalId FROM PortalHolidaySet WHERE setId = ?", set!.id)).toEqual([{ portalId }]);
  });

  await test.step("the list shows the dates as people read them", async () => {
    await page.getByRole("link", { name: b.backToList, exact: true }).click();
    const row = page
      .getByRole("region", { name: b.holidaySets, exact: true })
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: names.holidays, exact: true }) });
    const span = (start: string, end: string, withYear: boolean) =>
      fill(b.dateSpan, { start: shortDate(start, withYear), end: shortDate(end, withYear) });
    await expect(row.getByRole("cell").nth(1).getByRole("listitem")).toHaveText([
      fill(b.dateWithName, {
        name: "Weihnachten",
        dates: fill(b.everyYearSuffix, { dates: span("2026-12-24", "2026-12-26", false) }),
      }),
      fill(b.dateWithName, {
        name: "Jahreswechsel",
        dates: fill(b.everyYearSuffix, { dates: span("2026-12-31", "2027-01-01", false) }),
      }),
      fill(b.dateWithName, { name: "Inventur", dates: span("2027-01-15", "2027-01-16", true) }),
      fill(b.dateWithName, { name: "Betriebsausflug", dates: shortDate("2027-06-12", true) }),
    ]);
  });

  await test.step("Portaleinstellungen lists the portal's business-hours and holiday/event sets", async () => {
    await page.goto(`/manager/portals/${portalId}`);
    await expect(definitionOf(page, de.Portals.assignedBusinessHours)).toHaveText(`${names.hours} (America/New_York)`);
    await expect(definitionOf(page, de.Portals.assignedHolidays)).toHaveText(names.holidays);
    await page.getByRole("main").getByRole("link", { name: de.Portals.manageBusinessHours, exact: true }).click();
    await expect(
      page
        .getByRole("region", { name: b.hoursSets, exact: true })
        .getByRole("link", { name: names.hours, exact: true }),
    ).toBeVisible();
    await expect(
      page
        .getByRole("region", { name: b.holidaySets, exact: true })
        .getByRole("link", { name: names.holidays, exact: true }),
    ).toBeVisible();
  });
});

/** The Tab stops inside `container`, in order, reached by tabbing on from `start`. */
async function tabStopsIn(page: Page, container: Locator, start: Locator): Promise<string[]> {
  await start.focus();
  const stops: string[] = [];
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press("Tab");
    const stop = await container.evaluate((element) => {
      const active = document.activeElement;
      if (!active || !element.contains(active)) return null;
      return `${active.tagName.toLowerCase()}#${active.id || active.getAttribute("value")}`;
    });
    if (stop === null && stops.length > 0) break;
    if (stop !== null) stops.push(stop);
  }
  return stops;
}

test("the week editor: a new set shows no time inputs; a range is added and removed by posting the form, keeping what was typed", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const x = tag();
  const name = `Frühschicht ${x}`;
  await lotse.signIn(page, "manager", companyManager);
  await page.goto("/manager/business-hours/hours/new");
  await expect(heading(page)).toHaveText(b.addHoursSet);
  await lotse.checkOnce(page);
  const week = page.getByRole("group", { name: b.week, exact: true });

  await test.step("all days closed: seven choices and seven „Zeitraum hinzufügen“, no time input", async () => {
    await expect(week.locator("input")).toHaveCount(7 * 3);
    await expect(week.locator('input[type="time"]')).toHaveCount(0);
    for (const name of Object.keys(b.days) as (keyof typeof b.days)[]) {
      await expect(day(page, name).mode("closed")).toBeChecked();
    }
    const stops = await tabStopsIn(page, week, page.getByLabel(b.closedMessageEn, { exact: true }));
    expect(stops).toEqual(Object.keys(b.days).flatMap((d) => [`input#week-${d}-closed`, `button#addRange:${d}`]));
  });

  await test.step("Zeitraum hinzufügen: the day gets a range and „Zeiten“, the focus goes to it, the name stays", async () => {
    await page.getByLabel(b.name, { exact: true }).fill(name);
    const mon = day(page, "mon");
    await mon.addRange.click();
    await expect(mon.range(1, "from")).toBeFocused();
    await expect(mon.mode("ranges")).toBeChecked();
    await expect(mon.times).toHaveCount(2);
    await expect(page.getByLabel(b.name, { exact: true })).toHaveValue(name);
    await expect(week.locator('input[type="time"]')).toHaveCount(2);
    await lotse.check(page);
    await mon.range(1, "from").fill("08:00");
    await mon.range(1, "to").fill("12:00");
    await mon.addRange.click();
    await expect(mon.range(2, "from")).toBeFocused();
    await expect(mon.range(1, "from")).toHaveValue("08:00");
    await mon.range(2, "from").fill("13:00");
    await mon.range(2, "to").fill("17:00");
    const fri = day(page, "fri");
    await fri.addRange.click();
    await expect(fri.range(1, "from")).toBeFocused();
    await fri.range(1, "from").fill("22:00");
    await fri.range(1, "to").fill("02:00");
    expect(dbQuery(baseURL, "SELECT id FROM BusinessHoursSet WHERE name = ?", name)).toEqual([]);
  });

  await test.step("Zeitraum entfernen: the later range moves up, the focus goes to the day's „Zeitraum hinzufügen“", async () => {
    const mon = day(page, "mon");
    await mon.removeRange(1).click();
    await expect(mon.times).toHaveCount(2);
    await expect(mon.range(1, "from")).toHaveValue("13:00");
    await expect(mon.range(1, "to")).toHaveValue("17:00");
    await expect(mon.addRange).toBeFocused();
    await expect(day(page, "fri").range(1, "to")).toHaveValue("02:00");
    await lotse.check(page);
  });

  await test.step("Enter in a field saves (not the first „Zeitraum hinzufügen“)", async () => {
    await page.getByLabel(b.name, { exact: true }).press("Enter");
    await expect(page).toHaveURL(/\/manager\/business-hours\/hours\/[^/?]+$/);
    await expect(page.getByRole("status").filter({ hasText: de.Notices.businessHoursCreated })).toBeVisible();
    await expect(heading(page)).toHaveText(name);
    await lotse.checkOnce(page);
    const [row] = dbQuery<{ week: string }>(baseURL, "SELECT week FROM BusinessHoursSet WHERE name = ?", name);
    const closed = { mode: "closed", ranges: [] };
    expect(JSON.parse(row!.week)).toEqual([
      { mode: "ranges", ranges: [{ from: "13:00", to: "17:00" }] },
      closed,
      closed,
      closed,
      { mode: "ranges", ranges: [{ from: "22:00", to: "02:00" }] },
      closed,
      closed,
    ]);
    // The set's page shows its ranges and nothing empty.
    await expect(week.locator('input[type="time"]')).toHaveCount(4);
  });
});

test("a team manager with “Geschäftszeiten verwalten” edits the sets of their team's portal, and sees no others", async ({
  page,
  lotse,
  baseURL,
}) => {
  const x = tag();
  const pw = password();
  const names = {
    own: `Eigenes Portal ${x}`,
    foreign: `Fremdes Portal ${x}`,
    ownHours: `Eigene Zeiten ${x}`,
    foreignHours: `Fremde Zeiten ${x}`,
    ownHolidays: `Eigene Feiertage ${x}`,
  };
  const tm = { loginId: `tm-bh-${x}@lotse.test`, password: pw };
  const tmWithout = { loginId: `tm-ohne-${x}@lotse.test`, password: pw };
  const org = await seed(baseURL, {
    teams: [{ key: "north", name: `Nord ${x}` }],
    users: [
      {
        key: "tm",
        kind: "manager",
        role: "team",
        name: `Tina Zeit ${x}`,
        ...tm,
        teams: ["north"],
        rights: ["manageBusinessHours"],
      },
      {
        key: "tmWithout",
        kind: "manager",
        role: "team",
        name: `Theo Ohne ${x}`,
        ...tmWithout,
        teams: ["north"],
        rights: [],
      },
    ],
    portals: [
      {
        key: "own",
        name: names.own,
        slug: `eigen-${x}`,
        subPortals: [{ key: "own1", name: "Allgemein", slug: "allgemein", teams: ["north"] }],
      },
      {
        key: "foreign",
        name: names.foreign,
        slug: `fremd-${x}`,
        subPortals: [{ key: "f1", name: "Allgemein", slug: "allgemein" }],
      },
    ],
    hoursSets: [
      {
        key: "own",
        name: names.ownHours,
        timeZone: "Europe/Berlin",
        week: WEEKDAYS_9_TO_5,
        portals: ["own", "foreign"],
      },
      {
        key: "foreign",
        name: names.foreignHours,
        timeZone: "Europe/Berlin",
        week: WEEKDAYS_9_TO_5,
        portals: ["foreign"],
      },
    ],
    holidaySets: [
      {
        key: "own",
        name: names.ownHolidays,
        timeZone: "Europe/Berlin",
        dates: [{ name: "Neujahr", startDate: "2027-01-01", everyYear: true }],
        portals: ["own"],
      },
    ],
  });
  const ownId = org.hoursSets.own!;
  const nav = (p: Page) => p.getByRole("navigation", { name: de.Nav.label });
  const setRow = (region: Locator, name: string) =>
    region.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });

  await test.step("the list: only the sets of the team's portal; other portals only counted; nothing to add", async () => {
    await lotse.signIn(page, "manager", tm);
    await nav(page).getByRole("link", { name: de.Nav.businessHours, exact: true }).click();
    await expect(heading(page)).toHaveText(b.title);
    const hours = page.getByRole("region", { name: b.hoursSets, exact: true });
    await expect(hours.getByRole("row")).toHaveCount(2); // the header and the one set
    await expect(setRow(hours, names.ownHours).getByRole("cell").nth(2).getByRole("listitem")).toHaveText([
      names.own,
      icu(b.otherPortals, { count: 1 }),
    ]);
    await expect(page.getByRole("main")).not.toContainText(names.foreignHours);
    await expect(page.getByRole("main")).not.toContainText(names.foreign);
    await expect(
      setRow(page.getByRole("region", { name: b.holidaySets, exact: true }), names.ownHolidays),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: b.addHoursSet, exact: true })).toHaveCount(0);
    await expect(page.getByRole("link", { name: b.addHolidaySet, exact: true })).toHaveCount(0);
    await lotse.checkOnce(page);
  });

  await test.step("edit the set: name and hours, but not its portals; no Löschen", async () => {
    await page.getByRole("link", { name: names.ownHours, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/manager/business-hours/hours/${ownId}$`));
    await expect(heading(page)).toHaveText(names.ownHours);
    const portals = page.getByRole("region", { name: b.portals });
    await expect(portals).toContainText(b.portalsReadOnly);
    await expect(portals.getByRole("listitem")).toHaveText([names.own, icu(b.otherPortals, { count: 1 })]);
    await expect(page.getByRole("checkbox", { name: names.own, exact: true })).toHaveCount(0);
    await expect(page.getByRole("link", { name: b.delete, exact: true })).toHaveCount(0);
    await lotse.checkOnce(page);

    await page.getByLabel(b.name, { exact: true }).fill(`${names.ownHours} neu`);
    await day(page, "sat").set("ranges", ["10:00", "14:00"]);
    await page.getByRole("button", { name: b.save, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/manager/business-hours/hours/${ownId}$`));
    await expect(page.getByRole("status")).toHaveText(de.Notices.saved);
    await expect(heading(page)).toHaveText(`${names.ownHours} neu`);
    const [row] = dbQuery<{ name: string; week: string }>(
      baseURL,
      "SELECT name, week FROM BusinessHoursSet WHERE id = ?",
      ownId,
    );
    expect(row!.name).toBe(`${names.ownHours} neu`);
    expect(JSON.parse(row!.week)[5]).toEqual({ mode: "ranges", ranges: [{ from: "10:00", to: "14:00" }] });
    // The assignment is the company manager's: unchanged.
    expect(
      dbQuery(baseURL, "SELECT portalId FROM PortalBusinessHours WHERE setId = ? ORDER BY portalId", ownId),
    ).toEqual([org.portals.own!, org.portals.foreign!].sort().map((portalId) => ({ portalId })));
  });

  await test.step("a foreign portal's set, adding and deleting sets: not found", async () => {
    for (const url of [
      `/manager/business-hours/hours/${org.hoursSets.foreign}`,
      "/manager/business-hours/hours/new",
      `/manager/business-hours/hours/${ownId}/delete`,
      "/manager/business-hours/holidays/new",
      `/manager/business-hours/holidays/${org.holidaySets.own}/delete`,
      `/manager/business-hours?portal=${org.portals.foreign}`,
    ]) {
      await expectNotFound(page, lotse, url);
    }
  });

  await test.step("without the right: no navigation item, and the pages are not found", async () => {
    const other = await lotse.newPage();
    await lotse.signIn(other, "manager", tmWithout);
    await expect(nav(other).getByRole("link", { name: de.Nav.teams, exact: true })).toBeVisible();
    await expect(nav(other).getByRole("link", { name: de.Nav.businessHours, exact: true })).toHaveCount(0);
    await expectNotFound(other, lotse, "/manager/business-hours");
    await expectNotFound(other, lotse, `/manager/business-hours/hours/${ownId}`);
    await expectNotFound(other, lotse, `/manager/business-hours/holidays/${org.holidaySets.own}`);
  });
});
