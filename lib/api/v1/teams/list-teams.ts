import "server-only";
import { z } from "zod";
import { listTeams, type TeamListRow } from "@/lib/teams/team-list";
import { cursorKey, pageOf, pageQuery, pageSchema } from "../../cursor";
import { defineOperation } from "../../operation";
import { teamSummarySchema } from "./team-schemas";

/** The value of `parentId` that asks for the top-level teams. */
const TOP_LEVEL = "root";

const teamListQuery = z.object({
  parentId: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: `Only the direct sub-teams of this team; \`${TOP_LEVEL}\`: only the top-level teams.` }),
  name: z.string().min(1).max(300).optional().meta({ description: "Only teams of this name (any case)." }),
  externalId: z.string().min(1).max(200).optional().meta({ description: "Exactly this external ID." }),
  ...pageQuery,
});

const teamPageSchema = pageSchema(teamSummarySchema).meta({ id: "TeamPage" });

/**
 * The sort key of a team in tree order: the names from the top down, joined by a character no
 * name sorts below, so that each team comes right after its parent; the id settles the rest.
 */
const keyOf = (team: TeamListRow) => [team.chainNames.join("\u0000"), team.id];
const after = (key: string[], cursor: string[]) =>
  key[0]! > cursor[0]! || (key[0] === cursor[0] && key[1]! > cursor[1]!);

function matches(team: TeamListRow, query: z.output<typeof teamListQuery>): boolean {
  if (query.parentId !== undefined && team.parentId !== (query.parentId === TOP_LEVEL ? null : query.parentId))
    return false;
  if (query.name !== undefined && team.name.toLocaleLowerCase() !== query.name.toLocaleLowerCase()) return false;
  return query.externalId === undefined || team.externalId === query.externalId;
}

/** GET /teams: the team tree as a flat list with parent links. */
export const apiListTeams = defineOperation({
  method: "GET",
  path: "/teams",
  operationId: "listTeams",
  summary: "List the team tree",
  description:
    "Every team with its `parentId`, in tree order: each team right after its parent, siblings by name. Paged by cursor: pass `nextCursor` as `cursor` until it is null.",
  tags: ["Teams"],
  query: teamListQuery,
  responses: { 200: { description: "A page of teams.", schema: teamPageSchema } },
  async handle({ actor, query }) {
    const cursor = cursorKey(query.cursor, 2);
    const rows = (await listTeams(actor))
      .map((team) => ({ team, key: keyOf(team) }))
      .sort((a, b) => (after(a.key, b.key) ? 1 : -1))
      .filter(({ team, key }) => matches(team, query) && (!cursor || after(key, cursor)));
    const page = pageOf(rows.slice(0, query.limit + 1), query.limit, (row) => row.key);
    const body: z.output<typeof teamPageSchema> = {
      data: page.data.map(({ team: { chainNames: _names, ...team } }) => team),
      nextCursor: page.nextCursor,
    };
    return { body };
  },
});
