import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/principal";
import { db } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { readForm } from "@/lib/forms/form-fields";
import { computeMonthlyReports } from "@/lib/monthly-reports/compute";
import { downloadMonthlyResult } from "@/lib/monthly-reports/download";
import {
  type MonthlyReportInput,
  type MonthlyReportParams,
  monthlyReportFields,
  monthlyReportFromForm,
} from "@/lib/monthly-reports/monthly-report-params";
import {
  createMonthlyReport,
  deleteMonthlyReport,
  monthlyReport,
  searchMonthlyReports,
} from "@/lib/monthly-reports/monthly-reports";
import { monthlyResult } from "@/lib/monthly-reports/monthly-result";
import { type MonthlySearch, parseMonthlySearch } from "@/lib/monthly-reports/search-params";
import { purgeExpiredSessionContent } from "@/lib/session-information/retention";
import { createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { day } from "@/test/reports/fixtures";

beforeEach(resetDatabase);

/** Early December 2026: November (the fixture's day, 1 November) is the month that ended last. */
const now = new Date("2026-12-05T10:00:00Z");
const all: MonthlySearch = { name: null, type: null, fromMonth: null, toMonth: null };

const params = (overrides: Partial<MonthlyReportParams> = {}): MonthlyReportParams => ({
  type: "summary",
  portalId: null,
  subPortalId: null,
  teamId: null,
  agentId: null,
  grouping: "none",
  ...overrides,
});
const input = (name: string, overrides: Partial<MonthlyReportParams> = {}): MonthlyReportInput => ({
  name,
  params: params(overrides),
  format: "csv",
});

async function people(timeZone = "Europe/Berlin") {
  const org = await day();
  const manager = (spec: Parameters<typeof createUserRecord>[0]) =>
    createUserRecord({ timeZone, language: "de", ...spec }).then((user) => signedInPrincipal(user));
  return {
    ...org,
    company: await manager({ kind: "manager", role: "company" }),
    company2: await manager({ kind: "manager", role: "company" }),
    teamManager: await manager({
      kind: "manager",
      role: "team",
      teamIds: [org.support.id],
      rights: ["monthlyReports"],
    }),
    teamManagerWithout: await manager({ kind: "manager", role: "team", teamIds: [org.support.id], rights: [] }),
    api: await manager({ kind: "manager", role: "api" }),
    agent: await signedInPrincipal(
      await db.user.findUniqueOrThrow({ where: { id: org.agents.anna.id }, include: { manager: true, agent: true } }),
    ),
  };
}

const text = async (body: ReadableStream<Uint8Array>) => Buffer.from(await new Response(body).arrayBuffer());

async function csvOf(actor: Principal, resultId: string) {
  const file = await downloadMonthlyResult(actor, resultId, "csv", now);
  expect(file.contentType).toBe("text/csv; charset=utf-8");
  return parse((await text(file.body)).toString("utf8").slice(1), { delimiter: ";", columns: true }) as Record<
    string,
    string
  >[];
}

async function xlsxOf(actor: Principal, resultId: string) {
  const file = await downloadMonthlyResult(actor, resultId, "xlsx", now);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await text(file.body)) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  return sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : row));
}

async function onlyResult(owner: Principal) {
  const [entry] = await searchMonthlyReports(owner, all, now);
  expect(entry?.months).toHaveLength(1);
  return entry!.months[0]!;
}

