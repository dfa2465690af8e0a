import "server-only";
import { z } from "zod";
import type { Principal } from "@/lib/auth/principal";
import { cursorKey, pageOf, pageQuery, pageSchema } from "../cursor";
import { defineOperation, type Operation } from "../operation";

/** The parsed query: the filters, and the page asked for. */
type ListQuery<F extends z.ZodRawShape> = z.output<z.ZodObject<F>> & { limit: number; cursor?: string };

type ListOperation<F extends z.ZodRawShape, R, S extends z.ZodType> = Pick<
  Operation,
  "path" | "operationId" | "summary" | "description" | "tags"
> & {
  /** Filters, listed before the paging parameters. */
  filters?: F;
  /** One row's schema, and the id of the page schema in the document. */
  item: S;
  pageId: string;
  /** What the 200 answer holds ("A page of …"). */
  found: string;
  /** The rows after the cursor's sort key (`after`), `take` at most, in the order `keyOf` sorts by. */
  load: (actor: Principal, query: ListQuery<F>, after: string[] | undefined, take: number) => Promise<R[]>;
  keyOf: (row: R) => string[];
  /** How many parts the sort key has: a cursor carrying another number is not one of ours. */
  keyParts: number;
  represent?: (row: R) => z.output<S>;
};

/**
 * GET of a list paged by cursor: the paging parameters, the page envelope, and
 * one row more than the page fetched, which tells whether there is a next page.
 */
export function defineListOperation<F extends z.ZodRawShape, R, S extends z.ZodType>({
  filters,
  item,
  pageId,
  found,
  load,
  keyOf,
  keyParts,
  represent = (row) => row as z.output<S>,
  ...operation
}: ListOperation<F, R, S>) {
  const page = pageSchema(item).meta({ id: pageId });
  return defineOperation({
    method: "GET",
    ...operation,
    query: z.object({ ...(filters ?? ({} as F)), ...pageQuery }) as unknown as z.ZodType<ListQuery<F>>,
    responses: { 200: { description: found, schema: page } },
    async handle({ actor, query }) {
      const rows = await load(actor, query, cursorKey(query.cursor, keyParts), query.limit + 1);
      const { data, nextCursor } = pageOf(rows, query.limit, keyOf);
      const body: z.output<typeof page> = { data: data.map(represent), nextCursor };
      return { body };
    },
  });
}
