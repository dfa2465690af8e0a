// The rollup's days are days of UTC, whatever the server's or the viewer's clock says.

/** A UTC day as the rollup keys it, "2026-11-01". */
export const utcDay = (at: Date) => at.toISOString().slice(0, 10);

/** A UTC day has 24 hours; date-fns' addDays would add a day of the server's clock (25 h across a clock change there). */
export const DAY_MS = 86_400_000;

export const dayStart = (day: string) => new Date(`${day}T00:00:00.000Z`);
export const dayEnd = (day: string) => new Date(dayStart(day).getTime() + DAY_MS);
