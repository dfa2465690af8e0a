import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import type { ReportParams } from "@/lib/reports/report-params";
import {
  deleteSavedReport,
  listSavedReports,
  runSavedReport,
  saveReport,
  updateSavedReport,
} from "@/lib/reports/saved-reports";
import { createPortalRecord, createTeamRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";

/** Whole 24-hour days later: the expiry counts them so, wherever the server runs. */
const daysAfter = (at: Date, days: number) => new Date(at.getTime() + days * 86_400_000);
import { resetDatabase } from "@/test/reset-database";
import { lastWeekSummary } from "./fixtures";

beforeEach(resetDatabase);

const now = new Date("2026-11-20T10:00:00Z");
const lastWeek: ReportParams = { ...lastWeekSummary, grouping: "day" };

async function managers() {
  const support = await createTeamRecord("Support");
  const sales = await createTeamRecord("Vertrieb");
  const salesPortal = await createPortalRecord({ name: "Verkauf", teamIds: [sales.id] });
  const company = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" }));
  const teamManager = await signedInPrincipal(
    await createUserRecord({ kind: "manager", role: "team", teamIds: [support.id] }),
  );
  return { support, sales, salesPortal, company, teamManager };
}

describe("Meine Berichte", () => {
  it("keeps a report under its name for 90 days, each viewer their own", async () => {
    const m = await managers();
    const id = await saveReport(m.company, { name: "  Woche  ", params: lastWeek }, now);
    expect(await listSavedReports(m.company, now)).toEqual([
      { id, name: "Woche", params: lastWeek, expiresAt: daysAfter(now, 90), schedule: null },
    ]);
    expect(await listSavedReports(m.teamManager, now)).toEqual([]);
    // Another's saved report is not found, whatever is done with it.
    await expect(runSavedReport(m.teamManager, id, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateSavedReport(m.teamManager, id, { name: "x", params: lastWeek }, now)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(deleteSavedReport(m.teamManager, id, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(runSavedReport(m.company, ["not", "an", "id"], now)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.savedReport.count()).toBe(1);
  });

  it("renews the 90 days when it runs or is edited, and is gone once they are over", async () => {
    const m = await managers();
    const id = await saveReport(m.company, { name: "Woche", params: lastWeek }, now);
    const later = daysAfter(now, 60);
    expect(await runSavedReport(m.company, id, later)).toEqual(lastWeek);
    expect((await listSavedReports(m.company, later))[0]!.expiresAt).toEqual(daysAfter(later, 90));
    const muchLater = daysAfter(later, 80);
    await updateSavedReport(
      m.company,
      id,
      { name: "Monat", params: { ...lastWeek, period: { kind: "lastMonth" } } },
      muchLater,
    );
    const [edited] = await listSavedReports(m.company, muchLater);
    expect(edited).toMatchObject({
      name: "Monat",
      params: { period: { kind: "lastMonth" } },
      expiresAt: daysAfter(muchLater, 90),
    });
    expect(await listSavedReports(m.company, daysAfter(muchLater, 91))).toEqual([]);
    await expect(runSavedReport(m.company, id, daysAfter(muchLater, 91))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("saves nothing that could not run: no name, a filter outside the scope, a Zeitraum too far back", async () => {
    const m = await managers();
    await expect(saveReport(m.company, { name: " ", params: lastWeek }, now)).rejects.toMatchObject({
      fieldErrors: { name: "reportNameRequired" },
    });
    await expect(
      saveReport(m.teamManager, { name: "Vertrieb", params: { ...lastWeek, teamId: m.sales.id } }, now),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      saveReport(m.teamManager, { name: "Verkauf", params: { ...lastWeek, portalId: m.salesPortal.id } }, now),
    ).rejects.toBeInstanceOf(NotFoundError);
    const tooOld = { ...lastWeek, period: { kind: "custom" as const, startDate: "2026-08-01", endDate: "2026-08-31" } };
    const error = await saveReport(m.company, { name: "August", params: tooOld }, now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ startDate: "reportPeriodTooFarBack" });
    expect(await db.savedReport.count()).toBe(0);
  });

  it("deletes one's own saved report", async () => {
    const m = await managers();
    const id = await saveReport(m.company, { name: "Woche", params: lastWeek }, now);
    expect(await deleteSavedReport(m.company, id, now)).toBe("Woche");
    expect(await listSavedReports(m.company, now)).toEqual([]);
  });
});
