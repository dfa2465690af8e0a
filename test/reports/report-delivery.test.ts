// E-Mail-Zustellung (manual chapter 5) on a real SQLite file and a real SMTP server on loopback, with
// a fake clock: the job is handed the time it runs at.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { deliverDueEmails } from "@/lib/mail/deliver-due-emails";
import { deleteManagers } from "@/lib/managers/managers";
import { deliverScheduledReports } from "@/lib/reports/delivery/deliver-scheduled-reports";
import { pauseSchedule, resumeSchedule } from "@/lib/reports/delivery/report-schedules";
import type { DeliverySchedule } from "@/lib/reports/delivery/schedule";
import type { ReportParams } from "@/lib/reports/report-params";
import { listSavedReports, saveReport, updateSavedReport } from "@/lib/reports/saved-reports";
import { updateMySettings } from "@/lib/users/update-my-settings";
import { createTeamRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { startSmtpCapture } from "@/test/smtp-capture";
import { at, day, lastWeekSummary } from "./fixtures";

let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
beforeAll(async () => (smtp = await startSmtpCapture()));
afterAll(() => smtp.close());
beforeEach(async () => {
  await resetDatabase();
  smtp.messages.length = 0;
});

const lastWeek = lastWeekSummary;
const daily: DeliverySchedule = { frequency: "daily", weekday: null, monthDay: null, time: "02:30", format: "csv" };

async function companyManager(timeZone = "Europe/Berlin", language: "de" | "en" = "de") {
  const user = await createUserRecord({
    kind: "manager",
    role: "company",
    timeZone,
    language,
    email: "chefin@lotse.test",
  });
  return signedInPrincipal(user);
}

/**
 * Runs the job every `stepMinutes` from `from` to `to`, as the scheduler's ticks would; returns the
 * times of the ticks that queued mail, once for each mail.
 */
async function runClock(from: Date, to: Date, stepMinutes = 10): Promise<Date[]> {
  const sent: Date[] = [];
  for (let t = from.getTime(); t <= to.getTime(); t += stepMinutes * 60_000) {
    const queuedNow = await deliverScheduledReports(new Date(t));
    for (let i = 0; i < queuedNow; i++) sent.push(new Date(t));
  }
  return sent;
}

const queued = () => db.outboxEmail.findMany({ orderBy: { createdAt: "asc" }, include: { attachments: true } });
const localDay = (at: Date, timeZone: string) => new Intl.DateTimeFormat("sv-SE", { timeZone }).format(at);

describe("E-Mail-Zustellung", () => {
  it("sends a daily series exactly once a day across a change of the clock, at the time on the owner's clock", async () => {
    for (const [timeZone, time, from, to] of [
      // Berlin turns back on 2026-10-25: 02:30 happens twice that night.
      ["Europe/Berlin", "02:30", "2026-10-23T00:00:00Z", "2026-10-27T23:50:00Z"],
      // New York turns back on 2026-11-01: 01:30 happens twice.
      ["America/New_York", "01:30", "2026-10-30T04:00:00Z", "2026-11-04T03:50:00Z"],
    ] as const) {
      await resetDatabase();
      const owner = await companyManager(timeZone);
      await saveReport(owner, { name: "Täglich", params: lastWeek, schedule: { ...daily, time } }, at(from));
      const sent = await runClock(at(from), at(to));
      const days = sent.map((tick) => localDay(tick, timeZone));
      expect(days, timeZone).toEqual([...new Set(days)]);
      expect(days, timeZone).toHaveLength(5);
      expect(await queued(), timeZone).toHaveLength(5);
      // Each at the first tick after its slot on the owner's clock (ticks are 10 minutes apart).
      const clock = new Intl.DateTimeFormat("de-DE", { timeZone, hour: "2-digit", minute: "2-digit" });
      const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
      for (const tick of sent) {
        const late = minutes(clock.format(tick)) - minutes(time);
        expect(late).toBeGreaterThanOrEqual(0);
        expect(late).toBeLessThan(10);
      }
    }
  });

  it("sends once, not once per missed slot, when the server was down over the delivery times", async () => {
    const owner = await companyManager();
    const weekly = { ...daily, frequency: "weekly", weekday: 1, time: "07:00" } as const;
    // 2026-11-18 is a Wednesday: the first delivery is Monday 2026-11-23, 07:00 in Berlin.
    await saveReport(owner, { name: "Woche", params: lastWeek, schedule: weekly }, at("2026-11-18T12:00:00Z"));
    expect((await db.reportSchedule.findFirstOrThrow()).nextAt).toEqual(at("2026-11-23T06:00:00Z"));
    // The server comes back three weeks later, on Thursday 2026-12-10.
    const back = at("2026-12-10T09:00:00Z");
    expect(await deliverScheduledReports(back)).toBe(1);
    expect(await deliverScheduledReports(new Date(back.getTime() + 60_000))).toBe(0);
    expect(await queued()).toHaveLength(1);
    expect((await db.reportSchedule.findFirstOrThrow()).nextAt).toEqual(at("2026-12-14T06:00:00Z"));
  });

  it("never sends twice when a run dies in the middle, nor when two runs meet", async () => {
    const owner = await companyManager();
    await saveReport(owner, { name: "Täglich", params: lastWeek, schedule: daily }, at("2026-11-18T12:00:00Z"));
    const due = at("2026-11-19T02:00:00Z");
    // The run dies after its claim, while queueing the mail: SQLite refuses the insert.
    await db.$executeRawUnsafe(
      `CREATE TRIGGER "crash" BEFORE INSERT ON "OutboxEmail" BEGIN SELECT RAISE(ABORT, 'crash'); END`,
    );
    expect(await deliverScheduledReports(due)).toBe(0);
    await db.$executeRawUnsafe(`DROP TRIGGER "crash"`);
    // Nothing of the dead run is left: the slot is still due, and no mail is queued.
    expect((await db.reportSchedule.findFirstOrThrow()).nextAt).toEqual(at("2026-11-19T01:30:00Z"));
    expect(await queued()).toHaveLength(0);
    // The next runs, two at the same time (another process), queue it once.
    const counts = await Promise.all([deliverScheduledReports(due), deliverScheduledReports(due)]);
    expect(counts.sort()).toEqual([0, 1]);
    expect(await deliverScheduledReports(due)).toBe(0);
    expect(await queued()).toHaveLength(1);
  });

  it("mails the report to the owner's address through the outbox, the file readable (CSV and XLSX)", async () => {
    await day();
    const owner = await companyManager("Europe/Berlin", "de");
    const params: ReportParams = {
      ...lastWeek,
      type: "agentPerformance",
      period: { kind: "custom", startDate: "2026-11-01", endDate: "2026-11-01" },
    };
    const created = at("2026-11-05T12:00:00Z");
    await saveReport(owner, { name: "Leistung CSV", params, schedule: { ...daily, time: "07:00" } }, created);
    await saveReport(
      owner,
      { name: "Leistung XLSX", params, schedule: { ...daily, time: "07:00", format: "xlsx" } },
      created,
    );
    expect(await deliverScheduledReports(at("2026-11-06T06:00:00Z"))).toBe(2);
    const transport = nodemailer.createTransport(smtp.url);
    expect(await deliverDueEmails({ transport, now: new Date() })).toEqual({ sent: 2, failed: 0 });

    const csvMail = smtp.messages.find((mail) => mail.subject.includes("Leistung CSV"))!;
    expect(csvMail).toMatchObject({ to: "chefin@lotse.test", subject: "Bericht „Leistung CSV“: 01.11.2026" });
    expect(csvMail.attachments).toHaveLength(1);
    const csv = parse(csvMail.attachments[0]!.content, { bom: true, delimiter: ";", columns: true }) as Record<
      string,
      string
    >[];
    expect(csv.map((row) => [row.Mitarbeiter, row.Sitzungen])).toEqual([
      ["Anna Muster", "3"],
      ["Bert Beispiel", "1"],
    ]);

    const xlsxMail = smtp.messages.find((mail) => mail.subject.includes("Leistung XLSX"))!;
    expect(xlsxMail.attachments[0]!.filename).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsxMail.attachments[0]!.content as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((row) => [row[1], row[2]])).toEqual([
      ["Anna Muster", 3],
      ["Bert Beispiel", 1],
    ]);
  });

  it("puts the report itself in the mail's body, its chart as table cells, in the owner's language", async () => {
    await day();
    const owner = await companyManager("America/New_York", "en");
    const params: ReportParams = {
      ...lastWeek,
      type: "agentPerformance",
      period: { kind: "custom", startDate: "2026-10-31", endDate: "2026-11-01" },
    };
    await saveReport(
      owner,
      { name: "Team", params, schedule: { ...daily, time: "07:00", format: "html" } },
      at("2026-11-05T12:00:00Z"),
    );
    expect(await deliverScheduledReports(at("2026-11-06T12:00:00Z"))).toBe(1);
    const [mail] = await queued();
    expect(mail!.subject).toBe("Report “Team”: Oct 31, 2026 – Nov 1, 2026");
    expect(mail!.attachments).toEqual([]);
    expect(mail!.html).toContain("Anna Muster");
    expect(mail!.html).toMatch(/<table role="presentation" width="100%"/);
    expect(mail!.html).not.toMatch(/<svg|<img|<script/);
    expect(mail!.text).toContain("Bert Beispiel");
  });

  it("needs Berichte planen, stops a series whose owner lost it, and audits the stop", async () => {
    const support = await createTeamRecord("Support");
    const withRight = await createUserRecord({
      kind: "manager",
      role: "team",
      teamIds: [support.id],
      rights: ["scheduleReports"],
    });
    const teamManager = await signedInPrincipal(withRight);
    const without = await signedInPrincipal(
      await createUserRecord({ kind: "manager", role: "team", teamIds: [support.id] }),
    );
    const created = at("2026-11-18T12:00:00Z");
    await expect(saveReport(without, { name: "x", params: lastWeek, schedule: daily }, created)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const plain = await saveReport(without, { name: "ohne", params: lastWeek }, created);
    await expect(
      updateSavedReport(without, plain, { name: "ohne", params: lastWeek, schedule: daily }, created),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.reportSchedule.count()).toBe(0);

    await saveReport(teamManager, { name: "Team", params: lastWeek, schedule: daily }, created);
    await db.managerProfile.update({ where: { userId: withRight.id }, data: { rights: "[]" } });
    expect(await deliverScheduledReports(at("2026-11-19T02:00:00Z"))).toBe(0);
    expect(await queued()).toHaveLength(0);
    const [entry] = await listSavedReports(teamManager, created);
    expect(entry!.schedule).toMatchObject({ paused: true, stoppedReason: "rightRevoked" });
    const stopped = await db.auditLog.findFirstOrThrow({ where: { action: "reportDelivery.stopped" } });
    expect(stopped).toMatchObject({ actorLabel: "system:reportDelivery", targetId: entry!.id });
    expect(JSON.parse(stopped.summary)).toMatchObject({ name: "Team", reason: "rightRevoked" });
    // Resuming needs the right back.
    await expect(resumeSchedule(teamManager, entry!.id, created)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("records the series of a deleted owner as stopped", async () => {
    const company = await companyManager();
    const support = await createTeamRecord("Support");
    const user = await createUserRecord({
      kind: "manager",
      role: "team",
      teamIds: [support.id],
      rights: ["scheduleReports"],
    });
    const id = await saveReport(await signedInPrincipal(user), { name: "Team", params: lastWeek, schedule: daily });
    await deleteManagers(company, [user.id]);
    expect(await db.reportSchedule.count()).toBe(0);
    const stopped = await db.auditLog.findFirstOrThrow({ where: { action: "reportDelivery.stopped" } });
    expect(stopped.targetId).toBe(id);
    expect(JSON.parse(stopped.summary)).toMatchObject({ reason: "ownerDeleted", ownerId: user.id });
  });

  it("sends nothing while paused, and resumes with the next slot from then", async () => {
    const owner = await companyManager();
    const id = await saveReport(owner, { name: "T", params: lastWeek, schedule: daily }, at("2026-11-18T12:00:00Z"));
    await pauseSchedule(owner, id, at("2026-11-18T13:00:00Z"));
    expect(await deliverScheduledReports(at("2026-11-25T12:00:00Z"))).toBe(0);
    await resumeSchedule(owner, id, at("2026-11-25T12:00:00Z"));
    expect((await db.reportSchedule.findFirstOrThrow()).nextAt).toEqual(at("2026-11-26T01:30:00Z"));
    expect(await deliverScheduledReports(at("2026-11-26T01:30:00Z"))).toBe(1);
    const actions = await db.auditLog.findMany({ orderBy: { at: "asc" }, select: { action: true } });
    expect(actions.map((row) => row.action)).toEqual([
      "reportDelivery.scheduled",
      "reportDelivery.paused",
      "reportDelivery.resumed",
    ]);
  });

  it("keeps a series that is sent from expiring, as each delivery runs the saved report", async () => {
    const owner = await companyManager();
    const monthly = { ...daily, frequency: "monthly", monthDay: 31, time: "07:00" } as const;
    await saveReport(owner, { name: "Monat", params: lastWeek, schedule: monthly }, at("2026-11-18T12:00:00Z"));
    // Five months of deliveries, on each month's last day: 150 days, past the 90 of a saved report.
    const sent = await runClock(at("2026-11-18T12:00:00Z"), at("2027-04-30T12:00:00Z"), 12 * 60);
    const days = sent.map((tick) => localDay(tick, "Europe/Berlin"));
    expect(days).toEqual(["2026-11-30", "2026-12-31", "2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"]);
  });

  it("sends at the same time on the owner's new clock when they change their time zone", async () => {
    const owner = await companyManager("Europe/Berlin");
    await saveReport(owner, { name: "T", params: lastWeek, schedule: { ...daily, time: "07:00" } });
    await updateMySettings(owner, {
      email: owner.email,
      timeZone: "America/New_York",
      language: "de",
      currentPassword: "",
      newPassword: "",
      newPasswordConfirm: "",
    });
    const { nextAt, timeZone } = await db.reportSchedule.findFirstOrThrow();
    expect(timeZone).toBe("America/New_York");
    const clock = new Intl.DateTimeFormat("de-DE", { timeZone, hour: "2-digit", minute: "2-digit" });
    expect(clock.format(nextAt)).toBe("07:00");
    expect(nextAt.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
  });
});
