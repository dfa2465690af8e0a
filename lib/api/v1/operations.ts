import "server-only";
import type { Operation } from "../operation";
import { apiBulkCreateAgents, apiCreateAgent } from "./agents/create-agents";
import { apiGetAgent } from "./agents/get-agent";
import { apiListAgents } from "./agents/list-agents";
import { apiDeleteAgent, apiMoveAgents } from "./agents/move-delete-agents";
import { apiUpdateAgent } from "./agents/update-agent";
import { getTokenInfo } from "./token-info";

/**
 * Every operation of /api/v1. The route files under app/api/v1 export these as their handlers and
 * the OpenAPI document lists them; a test holds the two to each other (test/api/openapi.test.ts).
 */
export const V1_OPERATIONS: readonly Operation[] = [
  getTokenInfo,
  // Agents
  apiListAgents,
  apiGetAgent,
  apiCreateAgent,
  apiBulkCreateAgents,
  apiUpdateAgent,
  apiMoveAgents,
  apiDeleteAgent,
] as unknown as readonly Operation[];
