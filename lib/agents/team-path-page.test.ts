import { describe, expect, it } from "vitest";
import { TeamForest } from "@/lib/teams/team-forest";
import { type TeamCount, teamPathRanks, teamPathSlices } from "./team-path-page";

// By own name: Außendienst, Level 2, Support, Zentrale. By path: Support, Support › Level 2, Zentrale, Zentrale › Außendienst.
const forest = new TeamForest([
  { id: "s", name: "Support", parentId: null },
  { id: "s2", name: "Level 2", parentId: "s" },
  { id: "z", name: "Zentrale", parentId: null },
  { id: "za", name: "Außendienst", parentId: "z" },
]);
const rank = teamPathRanks(forest, "de");
const counts: TeamCount[] = [
  { teamId: "za", count: 3 },
  { teamId: "s2", count: 4 },
  { teamId: null, count: 1 },
  { teamId: "z", count: 0 },
  { teamId: "s", count: 2 },
];
const slices = (direction: "asc" | "desc", skip: number, take: number) =>
  teamPathSlices(counts, rank, direction, skip, take).map((s) => `${s.teamId ?? "none"} ${s.skip}+${s.take}`);

describe("paging agents sorted by team path", () => {
  it.each([
    ["asc", 0, 4, ["none 0+1", "s 0+2", "s2 0+1"]],
    ["asc", 4, 4, ["s2 1+3", "za 0+1"]],
    ["asc", 8, 4, ["za 1+2"]],
    ["asc", 0, 50, ["none 0+1", "s 0+2", "s2 0+4", "za 0+3"]],
    ["asc", 10, 4, []],
    ["desc", 0, 4, ["za 0+3", "s2 0+1"]],
    ["desc", 4, 4, ["s2 1+3", "s 0+1"]],
    ["desc", 8, 4, ["s 1+1", "none 0+1"]],
  ] as const)("%s, skip %i, take %i", (direction, skip, take, expected) => {
    expect(slices(direction, skip, take)).toEqual(expected);
  });

  it("marks whole teams, so all but the first and last slice can be read in one query", () => {
    expect(teamPathSlices(counts, rank, "asc", 2, 7).map((s) => s.whole)).toEqual([false, true, false]);
  });

  it("ranks agents without a team first and a team outside the tree last", () => {
    expect([rank(null), rank("s"), rank("s2"), rank("z"), rank("za"), rank("gone")]).toEqual([-1, 0, 1, 2, 3, 4]);
  });
});
