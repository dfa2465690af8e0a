import "server-only";
import type { z } from "zod";
import type { Principal } from "@/lib/auth/principal";
import { etagOf } from "../etag";
import { defineOperation, type Operation, type ResponseSpec } from "../operation";

type GetOperation<P extends z.ZodType> = Pick<
  Operation<P>,
  "path" | "operationId" | "summary" | "description" | "tags"
> & {
  params: P;
  /** The 200 answer: what it is and its schema. */
  found: ResponseSpec;
  /** Further answers worth documenting (304 where a client revalidates). */
  responses?: Record<number, ResponseSpec>;
  load: (actor: Principal, params: z.output<P>) => Promise<unknown>;
};

/**
 * GET of one resource by its id: its representation with the ETag that `If-None-Match` on reads and
 * `If-Match` on changes compare — the same answer for agents, teams, managers and portals.
 */
export function defineGetOperation<P extends z.ZodType>({ found, responses, load, ...operation }: GetOperation<P>) {
  return defineOperation({
    method: "GET",
    ...operation,
    responses: { 200: found, ...responses },
    async handle({ actor, params }) {
      const body = await load(actor, params);
      return { body, etag: etagOf(body) };
    },
  });
}
