import { apiV1Document } from "@/lib/api/v1/openapi";

/** The API's description is public: it holds no data, and tools read it before they have a token. */
export function GET() {
  return Response.json(apiV1Document(), { headers: { "cache-control": "no-cache" } });
}
