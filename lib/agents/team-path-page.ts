import type { TeamForest } from "@/lib/teams/team-forest";

/** How many of the listed agents are in one team (null: agents without a team). */
export type TeamCount = { teamId: string | null; count: number };
/** Part of one team's agents on the page; `whole` when all of them are. */
export type TeamSlice = { teamId: string | null; skip: number; take: number; whole: boolean };

/**
 * Each team's place in the order of the paths the Agents page shows, in the locale's collation
 * (German: "Ärztedienst" before "Bremen"). Computed once per request from the team forest, so sorting
 * by path costs no join and no per-row work in the database. Agents without a team rank before
 * every team (-1), as an empty column sorts; a team without a path (a corrupt cycle) after all.
 */
export function teamPathRanks(forest: TeamForest, locale: string): (teamId: string | null) => number {
  const ranks = new Map(forest.inPathOrder(new Intl.Collator(locale).compare).map((team, i) => [team.id, i]));
  return (teamId) => (teamId === null ? -1 : (ranks.get(teamId) ?? ranks.size));
}

/**
 * Which agents of which teams fill the page [skip, skip + take), when agents are sorted by team path
 * first: the teams in rank order (reversed for "desc"), then through each team. Usually one or two
 * teams; all but the first and the last slice are whole teams.
 */
export function teamPathSlices(
  counts: TeamCount[],
  rank: (teamId: string | null) => number,
  direction: "asc" | "desc",
  skip: number,
  take: number,
): TeamSlice[] {
  const sign = direction === "asc" ? 1 : -1;
  const ordered = counts
    .filter((c) => c.count > 0)
    .sort((a, b) => sign * (rank(a.teamId) - rank(b.teamId)) || compareIds(a.teamId, b.teamId));
  const slices: TeamSlice[] = [];
  let before = 0;
  for (const { teamId, count } of ordered) {
    const from = Math.max(skip - before, 0);
    const to = Math.min(skip + take - before, count);
    if (to > from) slices.push({ teamId, skip: from, take: to - from, whole: from === 0 && to === count });
    before += count;
    if (before >= skip + take) break;
  }
  return slices;
}

// Only for teams of equal rank (never in a sound forest): any fixed order keeps the pages apart.
function compareIds(a: string | null, b: string | null): number {
  return (a ?? "") < (b ?? "") ? -1 : (a ?? "") > (b ?? "") ? 1 : 0;
}
