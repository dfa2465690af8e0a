import { describe, expect, it } from "vitest";
import { TeamForest } from "./team-forest";

const forest = new TeamForest([
  { id: "s", name: "Support", parentId: null },
  { id: "l1", name: "Level 1", parentId: "s" },
  { id: "l2", name: "Level 2", parentId: "s" },
  { id: "pr", name: "Drucker", parentId: "l2" },
  { id: "v", name: "Vertrieb", parentId: null },
]);

describe("TeamForest", () => {
  it("lists roots and children by name", () => {
    expect(forest.children(null).map((t) => t.id)).toEqual(["s", "v"]);
    expect(forest.children("s").map((t) => t.id)).toEqual(["l1", "l2"]);
  });

  it("walks subtrees and chains over three levels", () => {
    expect(forest.subtree("s").map((t) => t.id)).toEqual(["s", "l1", "l2", "pr"]);
    expect(forest.chain("pr").map((t) => t.id)).toEqual(["pr", "l2", "s"]);
    expect(forest.path("pr")).toBe("Support › Level 2 › Drucker");
    expect(forest.depth("pr")).toBe(2);
  });

  it("survives a corrupt cycle instead of looping forever", () => {
    const broken = new TeamForest([
      { id: "a", name: "A", parentId: "b" },
      { id: "b", name: "B", parentId: "a" },
    ]);
    expect(broken.chain("a").map((t) => t.id)).toEqual(["a", "b"]);
  });

  it("orders teams by their path in a locale's collation: a parent first, then its sub-teams", () => {
    const german = new TeamForest([
      { id: "z", name: "Zentrale", parentId: null },
      { id: "za", name: "Außendienst", parentId: "z" },
      { id: "ae", name: "Ärztedienst", parentId: null },
      { id: "b", name: "Bremen", parentId: null },
      { id: "b2", name: "Level 2", parentId: "b" },
      { id: "b1", name: "level 1", parentId: "b" },
    ]);
    const paths = (locale: string) =>
      german.inPathOrder(new Intl.Collator(locale).compare).map((t) => german.path(t.id));
    expect(paths("de")).toEqual([
      "Ärztedienst",
      "Bremen",
      "Bremen › level 1",
      "Bremen › Level 2",
      "Zentrale",
      "Zentrale › Außendienst",
    ]);
    expect(paths("en")).toEqual(paths("de"));
  });
});
