import "server-only";
import { z } from "zod";
import { deleteTeam } from "@/lib/teams/teams";
import { checkIfMatch } from "../../etag";
import { defineOperation } from "../../operation";
import { teamRepresentation } from "./team-representation";
import { teamIdParams } from "./team-schemas";

const deletedTeamSchema = z
  .object({
    deletedTeams: z.number().int().meta({ description: "The team and its sub-teams." }),
    agentsWithoutTeam: z
      .number()
      .int()
      .meta({ description: "Their agents, kept: they are now without a team (`GET /agents?teamId=none`)." }),
  })
  .meta({ id: "DeletedTeam" });

/** DELETE /teams/{teamId}: "Team löschen" — the team and its sub-teams go, their agents stay. */
export const apiDeleteTeam = defineOperation({
  method: "DELETE",
  path: "/teams/{teamId}",
  operationId: "deleteTeam",
  summary: "Delete a team",
  description:
    "Deletes the team with all its sub-teams. Their agents are not deleted: they stay in the account without a team.",
  tags: ["Teams"],
  params: teamIdParams,
  conditional: true,
  responses: {
    200: { description: "What was deleted, and how many agents are now without a team.", schema: deletedTeamSchema },
  },
  async handle({ actor, params, ifMatch }) {
    if (ifMatch !== null) checkIfMatch(ifMatch, await teamRepresentation(actor, params.teamId));
    const { teams, agentsReleased } = await deleteTeam(actor, params.teamId);
    const body: z.output<typeof deletedTeamSchema> = { deletedTeams: teams, agentsWithoutTeam: agentsReleased };
    return { body };
  },
});
