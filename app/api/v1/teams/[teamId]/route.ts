import { apiRoute } from "@/lib/api/api-route";
import { apiDeleteTeam } from "@/lib/api/v1/teams/delete-team";
import { apiGetTeam } from "@/lib/api/v1/teams/get-team";
import { apiUpdateTeam } from "@/lib/api/v1/teams/update-team";

export const GET = apiRoute(apiGetTeam);
export const PATCH = apiRoute(apiUpdateTeam);
export const DELETE = apiRoute(apiDeleteTeam);
