import { apiRoute } from "@/lib/api/api-route";
import { apiGetAgent } from "@/lib/api/v1/agents/get-agent";
import { apiDeleteAgent } from "@/lib/api/v1/agents/move-delete-agents";
import { apiUpdateAgent } from "@/lib/api/v1/agents/update-agent";

export const GET = apiRoute(apiGetAgent);
export const PATCH = apiRoute(apiUpdateAgent);
export const DELETE = apiRoute(apiDeleteAgent);
