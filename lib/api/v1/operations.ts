import "server-only";
import type { Operation } from "../operation";
import { getTokenInfo } from "./token-info";

/**
 * Every operation of /api/v1. The route files under app/api/v1 export these as their handlers and
 * the OpenAPI document lists them; a test holds the two to each other (test/api/openapi.test.ts).
 */
export const V1_OPERATIONS: readonly Operation[] = [getTokenInfo as unknown as Operation];
