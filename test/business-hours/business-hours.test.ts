import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { assignablePortals, assignPortals } from "@/lib/business-hours/assign-portals";
import { createHolidaySet, deleteHolidaySet, getHolidaySet, updateHolidaySet } from "@/lib/business-hours/holiday-sets";
import { createHoursSet, deleteHoursSet, getHoursSet, updateHoursSet } from "@/lib/business-hours/hours-sets";
import { listBusinessHoursSets } from "@/lib/business-hours/list-sets";
import { portalOpeningState } from "@/lib/business-hours/portal-opening-state";
import { listPortals } from "@/lib/portals/list-portals";
import { resetDatabase } from "@/test/reset-database";
import { buildBusinessHoursWorld, holidayInput, hoursInput, officeWeek } from "./fixture";

let world: Awaited<ReturnType<typeof buildBusinessHoursWorld>>;
beforeEach(async () => {
  await resetDatabase();
  world = await buildBusinessHoursWorld();
});

const names = (sets: { name: string }[]) => sets.map((s) => s.name);

describe("who may manage business hours", () => {
  it("lets company managers create, edit, assign and delete sets, each with an audit row", async () => {
    const { company } = world.principals;
    const { id } = await createHoursSet(company, hoursInput({ portalIds: [world.portals.own.id] }));
    await updateHoursSet(
      company,
      id,
      hoursInput({
        name: "Servicezeiten",
        portalIds: [world.portals.own.id, world.portals.foreign.id],
      }),
    );
    const set = await getHoursSet(company, id);
    expect(set).toMatchObject({
      name: "Servicezeiten",
      mayDelete: true,
      mayAssignPortals: true,
      otherPortalCount: 0,
    });
    expect(names(set.portals)).toEqual(["Hilfe", "Shop"]);
    await assignPortals(company, "hours", id, [world.portals.foreign.id]);
    expect(names((await getHoursSet(company, id)).portals)).toEqual(["Shop"]);
    await deleteHoursSet(company, id);
    await expect(getHoursSet(company, id)).rejects.toThrow(NotFoundError);
    const actions = await db.auditLog.findMany({
      where: { targetId: id },
      select: { action: true, actorId: true },
    });
    expect(actions.map((a) => a.action).sort()).toEqual([
      "businessHours.created",
      "businessHours.deleted",
      "businessHours.portalsAssigned",
      "businessHours.updated",
    ]);
    expect(actions.every((a) => a.actorId === company.userId)).toBe(true);
    expect(names(await assignablePortals(company))).toEqual(["Hilfe", "Shop"]);
  });

  it("lets team managers with the right see and edit only the sets of portals their teams serve", async () => {
    const { company, teamA } = world.principals;
    const ownSet = await createHoursSet(company, hoursInput({ name: "A eigene", portalIds: [world.portals.own.id] }));
    const foreignSet = await createHoursSet(
      company,
      hoursInput({ name: "B fremde", portalIds: [world.portals.foreign.id] }),
    );
    await createHoursSet(
      company,
      hoursInput({
        name: "C geteilt",
        portalIds: [world.portals.own.id, world.portals.foreign.id],
      }),
    );
    // A set kept on a portal that was deleted later.
    const deletedPortalSet = await createHoursSet(company, hoursInput({ name: "D alt" }));
    await db.portalBusinessHours.create({
      data: { portalId: world.portals.deleted.id, setId: deletedPortalSet.id },
    });
    const ownHolidays = await createHolidaySet(company, holidayInput({ portalIds: [world.portals.own.id] }));
    const foreignHolidays = await createHolidaySet(
      company,
      holidayInput({ name: "Fremd", portalIds: [world.portals.foreign.id] }),
    );

    const overview = await listBusinessHoursSets(teamA);
    expect(names(overview.hoursSets)).toEqual(["A eigene", "C geteilt"]);
    expect(overview.hoursSets[1]).toMatchObject({
      portals: [{ id: world.portals.own.id, name: "Hilfe" }],
      otherPortalCount: 1,
    });
    expect(names(overview.holidaySets)).toEqual(["Feiertage"]);
    expect(overview.mayManage).toBe(false);

    await updateHoursSet(teamA, ownSet.id, hoursInput({ name: "Eigene Zeiten", timeZone: "America/New_York" }));
    expect(await getHoursSet(teamA, ownSet.id)).toMatchObject({
      name: "Eigene Zeiten",
      timeZone: "America/New_York",
      mayDelete: false,
      mayAssignPortals: false,
    });
    await updateHolidaySet(
      teamA,
      ownHolidays.id,
      holidayInput({
        dates: [{ name: "Brückentag", startDate: "2026-05-15", endDate: "", everyYear: false }],
      }),
    );
    expect((await getHolidaySet(teamA, ownHolidays.id)).dates).toEqual([
      { name: "Brückentag", startDate: "2026-05-15", endDate: "2026-05-15", everyYear: false },
    ]);

    for (const id of [foreignSet.id, deletedPortalSet.id]) {
      await expect(getHoursSet(teamA, id)).rejects.toThrow(NotFoundError);
      await expect(updateHoursSet(teamA, id, hoursInput())).rejects.toThrow(NotFoundError);
    }
    await expect(getHolidaySet(teamA, foreignHolidays.id)).rejects.toThrow(NotFoundError);
    await expect(updateHolidaySet(teamA, foreignHolidays.id, holidayInput())).rejects.toThrow(NotFoundError);
    // No creating, deleting or (re)assigning, not even of their own sets.
    await expect(createHoursSet(teamA, hoursInput())).rejects.toThrow(NotFoundError);
    await expect(createHolidaySet(teamA, holidayInput())).rejects.toThrow(NotFoundError);
    await expect(deleteHoursSet(teamA, ownSet.id)).rejects.toThrow(NotFoundError);
    await expect(deleteHolidaySet(teamA, ownHolidays.id)).rejects.toThrow(NotFoundError);
    await expect(assignPortals(teamA, "hours", ownSet.id, [world.portals.own.id])).rejects.toThrow(NotFoundError);
    await expect(updateHoursSet(teamA, ownSet.id, hoursInput({ portalIds: [world.portals.own.id] }))).rejects.toThrow(
      NotFoundError,
    );
    await expect(assignablePortals(teamA)).rejects.toThrow(NotFoundError);
    expect(await db.portalBusinessHours.count({ where: { setId: ownSet.id } })).toBe(1);
  });

  it("stops showing a set when the team no longer serves the portal's live sub-portals", async () => {
    const { company, teamA } = world.principals;
    const set = await createHoursSet(company, hoursInput({ portalIds: [world.portals.own.id] }));
    await db.subPortal.updateMany({
      where: { portalId: world.portals.own.id },
      data: { deletedAt: new Date(), slug: null },
    });
    await expect(getHoursSet(teamA, set.id)).rejects.toThrow(NotFoundError);
    expect((await listBusinessHoursSets(teamA)).hoursSets).toEqual([]);
  });

  it("tells a team manager's page why it is empty: how many portals their teams serve", async () => {
    const { company, teamA } = world.principals;
    expect(await listBusinessHoursSets(teamA)).toMatchObject({ hoursSets: [], holidaySets: [], teamPortalCount: 1 });
    await db.subPortal.updateMany({ where: { portalId: world.portals.own.id }, data: { deletedAt: new Date() } });
    expect((await listBusinessHoursSets(teamA)).teamPortalCount).toBe(0);
    expect((await listBusinessHoursSets(company)).teamPortalCount).toBeNull();
  });

  it("answers not found to team managers without the right, API managers and agents", async () => {
    const { company, teamB, api, agent } = world.principals;
    const hours = await createHoursSet(company, hoursInput({ portalIds: [world.portals.foreign.id] }));
    const holidays = await createHolidaySet(company, holidayInput({ portalIds: [world.portals.foreign.id] }));
    for (const outsider of [teamB, api, agent]) {
      await expect(listBusinessHoursSets(outsider)).rejects.toThrow(NotFoundError);
      await expect(getHoursSet(outsider, hours.id)).rejects.toThrow(NotFoundError);
      await expect(getHolidaySet(outsider, holidays.id)).rejects.toThrow(NotFoundError);
      await expect(updateHoursSet(outsider, hours.id, hoursInput())).rejects.toThrow(NotFoundError);
      await expect(updateHolidaySet(outsider, holidays.id, holidayInput())).rejects.toThrow(NotFoundError);
      await expect(createHoursSet(outsider, hoursInput())).rejects.toThrow(NotFoundError);
      await expect(deleteHolidaySet(outsider, holidays.id)).rejects.toThrow(NotFoundError);
    }
    expect(
      await db.auditLog.count({
        where: { action: { startsWith: "businessHours." }, actorId: { not: company.userId } },
      }),
    ).toBe(0);
  });

  it("limits the lists to one portal on request, within what the actor may see", async () => {
    const { company, teamA } = world.principals;
    await createHoursSet(company, hoursInput({ name: "Hilfe-Zeiten", portalIds: [world.portals.own.id] }));
    await createHoursSet(company, hoursInput({ name: "Shop-Zeiten", portalIds: [world.portals.foreign.id] }));
    await createHolidaySet(company, holidayInput({ name: "Shop-Feiertage", portalIds: [world.portals.foreign.id] }));
    const shop = await listBusinessHoursSets(company, { portalId: world.portals.foreign.id });
    expect(shop.portal).toEqual({ id: world.portals.foreign.id, name: "Shop" });
    expect([...names(shop.hoursSets), ...names(shop.holidaySets)]).toEqual(["Shop-Zeiten", "Shop-Feiertage"]);
    await expect(listBusinessHoursSets(teamA, { portalId: world.portals.foreign.id })).rejects.toThrow(NotFoundError);
    await expect(listBusinessHoursSets(company, { portalId: world.portals.deleted.id })).rejects.toThrow(NotFoundError);
    expect(names((await listBusinessHoursSets(teamA, { portalId: world.portals.own.id })).hoursSets)).toEqual([
      "Hilfe-Zeiten",
    ]);
  });
});

