import "server-only";
import { publicUrl } from "@/lib/config/env";
import { openApiDocument } from "../openapi-document";
import { V1_OPERATIONS } from "./operations";

export const API_V1_BASE = "/api/v1";

/** The OpenAPI 3.1 document of /api/v1, built from the operations' own schemas. */
export function apiV1Document() {
  return openApiDocument(
    V1_OPERATIONS,
    {
      title: "Lotse REST API",
      version: "1.0.0",
      description:
        "User provisioning for API managers: agents, teams, portals and team managers. Authenticate with a personal API token (`Authorization: Bearer lotse_…`); failures are RFC 9457 problem details in the language of `Accept-Language`.",
    },
    `${publicUrl()}${API_V1_BASE}`,
  );
}
