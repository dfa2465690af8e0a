import { z } from "zod";
import { AGENT_FUNCTIONS } from "@/lib/agent-functions/catalog";
import { functionChoice } from "@/lib/teams/team-input";

// The request schemas check shapes only; the rules (names unique among siblings, parents, counts,
// URLs) are the domain's (createTeam, updateTeam), so the API answers with the forms' own codes.

export const teamIdParams = z.object({
  teamId: z.string().min(1).max(100).meta({ description: "The team's id." }),
});

const teamFields = {
  id: z.string(),
  name: z.string(),
  parentId: z.string().nullable().meta({ description: "The parent team; null for a top-level team." }),
  path: z.string().meta({ description: "The team with its parents, e.g. `Support › Level 2`." }),
  externalId: z
    .string()
    .nullable()
    .meta({ description: "An identity provider's identifier for the team (set over SCIM)." }),
};

/** A team as the list shows it: its place in the tree and how many agents it has. */
export const teamSummarySchema = z
  .object({ ...teamFields, agentCount: z.number().int().meta({ description: "Agents in this team itself." }) })
  .meta({ id: "TeamSummary" });

const teamFunctionSchema = z
  .object({
    setting: functionChoice.meta({ description: "The team's own setting; `inherit` takes the parent team's." }),
    effective: z.boolean().meta({
      description:
        "What the team's agents get unless they override it: this team's, else up the tree, else the default.",
    }),
  })
  .meta({ id: "TeamFunction" });

export const teamSchema = z
  .object({
    ...teamFields,
    availableLogins: z
      .number()
      .int()
      .nullable()
      .meta({ description: "Cap on the team's agents signed in at once; null: no cap." }),
    greeting: z.string().meta({ description: "Sent as the first message of each session." }),
    cannedMessages: z.array(z.string()),
    cannedUrls: z.array(z.string()),
    functions: z.object(Object.fromEntries(AGENT_FUNCTIONS.map((fn) => [fn, teamFunctionSchema]))),
    maxSessions: z
      .number()
      .int()
      .nullable()
      .meta({ description: "The team's own cap on simultaneous sessions; null takes the parent team's." }),
    effectiveMaxSessions: z.number().int(),
    subPortalIds: z
      .array(z.string())
      .meta({ description: "The sub-portals whose requests the team's agents receive (GET /portals)." }),
  })
  .meta({ id: "Team" });

export type TeamRepresentation = z.output<typeof teamSchema>;

const settingFields = {
  availableLogins: z.number().int().nullable().meta({ description: "null: no cap." }),
  greeting: z.string().max(2000),
  cannedMessages: z
    .array(z.string().regex(/^[^\r\n]*$/, "cannedMessageLine"))
    .max(1000)
    .meta({ description: "One line each." }),
  cannedUrls: z.array(z.string().regex(/^[^\r\n]*$/, "cannedUrlInvalid")).max(1000),
  functions: z
    .partialRecord(z.enum(AGENT_FUNCTIONS), functionChoice)
    .meta({ description: "Only the functions named change; `inherit` removes the team's own setting." }),
  maxSessions: z.number().int().nullable().meta({ description: "null takes the parent team's." }),
  subPortalIds: z
    .array(z.string().min(1).max(100))
    .max(1000)
    .meta({ description: "Replaces the team's sub-portals; written together with the rest, or nothing is." }),
};

export const newTeamSchema = z
  .object({
    name: z.string().max(300),
    parentId: z.string().max(100).nullable().optional().meta({ description: "Absent or null: a top-level team." }),
    ...z.object(settingFields).partial().shape,
  })
  .strict()
  .meta({ id: "NewTeam" });

/** A JSON merge patch of a team: only the fields sent change. */
export const teamPatchSchema = z
  .object({
    name: z.string().max(300),
    parentId: z.string().max(100).nullable().meta({ description: "null moves the team to the top level." }),
    ...settingFields,
  })
  .partial()
  .strict()
  .meta({ id: "TeamPatch" });

export type NewTeamBody = z.output<typeof newTeamSchema>;
export type TeamPatchBody = z.output<typeof teamPatchSchema>;
