import { apiRoute } from "@/lib/api/api-route";
import { apiCreateAgent } from "@/lib/api/v1/agents/create-agents";
import { apiListAgents } from "@/lib/api/v1/agents/list-agents";

export const GET = apiRoute(apiListAgents);
export const POST = apiRoute(apiCreateAgent);
