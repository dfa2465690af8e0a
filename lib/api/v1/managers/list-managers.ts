import "server-only";
import { listTeamManagerDirectory } from "@/lib/managers/team-manager-directory";
import { defineListOperation } from "../list-operation";
import { teamManagerSchema } from "./manager-schemas";

/** GET /managers: team managers with their teams and rights — read only (decision record 28). */
export const apiListManagers = defineListOperation({
  path: "/managers",
  operationId: "listManagers",
  summary: "List the team managers",
  description:
    "Team managers with their teams and rights, in login-ID order, paged by cursor. Company and API managers are not listed; managers cannot be changed through the API.",
  tags: ["Managers"],
  item: teamManagerSchema,
  pageId: "TeamManagerPage",
  found: "A page of team managers.",
  load: (actor, _query, after, take) => listTeamManagerDirectory(actor, { after: after?.[0], take }),
  keyOf: (manager) => [manager.loginId],
  keyParts: 1,
});
