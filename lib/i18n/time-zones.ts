import { getTimeZones, timeZonesNames } from "@vvo/tzdb";

/**
 * Zones a desk in and around the German-speaking countries picks most: offered first, so that few
 * people scroll through 400 names. The full list follows them.
 */
export const COMMON_TIME_ZONES = [
  "Europe/Berlin",
  "Europe/Vienna",
  "Europe/Zurich",
  "Europe/London",
  "Europe/Paris",
  "Europe/Amsterdam",
  "Europe/Madrid",
  "Europe/Rome",
  "Europe/Warsaw",
  "Europe/Istanbul",
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Los_Angeles",
  "Asia/Dubai",
  "Asia/Kolkata",
  "Asia/Singapore",
  "Asia/Tokyo",
  "Australia/Sydney",
  "UTC",
] as const;

// The browser's and Node's list (Intl.supportedValuesOf) still carries names the IANA database has
// renamed (Asia/Calcutta, Europe/Kiev): the maintained tz list has the current ones and knows the
// old names as members of each zone's group.
const CURRENT = [...timeZonesNames, "UTC"];
const CURRENT_SET = new Set(CURRENT);
const OLD_TO_CURRENT = new Map(
  getTimeZones().flatMap((zone) => zone.group.filter((name) => !CURRENT_SET.has(name)).map((old) => [old, zone.name])),
);

export type TimeZoneChoices = { common: string[]; all: string[] };

/** Every zone a person can pick, under its current name: the common ones, then all in name order. */
export function timeZoneChoices(): TimeZoneChoices {
  return { common: [...COMMON_TIME_ZONES], all: [...CURRENT].sort() };
}

/** A stored or submitted zone under its current name ("Asia/Calcutta" → "Asia/Kolkata"). */
export function currentTimeZoneName(zone: string): string {
  return CURRENT_SET.has(zone) ? zone : (OLD_TO_CURRENT.get(zone) ?? zone);
}

/** Whether a zone name is known, by its current or an old name. */
export function isKnownTimeZone(zone: string): boolean {
  return CURRENT_SET.has(zone) || OLD_TO_CURRENT.has(zone);
}
