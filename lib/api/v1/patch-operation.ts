import "server-only";
import type { z } from "zod";
import type { Principal } from "@/lib/auth/principal";
import { checkIfMatch, etagOf } from "../etag";
import { defineOperation, type Operation, type ResponseSpec } from "../operation";

type PatchOperation<P extends z.ZodType, B extends z.ZodType, Current> = Pick<
  Operation<P, z.ZodType, B>,
  "path" | "operationId" | "summary" | "description" | "tags"
> & {
  params: P;
  body: B;
  /** The 200 answer: the resource as changed, and its schema. */
  changed: ResponseSpec;
  /** The resource before the change, and its representation: what `If-Match` is compared with. */
  read: (actor: Principal, params: z.output<P>) => Promise<{ current: Current; representation: unknown }>;
  change: (actor: Principal, params: z.output<P>, body: z.output<B>, current: Current) => Promise<void>;
  /** The representation after the change, read anew (what a GET answers now). */
  represent: (actor: Principal, params: z.output<P>) => Promise<unknown>;
};

/**
 * PATCH of one resource (a JSON merge patch): only if it is still as read when `If-Match` is sent,
 * then its new representation with the new ETag — the same answer for agents and teams.
 */
export function definePatchOperation<P extends z.ZodType, B extends z.ZodType, Current>({
  changed,
  read,
  change,
  represent,
  ...operation
}: PatchOperation<P, B, Current>) {
  return defineOperation({
    method: "PATCH",
    ...operation,
    conditional: true,
    responses: { 200: changed },
    async handle({ actor, params, body, ifMatch }) {
      const { current, representation } = await read(actor, params);
      checkIfMatch(ifMatch, representation);
      await change(actor, params, body, current);
      const answer = await represent(actor, params);
      return { body: answer, etag: etagOf(answer) };
    },
  });
}
