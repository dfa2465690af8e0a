import { db } from "@/lib/db/client";
import { TEAM_MANAGER_RIGHTS } from "@/lib/access/rights";
import type { HoursSetInput, HolidaySetInput } from "@/lib/business-hours/set-input";
import type { WeekInput } from "@/lib/business-hours/week";
import { createPortalRecord, createTeamRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";

/**
 * Support › Level 1 serves "Hilfe" (through its first sub-portal), Vertrieb serves "Shop"; "Alt" is
 * a deleted portal Support served. Team manager A (Support, every right) may manage business hours,
 * team manager B (Vertrieb, no rights) may not.
 */
export async function buildBusinessHoursWorld() {
  const support = await createTeamRecord("Support");
  const level1 = await createTeamRecord("Level 1", support.id);
  const sales = await createTeamRecord("Vertrieb");
  const own = await createPortalRecord({ name: "Hilfe", teamIds: [level1.id] });
  const foreign = await createPortalRecord({ name: "Shop", teamIds: [sales.id] });
  const deleted = await createPortalRecord({ name: "Alt", teamIds: [support.id] });
  await db.portal.update({
    where: { id: deleted.id },
    data: { deletedAt: new Date(), slug: null },
  });
  const principals = {
    company: await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" })),
    teamA: await signedInPrincipal(
      await createUserRecord({
        kind: "manager",
        role: "team",
        teamIds: [support.id],
        rights: [...TEAM_MANAGER_RIGHTS],
      }),
    ),
    teamB: await signedInPrincipal(
      await createUserRecord({ kind: "manager", role: "team", teamIds: [sales.id], rights: [] }),
    ),
    api: await signedInPrincipal(await createUserRecord({ kind: "manager", role: "api" })),
    agent: await signedInPrincipal(
      await createUserRecord({
        kind: "agent",
        managementCenterAccess: true,
        teamIds: [support.id],
      }),
    ),
  };
  return { teams: { support, level1, sales }, portals: { own, foreign, deleted }, principals };
}

const closed = { mode: "closed" };

/** Monday 09:00–17:00, the rest closed. */
export function officeWeek(
  monday: WeekInput[number] = { mode: "ranges", ranges: [{ from: "09:00", to: "17:00" }] },
): WeekInput {
  return [monday, closed, closed, closed, closed, closed, closed];
}

export function hoursInput(overrides: Partial<HoursSetInput> = {}): HoursSetInput {
  return {
    name: "Bürozeiten",
    timeZone: "Europe/Berlin",
    closedMessageDe: "Wir sind gerade nicht da.",
    closedMessageEn: "We are closed right now.",
    week: officeWeek(),
    ...overrides,
  };
}

export function holidayInput(overrides: Partial<HolidaySetInput> = {}): HolidaySetInput {
  return {
    name: "Feiertage",
    timeZone: "Europe/Berlin",
    closedMessageDe: "Heute ist Feiertag.",
    closedMessageEn: "Today is a holiday.",
    dates: [
      { name: "Weihnachten", startDate: "2026-12-24", endDate: "2027-01-01", everyYear: true },
      { name: "Betriebsausflug", startDate: "2026-06-12", endDate: "", everyYear: false },
    ],
    ...overrides,
  };
}
