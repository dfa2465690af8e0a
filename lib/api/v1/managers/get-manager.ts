import "server-only";
import { getTeamManagerEntry } from "@/lib/managers/team-manager-directory";
import { etagOf } from "../../etag";
import { defineOperation } from "../../operation";
import { managerIdParams, teamManagerSchema } from "./manager-schemas";

/** GET /managers/{managerId}: one team manager with their teams and rights. */
export const apiGetManager = defineOperation({
  method: "GET",
  path: "/managers/{managerId}",
  operationId: "getManager",
  summary: "Get a team manager",
  description: "The team manager with their teams and rights. Read-only.",
  tags: ["Managers"],
  params: managerIdParams,
  responses: { 200: { description: "The team manager.", schema: teamManagerSchema } },
  async handle({ actor, params }) {
    const body = await getTeamManagerEntry(actor, params.managerId);
    return { body, etag: etagOf(body) };
  },
});
