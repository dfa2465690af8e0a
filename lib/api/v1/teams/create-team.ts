import "server-only";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { createTeam } from "@/lib/teams/teams";
import { etagOf } from "../../etag";
import { defineOperation } from "../../operation";
import { teamRepresentation } from "./team-representation";
import { newTeamSchema, teamSchema } from "./team-schemas";
import { inApiFieldNames, teamSettingsOf } from "./team-settings";

/** POST /teams: "Team hinzufügen" / "Teilteam hinzufügen", with its sub-portals in the same step. */
export const apiCreateTeam = defineOperation({
  method: "POST",
  path: "/teams",
  operationId: "createTeam",
  summary: "Create a team",
  description:
    "A top-level team, or a sub-team with `parentId`. The name must differ from its siblings' (any case). With `subPortalIds` the team is created with its sub-portals, or — when one is unknown — not at all.",
  tags: ["Teams"],
  body: newTeamSchema,
  responses: { 201: { description: "The new team; `Location` is its address.", schema: teamSchema } },
  async handle({ actor, body, request }) {
    const team = await createTeam(actor, teamSettingsOf(body), { subPortalIds: body.subPortalIds }).catch(
      (error: unknown) => {
        // The token sees every team: "not found" here is the parent named in the body, a field
        // error of this request (as PATCH answers an impossible parent) rather than a missing resource.
        if (error instanceof NotFoundError && body.parentId)
          throw new ValidationError({ parentId: "parentTeamInvalid" });
        throw inApiFieldNames(error);
      },
    );
    const created = await teamRepresentation(actor, team.id);
    return {
      status: 201,
      body: created,
      etag: etagOf(created),
      headers: { location: `${new URL(request.url).pathname}/${team.id}` },
    };
  },
});