describe("Monatliche Berichte: creating one", () => {
  it("reads the form: a name, a type other than Sitzungsdetails, a format", () => {
    // What the action does with a submitted form.
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries(fields)) data.append(name, value);
      const read = readForm(monthlyReportFields, data);
      if (!read.ok) throw new Error(JSON.stringify(read.fieldErrors));
      return read.values;
    };
    expect(monthlyReportFromForm(form({ name: " Monat ", type: "agentPerformance", format: "pdf" }))).toEqual({
      name: "Monat",
      format: "pdf",
      params: params({ type: "agentPerformance" }),
    });
    const error = (fields: Record<string, string>) => {
      try {
        monthlyReportFromForm(form(fields));
      } catch (e) {
        return (e as ValidationError).fieldErrors;
      }
      return null;
    };
    expect(error({ name: "", type: "sessionDetails", format: "" })).toEqual({
      name: "reportNameRequired",
      type: "monthlyReportTypeUnavailable",
      format: "monthlyReportFormatRequired",
    });
    expect(error({ name: "x", type: "summary", format: "doc", portal: "nonsense" })).toEqual({
      portalId: "reportFilterInvalid",
      format: "monthlyReportFormatRequired",
    });
  });

  it("computes the month that ended last at once, for its owner only", async () => {
    const p = await people();
    const id = await createMonthlyReport(p.company, input("November"), now);
    const [entry] = await searchMonthlyReports(p.company, all, now);
    expect(entry).toMatchObject({ id, name: "November", format: "csv", params: params() });
    expect(entry!.months.map((m) => m.month)).toEqual(["2026-11"]);
    const result = await monthlyResult(p.company, entry!.months[0]!.id, now);
    expect(result.period).toEqual({ from: new Date("2026-10-31T23:00:00Z"), to: new Date("2026-11-30T23:00:00Z") });
    expect(result.snapshot.result).toMatchObject({ type: "summary", summary: { sessionsStarted: 4 } });
    expect(await db.auditLog.count({ where: { action: "monthlyReport.created", targetId: id } })).toBe(1);
    // Nobody sees another's: not listed, not found, not deleted.
    expect(await searchMonthlyReports(p.company2, all, now)).toEqual([]);
    await expect(monthlyResult(p.company2, entry!.months[0]!.id, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(downloadMonthlyResult(p.company2, entry!.months[0]!.id, "csv", now)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(deleteMonthlyReport(p.company2, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(monthlyReport(p.company, ["not", "an", "id"])).rejects.toBeInstanceOf(NotFoundError);
  });

  it("is for company managers and team managers with the right, within their teams; nobody else", async () => {
    const p = await people();
    await expect(
      createMonthlyReport(p.teamManager, input("Vertrieb", { teamId: p.sales.id }), now),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      createMonthlyReport(p.teamManager, input("Verkauf", { portalId: p.shop.id }), now),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      createMonthlyReport(p.teamManager, input("Bert", { agentId: p.agents.bert.id }), now),
    ).rejects.toBeInstanceOf(NotFoundError);
    for (const outsider of [p.teamManagerWithout, p.api, p.agent]) {
      await expect(createMonthlyReport(outsider, input("Nein"), now)).rejects.toBeInstanceOf(NotFoundError);
      await expect(searchMonthlyReports(outsider, all, now)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await db.monthlyReport.count()).toBe(0);
    await createMonthlyReport(p.teamManager, input("Support", { teamId: p.support.id }), now);
    const result = await monthlyResult(p.teamManager, (await onlyResult(p.teamManager)).id, now);
    // Anna's three sessions of November, Bert's (another team) not.
    expect(result.snapshot.result).toMatchObject({ summary: { sessionsStarted: 3 } });
    expect(result.snapshot.filters.team).toBe("Support");
    // The right taken away: the month is not found any more, nor downloadable.
    await db.managerProfile.update({ where: { userId: p.teamManager.userId }, data: { rights: "[]" } });
    await expect(monthlyResult(p.teamManager, result.id, now)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the monthly job", () => {
  it("computes each month once it has ended, once, and skips months already there", async () => {
    const p = await people();
    const id = await createMonthlyReport(p.company, input("Monat"), now);
    expect(await computeMonthlyReports(now)).toEqual({ computed: 0, skipped: 0, expired: 0 });
    const january = new Date("2027-01-03T00:00:00Z");
    expect(await computeMonthlyReports(january)).toEqual({ computed: 1, skipped: 0, expired: 0 });
    expect(await computeMonthlyReports(january)).toEqual({ computed: 0, skipped: 0, expired: 0 });
    const months = await db.monthlyReportResult.findMany({ where: { monthlyReportId: id }, orderBy: { month: "asc" } });
    expect(months.map((m) => m.month)).toEqual(["2026-11", "2026-12"]);
    expect(months[1]).toMatchObject({
      timeZone: "Europe/Berlin",
      periodFrom: new Date("2026-11-30T23:00:00Z"),
      periodTo: new Date("2026-12-31T23:00:00Z"),
      computedAt: january,
      expiresAt: new Date("2027-12-31T23:00:00Z"),
    });
  });

  it("takes the owner's month: New York's November is an hour longer than 30 days", async () => {
    const p = await people("America/New_York");
    await createMonthlyReport(p.company, input("New York"), now);
    const result = await monthlyResult(p.company, (await onlyResult(p.company)).id, now);
    expect(result.period).toEqual({ from: new Date("2026-11-01T04:00:00Z"), to: new Date("2026-12-01T05:00:00Z") });
    expect(result.timeZone).toBe("America/New_York");
    // The session that began at 23:58 UTC on 31 October began on 31 October in New York: not November's.
    expect(result.snapshot.result).toMatchObject({ summary: { sessionsStarted: 3 } });
  });

  it("skips a month its owner may not have any more, and says so once", async () => {
    const p = await people();
    const id = await createMonthlyReport(p.teamManager, input("Support", { teamId: p.support.id }), now);
    await db.managerProfile.update({ where: { userId: p.teamManager.userId }, data: { rights: "[]" } });
    const january = new Date("2027-01-03T00:00:00Z");
    expect(await computeMonthlyReports(january)).toMatchObject({ computed: 0, skipped: 1 });
    expect(await computeMonthlyReports(january)).toMatchObject({ computed: 0, skipped: 1 });
    const audits = await db.auditLog.findMany({ where: { action: "monthlyReport.skipped", targetId: id } });
    expect(audits.map((a) => JSON.parse(a.summary) as unknown)).toEqual([{ name: "Support", month: "2026-12" }]);
    expect(await db.monthlyReportResult.count({ where: { monthlyReportId: id } })).toBe(1);
  });

  it("deletes a month a year after it ended; the purge of session content leaves the months alone", async () => {
    const p = await people();
    await createMonthlyReport(p.company, input("Jahr"), now);
    await purgeExpiredSessionContent(new Date("2027-06-01T00:00:00Z"));
    expect(await db.supportSession.count({ where: { contentPurgedAt: { not: null } } })).toBeGreaterThan(0);
    expect(await db.monthlyReportResult.count()).toBe(1);
    expect(await computeMonthlyReports(new Date("2027-11-30T22:59:59Z"))).toMatchObject({ expired: 0 });
    expect((await computeMonthlyReports(new Date("2027-11-30T23:00:00Z"))).expired).toBe(1);
    expect(await db.monthlyReportResult.count({ where: { month: "2026-11" } })).toBe(0);
  });
});

describe("Download of a month whose sessions are gone", () => {
  it("gives the same figures as when it was computed, as CSV, XLSX and PDF", async () => {
    const p = await people();
    await createMonthlyReport(p.company, input("Zusammenfassung", { grouping: "agent" }), now);
    await createMonthlyReport(p.company, { ...input("Leistung", { type: "agentPerformance" }), format: "xlsx" }, now);
    await createMonthlyReport(p.company, input("Umfrage", { type: "customerSurvey" }), now);
    const entries = await searchMonthlyReports(p.company, all, now);
    expect(entries.map((e) => e.name)).toEqual(["Leistung", "Umfrage", "Zusammenfassung"]);
    const ids = entries.map((e) => e.months[0]!.id);
    const before = await Promise.all(
      ids.map(async (id) => ({ csv: await csvOf(p.company, id), xlsx: await xlsxOf(p.company, id) })),
    );
    const summary = before[2]!.csv.find((row) => row.Mitarbeiter === "Gesamt")!;
    expect(summary["Sitzungen gestartet"]).toBe("4");
    expect(before[0]!.csv.map((row) => [row.Mitarbeiter, row.Sitzungen])).toEqual([
      ["Anna Muster", "3"],
      ["Bert Beispiel", "1"],
    ]);

    // Every trace of November gone: content purged, then the rows themselves and the daily rollup.
    await purgeExpiredSessionContent(new Date("2027-06-01T00:00:00Z"));
    await db.supportSession.deleteMany({});
    await db.activityEvent.deleteMany({});
    await db.reportDayAgent.deleteMany({});
    await db.reportDayPortal.deleteMany({});
    await db.reportDayRollup.deleteMany({});

    const after = await Promise.all(
      ids.map(async (id) => ({ csv: await csvOf(p.company, id), xlsx: await xlsxOf(p.company, id) })),
    );
    expect(after).toEqual(before);

    const pdf = await downloadMonthlyResult(p.company, ids[2], "pdf", now);
    expect(pdf.contentType).toBe("application/pdf");
    expect(pdf.disposition).toContain("Lotse-Zusammenfassung-2026-11.pdf");
    const bytes = await text(pdf.body);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.subarray(-6).toString("latin1")).toContain("%%EOF");
    expect(bytes.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(1);
    // The document's title (its Info dictionary, UTF-16 with a byte order mark): the report's name and month.
    const title = Buffer.from("\ufeffZusammenfassung – November 2026", "utf16le").swap16();
    expect(bytes.includes(title)).toBe(true);
    expect(await db.auditLog.count({ where: { action: "monthlyReport.downloaded" } })).toBe(13);
  });
});

describe("Monatlichen Bericht wählen: Suchen", () => {
  it("finds by name, type and a range of months, and names what is wrong with a range", async () => {
    const p = await people();
    await createMonthlyReport(p.company, input("Leistung Support", { type: "agentPerformance" }), now);
    await createMonthlyReport(p.company, input("Alles"), now);
    const names = async (search: Partial<MonthlySearch>) =>
      (await searchMonthlyReports(p.company, { ...all, ...search }, now)).map((e) => e.name);
    expect(await names({})).toEqual(["Alles", "Leistung Support"]);
    expect(await names({ name: "support" })).toEqual(["Leistung Support"]);
    expect(await names({ type: "summary" })).toEqual(["Alles"]);
    expect(await names({ fromMonth: "2026-11", toMonth: "2026-11" })).toEqual(["Alles", "Leistung Support"]);
    expect(await names({ fromMonth: "2026-12" })).toEqual([]);
    // A report without a month yet is listed (so it can be deleted), whatever the range.
    await db.monthlyReportResult.deleteMany({});
    expect(await names({ fromMonth: "2026-12" })).toEqual(["Alles", "Leistung Support"]);

    expect(parseMonthlySearch({ name: " x ", type: "", fromMonth: "2026-01", toMonth: "" })).toEqual({
      name: "x",
      type: null,
      fromMonth: "2026-01",
      toMonth: null,
    });
    const errors = (fields: Record<string, string>) => {
      try {
        parseMonthlySearch(fields);
      } catch (e) {
        return (e as ValidationError).fieldErrors;
      }
      return null;
    };
    expect(errors({ fromMonth: "2026-13", toMonth: "Mai" })).toEqual({
      fromMonth: "monthInvalid",
      toMonth: "monthInvalid",
    });
    expect(errors({ fromMonth: "2026-11", toMonth: "2026-10" })).toEqual({ toMonth: "monthRangeReversed" });
    expect(errors({ type: "sessionDetails" })).toEqual({ type: "monthlyReportTypeUnavailable" });
  });
});
