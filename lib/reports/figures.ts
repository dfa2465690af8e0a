/**
 * What the Zusammenfassung adds up, before anything is averaged: counts and sums, so that the raw
 * rows of a range and the rollup of whole days (lib/reports/rollup.ts) can be added together.
 */
export type Figures = {
  submitted: number;
  posted: number;
  noAgentResponse: number;
  abandoned: number;
  declined: number;
  started: number;
  waitMs: number;
  ended: number;
  durationMs: number;
  resolved: number;
  unresolved: number;
  customerRatings: number;
  customerRatingSum: number;
};

const FIGURE_KEYS = [
  "submitted",
  "posted",
  "noAgentResponse",
  "abandoned",
  "declined",
  "started",
  "waitMs",
  "ended",
  "durationMs",
  "resolved",
  "unresolved",
  "customerRatings",
  "customerRatingSum",
] as const satisfies readonly (keyof Figures)[];

export const noFigures = (): Figures => ({
  submitted: 0,
  posted: 0,
  noAgentResponse: 0,
  abandoned: 0,
  declined: 0,
  started: 0,
  waitMs: 0,
  ended: 0,
  durationMs: 0,
  resolved: 0,
  unresolved: 0,
  customerRatings: 0,
  customerRatingSum: 0,
});

/** Adds `more` into `into` (numbers from the database may come as bigint: sums of milliseconds). */
function addFigures(into: Figures, more: Partial<Record<keyof Figures, number | bigint | null>>): Figures {
  for (const key of FIGURE_KEYS) into[key] += Number(more[key] ?? 0);
  return into;
}

/** Figures per group, with the group's name as the first row added had it (the rollup adds its latest day first). */
export type GroupFigures = Map<string, { label: string; figures: Figures }>;

/** Adds figures to a group, creating it with this label. */
export function addToGroup(
  groups: GroupFigures,
  key: string,
  label: string,
  more: Partial<Record<keyof Figures, number | bigint | null>>,
): void {
  const group = groups.get(key) ?? { label, figures: noFigures() };
  addFigures(group.figures, more);
  groups.set(key, group);
}
