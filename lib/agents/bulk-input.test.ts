import { describe, expect, it } from "vitest";
import { TeamForest } from "@/lib/teams/team-forest";
import { parseBulkText, validateBulkRecords } from "./bulk-input";

const forest = new TeamForest([
  { id: "s", name: "Support", parentId: null },
  { id: "l2", name: "Level 2", parentId: "s" },
  { id: "v", name: "Vertrieb", parentId: null },
  { id: "vl2", name: "Level 2", parentId: "v" },
  { id: "x", name: "Extern", parentId: null },
]);
const allowed = (id: string) => id !== "x";

function check(text: string, conflicts = new Map<string, string>()) {
  const { records, problems } = parseBulkText(text);
  const result = validateBulkRecords(records, forest, allowed, conflicts);
  return { ...result, problems: [...problems, ...result.problems] };
}

describe("Masseneingabe", () => {
  it("reads the manual's format, with quoted fields containing commas", () => {
    const { agents, problems } = check(
      [
        'Support,Level 2,anna@firma.de,Anna,"Albers, Dr.",Kaffee-Bonn-4711,Anna A.,"Kst 4711, Bonn"',
        ",Vertrieb,ben@firma.de,Ben,Becker,Kaffee-Bonn-4711,,",
      ].join("\n"),
    );
    expect(problems).toEqual([]);
    expect(agents).toEqual([
      {
        line: 1,
        loginId: "anna@firma.de",
        firstName: "Anna",
        lastName: "Albers, Dr.",
        password: "Kaffee-Bonn-4711",
        screenName: "Anna A.",
        customField: "Kst 4711, Bonn",
        teamId: "l2",
      },
      {
        line: 2,
        loginId: "ben@firma.de",
        firstName: "Ben",
        lastName: "Becker",
        password: "Kaffee-Bonn-4711",
        screenName: "Ben",
        customField: "",
        teamId: "v",
      },
    ]);
  });

  it("reports every bad line with its number and reason", () => {
    const text = [
      "Support,Level 2,ok@firma.de,Ok,Person,Kaffee-Bonn-4711,Ok,", // 1 fine
      "Support,Nowhere,a@firma.de,A,B,Kaffee-Bonn-4711,A,", // 2 unknown team
      "Support,Level 2,not-an-email,A,B,Kaffee-Bonn-4711,A,", // 3 login format
      "Support,Level 2,OK@firma.de,A,B,Kaffee-Bonn-4711,A,", // 4 duplicate of line 1
      "Support,Level 2,taken@firma.de,A,B,Kaffee-Bonn-4711,A,", // 5 existing agent
      "Support,Level 2,boss@firma.de,A,B,Kaffee-Bonn-4711,A,", // 6 a manager's login
      "Support,Level 2,weak@firma.de,A,B,short,A,", // 7 weak password
      "Support,Level 2,few@firma.de,A,B", // 8 field count
      "", // 9 blank: skipped
      ",Extern,hidden@firma.de,A,B,Kaffee-Bonn-4711,A,", // 10 team outside the manager's scope
      "Level 2,,nameless@firma.de,,B,Kaffee-Bonn-4711,A,", // 11 missing team and first name
    ].join("\n");
    const conflicts = new Map([
      ["taken@firma.de", "loginIdTaken"],
      ["boss@firma.de", "loginIdIsManager"],
    ]);
    const { agents, problems } = check(text, conflicts);
    expect(agents.map((a) => a.line)).toEqual([1]);
    expect(problems).toEqual([
      { line: 2, code: "bulkUnknownTeam", value: "Support › Nowhere" },
      { line: 3, code: "bulkLoginFormat", value: "not-an-email" },
      { line: 4, code: "bulkDuplicateInInput", value: "1" },
      { line: 5, code: "bulkLoginTaken", value: "taken@firma.de" },
      { line: 6, code: "bulkLoginIsManager", value: "boss@firma.de" },
      { line: 7, code: "bulkWeakPassword" },
      { line: 8, code: "bulkFieldCount", value: "5" },
      { line: 10, code: "bulkUnknownTeam", value: "Extern" },
      { line: 11, code: "bulkFirstNameMissing" },
      { line: 11, code: "bulkUnknownTeam", value: "Level 2 › " },
    ]);
  });

  it("looks up a team without parent name among top-level teams only", () => {
    const { problems } = check(",Level 2,a@firma.de,A,B,Kaffee-Bonn-4711,A,");
    expect(problems).toEqual([{ line: 1, code: "bulkUnknownTeam", value: "Level 2" }]);
  });

  it("reports broken quoting as a syntax problem with its line", () => {
    const { problems } = check('Support,Level 2,a@firma.de,"A,B,Kaffee-Bonn-4711,A,\nx');
    expect(problems[0]?.code).toBe("bulkSyntax");
  });

  it("takes semicolons or tabs as well as commas, and says so when it recognises none", () => {
    const fields = [
      "Support",
      "Level 2",
      "a@firma.de",
      "Anna",
      "Albers",
      "Kaffee-Bonn-4711",
      "Anna A.",
      "Kst 4711, Bonn",
    ];
    for (const separator of [";", "\t"]) {
      const { agents, problems } = check(fields.join(separator));
      expect(problems).toEqual([]);
      expect(agents.map((a) => [a.loginId, a.customField])).toEqual([["a@firma.de", "Kst 4711, Bonn"]]);
    }
    expect(parseBulkText("Support | Level 2 | a@firma.de | Anna | Albers | Kaffee-Bonn-4711 | Anna A. | Kst")).toEqual({
      records: [],
      problems: [],
      refused: "bulkSeparatorUnknown",
    });
  });
});