describe("validation", () => {
  it("names every field's problem with a key of the Errors namespace", async () => {
    const { company } = world.principals;
    const input = hoursInput({
      name: " ",
      timeZone: "Mars/Olympus",
      closedMessageEn: "x".repeat(1001),
      week: officeWeek({
        mode: "ranges",
        ranges: [
          { from: "09:00", to: "12:00" },
          { from: "11:00", to: "25:00" },
          { from: "13:00", to: "14:00" },
          { from: "13:30", to: "15:00" },
        ],
      }),
      portalIds: [world.portals.deleted.id],
    });
    const error = await createHoursSet(company, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({
      name: "setNameRequired",
      timeZone: "timeZoneUnknown",
      closedMessageEn: "tooLong",
      "week.mon.1.to": "timeInvalid",
      "week.mon.3.from": "timeRangesOverlap",
    });
    await expect(createHoursSet(company, hoursInput({ portalIds: [world.portals.deleted.id] }))).rejects.toMatchObject({
      fieldErrors: { portalIds: "portalUnknown" },
    });
    expect(await db.businessHoursSet.count()).toBe(0);
  });

  it("checks holiday dates row by row", async () => {
    const error = await createHolidaySet(
      world.principals.company,
      holidayInput({
        dates: [
          { name: "", startDate: "", endDate: "", everyYear: true },
          { name: "Kein Schalttag", startDate: "2027-02-29", endDate: "", everyYear: false },
          { name: "Rückwärts", startDate: "2026-05-02", endDate: "2026-05-01", everyYear: false },
          { name: "Zu lang", startDate: "2026-05-02", endDate: "2027-05-02", everyYear: true },
          { name: "", startDate: "2026-05-02", endDate: "morgen", everyYear: false },
        ],
      }),
    ).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({
      "dates.1.startDate": "dateInvalid",
      "dates.2.endDate": "dateRangeReversed",
      "dates.3.endDate": "dateRangeTooLong",
      "dates.4.name": "dateNameRequired",
      "dates.4.endDate": "dateInvalid",
    });
  });

  it("saves a holiday set all or nothing: one bad date row and nothing changes", async () => {
    const { company } = world.principals;
    const { id } = await createHolidaySet(company, holidayInput({ portalIds: [world.portals.own.id] }));
    const before = await getHolidaySet(company, id);
    const audits = await db.auditLog.count();
    const bad = holidayInput({
      name: "Umbenannt",
      dates: [
        { name: "Neujahr", startDate: "2027-01-01", endDate: "", everyYear: true },
        { name: "Kaputt", startDate: "2027-13-01", endDate: "", everyYear: false },
      ],
      portalIds: [world.portals.foreign.id],
    });
    await expect(updateHolidaySet(company, id, bad)).rejects.toMatchObject({
      fieldErrors: { "dates.1.startDate": "dateInvalid" },
    });
    expect(await getHolidaySet(company, id)).toEqual(before);
    expect(await db.auditLog.count()).toBe(audits);
    await expect(createHolidaySet(company, bad)).rejects.toThrow(ValidationError);
    expect(await db.holidaySet.count()).toBe(1);
    expect(await db.holidayDate.count()).toBe(2);
  });

  it("writes an audit row with the dates for holiday sets", async () => {
    const { company } = world.principals;
    const { id } = await createHolidaySet(company, holidayInput());
    await updateHolidaySet(company, id, holidayInput({ dates: [] }));
    await deleteHolidaySet(company, id);
    const rows = await db.auditLog.findMany({ where: { targetId: id } });
    expect(rows.map((r) => r.action).sort()).toEqual([
      "holidaySet.created",
      "holidaySet.deleted",
      "holidaySet.updated",
    ]);
    expect(JSON.parse(rows.find((r) => r.action === "holidaySet.created")!.summary).dates).toHaveLength(2);
    expect(await db.holidayDate.count()).toBe(0);
  });
});

describe("portalOpeningState", () => {
  it("evaluates the portal's own sets, holidays first, the first set's message for hours", async () => {
    const { company } = world.principals;
    const portalId = world.portals.own.id;
    expect(await portalOpeningState(portalId, new Date("2026-11-30T12:00:00Z"))).toEqual({
      open: true,
    });
    await createHoursSet(company, hoursInput({ name: "B Abend", closedMessageEn: "B", portalIds: [portalId] }));
    await createHoursSet(
      company,
      hoursInput({
        name: "A Morgen",
        closedMessageEn: "A",
        week: officeWeek({ mode: "ranges", ranges: [{ from: "06:00", to: "08:00" }] }),
        portalIds: [portalId],
      }),
    );
    await createHoursSet(
      company,
      hoursInput({
        name: "Shop",
        week: officeWeek({ mode: "open" }),
        portalIds: [world.portals.foreign.id],
      }),
    );
    // Monday 2026-11-30, 08:00 in Berlin: A closed, B not yet open.
    expect(await portalOpeningState(portalId, new Date("2026-11-30T07:00:00Z"))).toMatchObject({
      open: false,
      reason: "hours",
      closedMessage: { en: "A" },
    });
    expect(await portalOpeningState(portalId, new Date("2026-11-30T06:30:00Z"))).toEqual({
      open: true,
    });
    expect(await portalOpeningState(portalId, new Date("2026-11-30T12:00:00Z"))).toEqual({
      open: true,
    });
    await createHolidaySet(
      company,
      holidayInput({
        dates: [{ name: "Brückentag", startDate: "2026-11-30", endDate: "", everyYear: false }],
        portalIds: [portalId],
      }),
    );
    expect(await portalOpeningState(portalId, new Date("2026-11-30T12:00:00Z"))).toEqual({
      open: false,
      reason: "holiday",
      closedMessage: { de: "Heute ist Feiertag.", en: "Today is a holiday." },
      holidayName: "Brückentag",
    });
    await expect(portalOpeningState(world.portals.deleted.id, new Date())).rejects.toThrow(NotFoundError);
  });
});

describe("the Portale list", () => {
  it("says for each portal whether it is open now, by the same rule as its page, and names the teams", async () => {
    const { company } = world.principals;
    const { own, foreign } = world.portals;
    await createHoursSet(
      company,
      hoursInput({
        name: "Morgens",
        week: officeWeek({ mode: "ranges", ranges: [{ from: "06:00", to: "08:00" }] }),
        portalIds: [own.id],
      }),
    );
    await createHolidaySet(
      company,
      holidayInput({
        dates: [{ name: "Brückentag", startDate: "2026-11-30", endDate: "", everyYear: false }],
        portalIds: [foreign.id],
      }),
    );
    const at = new Date("2026-11-30T12:00:00Z");
    const { portals } = await listPortals(company, at);
    const byName = new Map(portals.map((portal) => [portal.name, portal]));
    expect([...byName.keys()]).toEqual(["Hilfe", "Shop"]);
    for (const portal of portals) expect(portal.opening).toEqual(await portalOpeningState(portal.id, at));
    expect(byName.get("Hilfe")!.opening).toMatchObject({ open: false, reason: "hours" });
    expect(byName.get("Shop")!.opening).toMatchObject({ open: false, reason: "holiday", holidayName: "Brückentag" });
    expect(byName.get("Hilfe")!.subPortals.map((sub) => sub.teams)).toEqual([["Level 1"]]);
    expect((await listPortals(company, new Date("2026-11-30T06:30:00Z"))).portals[0]!.opening).toEqual({
      open: true,
    });
  });
});
