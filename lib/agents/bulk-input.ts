import { parse } from "csv-parse/sync";
import { ValidationError } from "@/lib/errors/domain-errors";
import type { FormState } from "@/lib/forms/form-state";
import type { TeamForest } from "@/lib/teams/team-forest";
import { newAgentFields } from "./agent-input";
import type { BulkProblemCode } from "./bulk-problem-code";
import { detectSeparator } from "./field-separator";
import { decodeSpreadsheetText } from "./spreadsheet-text";

/** The manual's Masseneingabe format, one agent per line. */
const BULK_FIELDS = [
  "parentTeam",
  "team",
  "loginId",
  "firstName",
  "lastName",
  "password",
  "screenName",
  "custom",
] as const;

export const MAX_BULK_LINES = 5000;
/** 5,000 lines of the usual length take about 1.3 MB; the form's body limit (lib/config/body-limits.mjs) leaves room for this. */
export const MAX_BULK_BYTES = 3 * 1024 * 1024;

export type BulkProblem = { line: number; code: BulkProblemCode; value?: string };

/** What the Masseneingabe form gets back: the usual form state and every bad line (none when the form itself failed). */
export type BulkState = FormState & { problems?: BulkProblem[] };

export type BulkAgent = {
  line: number;
  loginId: string;
  firstName: string;
  lastName: string;
  password: string;
  screenName: string;
  customField: string;
  teamId: string;
};

export type ParsedBulk = {
  records: { line: number; fields: string[] }[];
  problems: BulkProblem[];
  /** Why the text as a whole can't be read (its separator is not recognisable). */
  refused?: "bulkSeparatorUnknown";
};

/**
 * Splits the text into records, with whichever separator it uses (comma, semicolon, tab: see
 * field-separator.ts); quoted fields may contain separators, quotes and line breaks. Blank lines, and
 * the rows of bare separators Excel writes for emptied cells, are skipped but counted.
 */
export function parseBulkText(text: string): ParsedBulk {
  if (text.trim() === "") return { records: [], problems: [] };
  const delimiter = detectSeparator(text, BULK_FIELDS.length);
  if (!delimiter) return { records: [], problems: [], refused: "bulkSeparatorUnknown" };
  try {
    const rows = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      bom: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return {
      records: rows
        .filter((row) => row.record.some((field) => field !== ""))
        .map((row) => ({ line: row.info.lines, fields: row.record })),
      problems: [],
    };
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { records: [], problems: [{ line, code: "bulkSyntax" }] };
  }
}

/** An uploaded file as text, whatever Excel or LibreOffice saved it as (spreadsheet-text.ts). */
export function readBulkFile(bytes: Uint8Array): string {
  // UTF-16 takes two bytes for each character the size limit counts.
  if (bytes.length > 2 * MAX_BULK_BYTES) throw new ValidationError({ bulkFile: "bulkTooLarge" });
  const decoded = decodeSpreadsheetText(bytes);
  if ("problem" in decoded) throw new ValidationError({ bulkFile: decoded.problem });
  return decoded.text;
}

/** Finds the team a line names: "Name des übergeordneten Teams" may be empty for a top-level team. */
function resolveTeam(
  forest: TeamForest,
  parentName: string,
  teamName: string,
  allowed: (teamId: string) => boolean,
): { teamId: string } | { problem: "bulkUnknownTeam" | "bulkAmbiguousTeam" } {
  const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: "accent" }) === 0;
  const candidates = (parentName === "" ? [null] : findAll(forest, parentName)).flatMap((parent) =>
    forest.children(parent).filter((team) => same(team.name, teamName)),
  );
  const visible = candidates.filter((team) => allowed(team.id));
  if (visible.length === 1) return { teamId: visible[0]!.id };
  return { problem: visible.length === 0 ? "bulkUnknownTeam" : "bulkAmbiguousTeam" };
}

function findAll(forest: TeamForest, name: string): (string | null)[] {
  const result: string[] = [];
  const walk = (parent: string | null) => {
    for (const team of forest.children(parent)) {
      if (team.name.localeCompare(name, undefined, { sensitivity: "accent" }) === 0) result.push(team.id);
      walk(team.id);
    }
  };
  walk(null);
  return result;
}

/** A line's agent fields, checked with the very limits "Mitarbeiter hinzufügen" uses. */
const bulkLineFields = newAgentFields.pick({
  loginId: true,
  firstName: true,
  lastName: true,
  password: true,
  screenName: true,
  customField: true,
});

/** A field's failure as a line's problem: the agent form's error keys, named for a line. */
function problemOf(issue: { path: PropertyKey[]; message: string }): BulkProblemCode {
  if (issue.message === "tooLong") return "bulkTooLong";
  switch (issue.path[0]) {
    case "loginId":
      return "bulkLoginFormat";
    case "firstName":
      return "bulkFirstNameMissing";
    case "lastName":
      return "bulkLastNameMissing";
    case "password":
      return "bulkWeakPassword";
    default:
      return "bulkTooLong";
  }
}

/** The order a line's field problems are listed in (after its login's). */
const LINE_PROBLEM_ORDER: BulkProblemCode[] = [
  "bulkFirstNameMissing",
  "bulkLastNameMissing",
  "bulkTooLong",
  "bulkWeakPassword",
];

/**
 * Checks every line and reports every problem with its line number. `conflicts` tells which login
 * IDs already exist in the account (and whether a manager holds them).
 */
export function validateBulkRecords(
  records: { line: number; fields: string[] }[],
  forest: TeamForest,
  allowedTeam: (teamId: string) => boolean,
  conflicts: Map<string, string>,
): { agents: BulkAgent[]; problems: BulkProblem[] } {
  const agents: BulkAgent[] = [];
  const problems: BulkProblem[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { line, fields } of records) {
    if (fields.length !== BULK_FIELDS.length) {
      problems.push({ line, code: "bulkFieldCount", value: String(fields.length) });
      continue;
    }
    const [parentTeam, team, rawLogin, firstName, lastName, password, screenName, custom] = fields as string[] as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const before = problems.length;
    const checked = bulkLineFields.safeParse({
      loginId: rawLogin,
      firstName,
      lastName,
      password,
      screenName,
      customField: custom,
    });
    const failed = new Set(checked.success ? [] : checked.error.issues.map(problemOf));
    const loginId = checked.success ? checked.data.loginId : rawLogin.toLowerCase();
    if (failed.has("bulkLoginFormat")) problems.push({ line, code: "bulkLoginFormat", value: rawLogin });
    else if (firstLineOf.has(loginId))
      problems.push({ line, code: "bulkDuplicateInInput", value: String(firstLineOf.get(loginId)) });
    else if (conflicts.has(loginId))
      problems.push({
        line,
        code: conflicts.get(loginId) === "loginIdIsManager" ? "bulkLoginIsManager" : "bulkLoginTaken",
        value: rawLogin,
      });
    if (!failed.has("bulkLoginFormat") && !firstLineOf.has(loginId)) firstLineOf.set(loginId, line);
    for (const code of LINE_PROBLEM_ORDER) if (failed.has(code)) problems.push({ line, code });
    const resolved = resolveTeam(forest, parentTeam, team, allowedTeam);
    if ("problem" in resolved)
      problems.push({ line, code: resolved.problem!, value: parentTeam ? `${parentTeam} › ${team}` : team });
    if (problems.length === before && "teamId" in resolved) {
      agents.push({
        line,
        loginId,
        firstName,
        lastName,
        password,
        screenName: screenName || firstName,
        customField: custom,
        teamId: resolved.teamId!,
      });
    }
  }
  return { agents, problems };
}
