import { apiRoute } from "@/lib/api/api-route";
import { apiMoveAgents } from "@/lib/api/v1/agents/move-delete-agents";

export const POST = apiRoute(apiMoveAgents);
