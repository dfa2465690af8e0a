import { AGENT_FUNCTIONS } from "@/lib/agent-functions/catalog";
import { ValidationError } from "@/lib/errors/domain-errors";
import type { TeamSettingsInput } from "@/lib/teams/team-input";
import type { NewTeamBody, TeamPatchBody, TeamRepresentation } from "./team-schemas";

const count = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value));

/**
 * A request body in the shape of the team form ("Team hinzufügen" / the team's settings), so that
 * createTeam and updateTeam check it with the form's rules. `current` is the team as it is (for a
 * patch: every field not sent keeps its value), or undefined for a new team.
 */
export function teamSettingsOf(body: NewTeamBody | TeamPatchBody, current?: TeamRepresentation): TeamSettingsInput {
  const choices = Object.fromEntries(AGENT_FUNCTIONS.map((fn) => [fn, current?.functions[fn]?.setting ?? "inherit"]));
  const has = <K extends keyof TeamPatchBody>(key: K) => body[key] !== undefined;
  return {
    name: body.name ?? current?.name ?? "",
    parentId: (has("parentId") ? body.parentId : current?.parentId) ?? "",
    availableLogins: count(has("availableLogins") ? body.availableLogins : current?.availableLogins),
    greeting: body.greeting ?? current?.greeting ?? "",
    cannedMessages: (body.cannedMessages ?? current?.cannedMessages ?? []).join("\n"),
    cannedUrls: (body.cannedUrls ?? current?.cannedUrls ?? []).join("\n"),
    functions: { ...choices, ...body.functions },
    maxSessions: count(has("maxSessions") ? body.maxSessions : current?.maxSessions),
  };
}

/** The domain names the assignment after the form's field (`subPortals`); the API's is `subPortalIds`. */
export function inApiFieldNames(error: unknown): unknown {
  if (!(error instanceof ValidationError) || !("subPortals" in error.fieldErrors)) return error;
  const { subPortals, ...rest } = error.fieldErrors;
  return new ValidationError({ ...rest, subPortalIds: subPortals! });
}
