import "server-only";
import { getTeamManagerEntry } from "@/lib/managers/team-manager-directory";
import { defineGetOperation } from "../get-operation";
import { managerIdParams, teamManagerSchema } from "./manager-schemas";

/** GET /managers/{managerId}: one team manager with their teams and rights. */
export const apiGetManager = defineGetOperation({
  path: "/managers/{managerId}",
  operationId: "getManager",
  summary: "Get a team manager",
  description: "The team manager with their teams and rights. Read-only.",
  tags: ["Managers"],
  params: managerIdParams,
  found: { description: "The team manager.", schema: teamManagerSchema },
  load: (actor, params) => getTeamManagerEntry(actor, params.managerId),
});
