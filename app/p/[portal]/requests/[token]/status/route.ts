import { NotFoundError } from "@/lib/errors/domain-errors";
import { requestStatusStream } from "@/lib/live/request-status-stream";

type Context = { params: Promise<{ portal: string; token: string }> };

/** SSE: tells the waiting customer's page when their request is accepted (or times out). */
export async function GET(request: Request, { params }: Context) {
  const { portal, token } = await params;
  try {
    return await requestStatusStream(request, portal, token);
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
