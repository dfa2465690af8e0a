import { z } from "zod";
import { ValidationError } from "@/lib/errors/domain-errors";

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 200;

/** The paging parameters every list takes. */
export const pageQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(DEFAULT_PAGE_SIZE)
    .meta({ description: `Page size, 1–${MAX_PAGE_SIZE}.` }),
  cursor: z
    .string()
    .max(200)
    .optional()
    .meta({ description: "The `nextCursor` of the previous page; absent for the first page." }),
};

/**
 * Cursors are opaque to clients: the sort key of the last row seen, base64url-encoded. Paging by key
 * (not by offset) stays correct while rows are added or removed between pages.
 */
function encodeCursor(key: string[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** The key a cursor carries, or null when it is not one of ours. */
function decodeCursor(cursor: string | undefined, parts: number): string[] | null | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return Array.isArray(key) && key.length === parts && key.every((part) => typeof part === "string") ? key : null;
  } catch {
    return null;
  }
}

/**
 * The key of the `cursor` query parameter (undefined: the first page). A cursor that is not one of
 * ours is the query's fault, answered next to its parameter.
 */
export function cursorKey(cursor: string | undefined, parts: number): string[] | undefined {
  const key = decodeCursor(cursor, parts);
  if (key === null) throw new ValidationError({ "query.cursor": "cursorInvalid" });
  return key;
}

/** A page envelope: the rows, and the cursor of the next page (null on the last). */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable() });
}

/** Takes `limit` of `rows` fetched with `limit + 1`, and the cursor after the last one kept. */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => string[]) {
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  return { data, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
