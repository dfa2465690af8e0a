import { describe, expect, it } from "vitest";
import { timeZoneField } from "@/lib/validation/fields";
import { COMMON_TIME_ZONES, currentTimeZoneName, isKnownTimeZone, timeZoneChoices } from "./time-zones";

describe("time zones", () => {
  const { common, all } = timeZoneChoices();

  it("offers the common zones first and then every zone once, in name order", () => {
    expect(common).toEqual([...COMMON_TIME_ZONES]);
    expect(common[0]).toBe("Europe/Berlin");
    expect(all).toEqual([...new Set(all)].sort());
    for (const zone of common) expect(all).toContain(zone);
    expect(all.length).toBeGreaterThan(400);
  });

  it("lists current names only, and the runtime can use every one of them", () => {
    for (const old of ["Asia/Calcutta", "Europe/Kiev", "Asia/Saigon", "America/Godthab"])
      expect(all).not.toContain(old);
    for (const current of ["Asia/Kolkata", "Europe/Kyiv", "Asia/Ho_Chi_Minh", "America/Nuuk", "UTC"])
      expect(all).toContain(current);
    for (const zone of all) expect(() => new Intl.DateTimeFormat("de", { timeZone: zone })).not.toThrow();
  });

  it("knows old names and gives their current one", () => {
    expect(currentTimeZoneName("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(currentTimeZoneName("Europe/Kiev")).toBe("Europe/Kyiv");
    expect(currentTimeZoneName("Europe/Berlin")).toBe("Europe/Berlin");
    expect(isKnownTimeZone("Europe/Kiev")).toBe(true);
    expect(isKnownTimeZone("Mars/Olympus_Mons")).toBe(false);
  });

  it("stores a submitted zone under its current name and refuses unknown ones", () => {
    expect(timeZoneField.parse("Europe/Kiev")).toBe("Europe/Kyiv");
    expect(timeZoneField.parse("Europe/Berlin")).toBe("Europe/Berlin");
    expect(timeZoneField.safeParse("Mars/Olympus_Mons").success).toBe(false);
  });
});
