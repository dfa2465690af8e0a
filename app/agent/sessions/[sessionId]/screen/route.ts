import { currentPrincipal } from "@/lib/auth/session";
import { screenPostResponse } from "@/lib/live/screen-http";

type Context = { params: Promise<{ sessionId: string }> };

/** JSON: the agent asks for, stops, or answers a screen share in one of their sessions. */
export async function POST(request: Request, { params }: Context) {
  const { sessionId } = await params;
  return screenPostResponse(request, sessionId, async () => {
    const actor = await currentPrincipal("agent");
    return actor && { kind: "agent", actor };
  });
}
