import de from "@/messages/de.json";

/** Why a line of a Masseneingabe, or a whole import, failed: a key of "Bulk.problems". */
export type BulkProblemCode = keyof (typeof de)["Bulk"]["problems"];

/**
 * The code of a failed import as the page can name it: a stored import keeps its code as text in
 * the database, so it is checked here; an unknown one (an older version's) reads as "bulkFailed".
 */
export function bulkProblemCodeOr(value: string | null): BulkProblemCode {
  return value !== null && Object.hasOwn(de.Bulk.problems, value) ? (value as BulkProblemCode) : "bulkFailed";
}
