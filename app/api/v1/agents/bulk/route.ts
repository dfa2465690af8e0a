import { apiRoute } from "@/lib/api/api-route";
import { apiBulkCreateAgents } from "@/lib/api/v1/agents/create-agents";

export const POST = apiRoute(apiBulkCreateAgents);
