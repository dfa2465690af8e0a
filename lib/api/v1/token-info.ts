import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { defineOperation } from "../operation";

const tokenInfoSchema = z
  .object({
    name: z.string(),
    expiresAt: z.iso.datetime(),
    owner: z.object({ loginId: z.string(), name: z.string() }),
  })
  .meta({ id: "TokenInfo" });

/** GET /token: which token this is and whose, so a script can check its configuration. */
export const getTokenInfo = defineOperation({
  method: "GET",
  path: "/token",
  operationId: "getToken",
  summary: "The token in use",
  description: "Its name, its expiry and the API manager it belongs to.",
  tags: ["Token"],
  responses: { 200: { description: "The token.", schema: tokenInfoSchema } },
  async handle({ actor }) {
    const token = await db.apiToken.findUnique({ where: { id: actor.apiToken?.id ?? "" } });
    if (!token) throw new NotFoundError("apiToken");
    const body: z.output<typeof tokenInfoSchema> = {
      name: token.name,
      expiresAt: token.expiresAt.toISOString(),
      owner: { loginId: actor.loginId, name: actor.displayName },
    };
    return { body };
  },
});
