import { z } from "zod";

// Column types of rows that raw SQL reads from SQLite. A raw query has no schema behind its result,
// so each one parses its rows with a zod schema built from these: a renamed or retyped column fails
// the query's test (test/db/raw-queries.test.ts) instead of turning into `undefined` on a page.
// SQLite has no boolean or date type: Prisma stores booleans as 0/1 and DateTime as ISO text, and
// an integer may arrive as a bigint.

/** An INTEGER (a count, a number of attempts): number or bigint, as a number. */
export const sqlInteger = z.union([z.number().int(), z.bigint()]).transform(Number);

/** A Prisma Boolean: 0/1 (number or bigint), or already a boolean. */
export const sqlBoolean = z
  .union([z.boolean(), z.literal([0, 1, 0n, 1n])])
  .transform((value) => Boolean(Number(value)));

/** A Prisma DateTime: ISO text (as Prisma writes it), a Date, or epoch milliseconds. */
export const sqlDate = z
  .union([z.date(), z.iso.datetime({ offset: true }), z.number().int()])
  .transform((value) => new Date(value));
