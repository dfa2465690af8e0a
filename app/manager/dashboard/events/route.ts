import { currentPrincipal } from "@/lib/auth/session";
import { dashboardStream } from "@/lib/dashboard/dashboard-stream";
import { NotFoundError } from "@/lib/errors/domain-errors";

/** SSE for the Dashboard: names the monitors that changed; the page fetches them (lib/dashboard/dashboard-stream.ts). */
export async function GET(request: Request) {
  const actor = await currentPrincipal("manager");
  if (!actor) return new Response(null, { status: 401 });
  try {
    return await dashboardStream(request, actor);
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
