import "server-only";
import { updateTeam } from "@/lib/teams/teams";
import { checkIfMatch, etagOf } from "../../etag";
import { defineOperation } from "../../operation";
import { teamRepresentation } from "./team-representation";
import { teamIdParams, teamPatchSchema, teamSchema } from "./team-schemas";
import { inApiFieldNames, teamSettingsOf } from "./team-settings";

/** PATCH /teams/{teamId}: the team's settings page and its Portal tab, in one change. */
export const apiUpdateTeam = defineOperation({
  method: "PATCH",
  path: "/teams/{teamId}",
  operationId: "updateTeam",
  summary: "Change a team",
  description:
    "Only the fields sent change (a JSON merge patch). `parentId` moves the team (not below itself); `subPortalIds` replaces its sub-portals. Everything is written together, or nothing is.",
  tags: ["Teams"],
  params: teamIdParams,
  body: teamPatchSchema,
  conditional: true,
  responses: { 200: { description: "The team as it is now.", schema: teamSchema } },
  async handle({ actor, params, body, ifMatch }) {
    const current = await teamRepresentation(actor, params.teamId);
    checkIfMatch(ifMatch, current);
    await updateTeam(actor, params.teamId, teamSettingsOf(body, current), { subPortalIds: body.subPortalIds }).catch(
      (error: unknown) => {
        throw inApiFieldNames(error);
      },
    );
    const updated = await teamRepresentation(actor, params.teamId);
    return { body: updated, etag: etagOf(updated) };
  },
});
