/** The Management Center's API pages (decision record 28). */
export const API_TOKENS_PATH = "/manager/api";
export const API_REFERENCE_PATH = "/manager/api/reference";
export const revokeApiTokenPath = (id: string) => `/manager/api/tokens/${encodeURIComponent(id)}/revoke`;
/** Where the API's own description is served. */
export const OPENAPI_DOCUMENT_PATH = "/api/v1/openapi.json";
