import "server-only";
import { updateTeam } from "@/lib/teams/teams";
import { definePatchOperation } from "../patch-operation";
import { teamRepresentation } from "./team-representation";
import { teamIdParams, teamPatchSchema, teamSchema } from "./team-schemas";
import { inApiFieldNames, teamSettingsOf } from "./team-settings";

/** PATCH /teams/{teamId}: the team's settings page and its Portal tab, in one change. */
export const apiUpdateTeam = definePatchOperation({
  path: "/teams/{teamId}",
  operationId: "updateTeam",
  summary: "Change a team",
  description:
    "Only the fields sent change (a JSON merge patch). `parentId` moves the team (not below itself); `subPortalIds` replaces its sub-portals. Everything is written together, or nothing is.",
  tags: ["Teams"],
  params: teamIdParams,
  body: teamPatchSchema,
  changed: { description: "The team as it is now.", schema: teamSchema },
  async read(actor, params) {
    const current = await teamRepresentation(actor, params.teamId);
    return { current, representation: current };
  },
  async change(actor, params, body, current) {
    await updateTeam(actor, params.teamId, teamSettingsOf(body, current), { subPortalIds: body.subPortalIds }).catch(
      (error: unknown) => {
        throw inApiFieldNames(error);
      },
    );
  },
  represent: (actor, params) => teamRepresentation(actor, params.teamId),
});
