import "server-only";
import { defineGetOperation } from "../get-operation";
import { teamRepresentation } from "./team-representation";
import { teamIdParams, teamSchema } from "./team-schemas";

/** GET /teams/{teamId}: a team's settings, functions and sub-portals, with an ETag. */
export const apiGetTeam = defineGetOperation({
  path: "/teams/{teamId}",
  operationId: "getTeam",
  summary: "Get a team",
  description:
    "The settings of the team's page (name, parent, available logins, team messages, agent functions, max sessions) and its sub-portals. The ETag serves `If-Match` on changes and `If-None-Match` on reads.",
  tags: ["Teams"],
  params: teamIdParams,
  found: { description: "The team.", schema: teamSchema },
  load: (actor, params) => teamRepresentation(actor, params.teamId),
});
