import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  createHolidaySetAction,
  createHoursSetAction,
  deleteHoursSetAction,
  updateHolidaySetAction,
  updateHoursSetAction,
} from "@/app/manager/(center)/business-hours/actions";
import type { Principal } from "@/lib/auth/principal";
import { currentPrincipal } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { createHoursSet } from "@/lib/business-hours/hours-sets";
import { initialFormState } from "@/lib/forms/form-state";
import { answerOf, form, NOT_FOUND } from "@/test/action-answers";
import { resetDatabase } from "@/test/reset-database";
import { buildBusinessHoursWorld, hoursInput } from "./fixture";

// The business-hours forms through their actions: the week and the dates are read by their numbered
// field names, the row buttons answer with the same form, and a save goes through the domain.
vi.mock("next/headers", async () => (await import("@/test/fake-request")).nextHeaders);
vi.mock(import("@/lib/auth/session"), async (original) => ({ ...(await original()), currentPrincipal: vi.fn() }));
const signedIn = (principal: Principal | null) => vi.mocked(currentPrincipal).mockResolvedValue(principal);

let world: Awaited<ReturnType<typeof buildBusinessHoursWorld>>;
beforeEach(async () => {
  await resetDatabase();
  world = await buildBusinessHoursWorld();
  signedIn(world.principals.company);
});

const week = {
  name: "Bürozeiten",
  timeZone: "Europe/Berlin",
  "week.mon.mode": "ranges",
  "week.mon.0.from": "09:00",
  "week.mon.0.to": "17:00",
  ...Object.fromEntries(["tue", "wed", "thu", "fri", "sat", "sun"].map((day) => [`week.${day}.mode`, "closed"])),
};

describe("business-hours actions", () => {
  it("saves a week read from its numbered fields, with its portals, and shows the set", async () => {
    const data = form({ ...week, "week.mon.1.from": "18:00", "week.mon.1.to": "20:00", assignPortals: "1" });
    data.set(`portal.${world.portals.own.id}`, "on");
    const answer = await answerOf(createHoursSetAction(initialFormState, data));
    const set = await db.businessHoursSet.findFirstOrThrow({
      where: { name: "Bürozeiten" },
      include: { portals: true },
    });
    expect(answer).toBe(`redirect /manager/business-hours/hours/${set.id} + notice:businessHoursCreated`);
    expect(JSON.parse(set.week)[0]).toEqual({
      mode: "ranges",
      ranges: [
        { from: "09:00", to: "17:00" },
        { from: "18:00", to: "20:00" },
      ],
    });
    expect(set.portals.map((portal) => portal.portalId)).toEqual([world.portals.own.id]);
  });

  it("answers 'Zeitraum hinzufügen' with the same form and a new row, saving nothing", async () => {
    const state = await createHoursSetAction(initialFormState, form({ ...week, intent: "addRange:tue" }));
    expect(state.fieldErrors).toEqual({});
    expect(state.values).toMatchObject({ "week.tue.mode": "ranges", "week.tue.0.from": "", focus: "week.tue.0.from" });
    expect(state.values.intent).toBeUndefined();
    expect(await db.businessHoursSet.count()).toBe(0);
  });

  it("answers 'Weitere Termine' with three more rows, saving nothing", async () => {
    const state = await createHolidaySetAction(
      initialFormState,
      form({ name: "Feiertage", dateRows: "3", intent: "addDates" }),
    );
    expect(state.values).toMatchObject({ name: "Feiertage", dateRows: "6" });
    expect(await db.holidaySet.count()).toBe(0);
  });

  it("hands a date row's error back on that row, with the values sent", async () => {
    const data = form({
      name: "Feiertage",
      timeZone: "Europe/Berlin",
      "dates.2.name": "Fest",
      "dates.2.startDate": "kein Datum",
    });
    const state = await createHolidaySetAction(initialFormState, data);
    expect(Object.keys(state.fieldErrors)).toEqual(["dates.2.startDate"]);
    expect(state.values).toMatchObject({
      name: "Feiertage",
      "dates.2.name": "Fest",
      "dates.2.startDate": "kein Datum",
    });
    expect(await db.holidaySet.count()).toBe(0);
  });

  it("answers 404 to a set that is missing or not the actor's, and to a row button of someone without access", async () => {
    expect(await answerOf(updateHoursSetAction(initialFormState, form({ ...week, setId: "nope" })))).toBe(NOT_FOUND);
    expect(await answerOf(updateHolidaySetAction(initialFormState, form({ name: "x", setId: "nope" })))).toBe(
      NOT_FOUND,
    );
    const { id } = await createHoursSet(
      world.principals.company,
      hoursInput({ portalIds: [world.portals.foreign.id] }),
    );
    signedIn(world.principals.teamA);
    expect(await answerOf(deleteHoursSetAction(form({ setId: id })))).toBe(NOT_FOUND);
    signedIn(world.principals.teamB);
    expect(await answerOf(createHoursSetAction(initialFormState, form({ intent: "addRange:mon" })))).toBe(NOT_FOUND);
    expect(await db.businessHoursSet.count()).toBe(1);
  });

  it("sends a signed-out sender to the sign-in page", async () => {
    signedIn(null);
    expect(await answerOf(createHoursSetAction(initialFormState, form(week)))).toBe("redirect /manager");
  });
});
