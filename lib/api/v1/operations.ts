import "server-only";
import type { Operation } from "../operation";
import { apiBulkCreateAgents, apiCreateAgent } from "./agents/create-agents";
import { apiGetAgent } from "./agents/get-agent";
import { apiListAgents } from "./agents/list-agents";
import { apiDeleteAgent, apiMoveAgents } from "./agents/move-delete-agents";
import { apiUpdateAgent } from "./agents/update-agent";
import { apiGetManager } from "./managers/get-manager";
import { apiListManagers } from "./managers/list-managers";
import { apiGetPortal } from "./portals/get-portal";
import { apiListPortals } from "./portals/list-portals";
import { apiCreateTeam } from "./teams/create-team";
import { apiDeleteTeam } from "./teams/delete-team";
import { apiGetTeam } from "./teams/get-team";
import { apiListTeams } from "./teams/list-teams";
import { apiUpdateTeam } from "./teams/update-team";
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
  // Teams
  apiListTeams,
  apiGetTeam,
  apiCreateTeam,
  apiUpdateTeam,
  apiDeleteTeam,
  // Portals (read only)
  apiListPortals,
  apiGetPortal,
  // Managers (read only)
  apiListManagers,
  apiGetManager,
] as unknown as readonly Operation[];
