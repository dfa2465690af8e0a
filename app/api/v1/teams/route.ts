import { apiRoute } from "@/lib/api/api-route";
import { apiCreateTeam } from "@/lib/api/v1/teams/create-team";
import { apiListTeams } from "@/lib/api/v1/teams/list-teams";

export const GET = apiRoute(apiListTeams);
export const POST = apiRoute(apiCreateTeam);
