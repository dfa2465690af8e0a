import "server-only";
import { z } from "zod";
import { listTeamManagerDirectory } from "@/lib/managers/team-manager-directory";
import { cursorKey, pageOf, pageQuery, pageSchema } from "../../cursor";
import { defineOperation } from "../../operation";
import { teamManagerSchema } from "./manager-schemas";

const managerPageSchema = pageSchema(teamManagerSchema).meta({ id: "TeamManagerPage" });

/** GET /managers: team managers with their teams and rights — read only (decision record 28). */
export const apiListManagers = defineOperation({
  method: "GET",
  path: "/managers",
  operationId: "listManagers",
  summary: "List the team managers",
  description:
    "Team managers with their teams and rights, in login-ID order, paged by cursor. Company and API managers are not listed; managers cannot be changed through the API.",
  tags: ["Managers"],
  query: z.object(pageQuery),
  responses: { 200: { description: "A page of team managers.", schema: managerPageSchema } },
  async handle({ actor, query }) {
    const cursor = cursorKey(query.cursor, 1);
    const rows = await listTeamManagerDirectory(actor, { after: cursor?.[0], take: query.limit + 1 });
    const body: z.output<typeof managerPageSchema> = pageOf(rows, query.limit, (manager) => [manager.loginId]);
    return { body };
  },
});
