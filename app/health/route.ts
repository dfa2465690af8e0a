import { checkHealth } from "@/lib/health/health";

export const dynamic = "force-dynamic";

/** For monitors and load balancers, without sign-in: 200 when Lotse is healthy, 503 otherwise. */
export async function GET(): Promise<Response> {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
