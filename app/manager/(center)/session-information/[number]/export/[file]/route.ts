import { currentPrincipal } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { attachmentDisposition } from "@/lib/live/file-names";
import { exportSessionFile } from "@/lib/session-information/session-export";

type Context = { params: Promise<{ number: string; file: string }> };

/**
 * Sitzungsinformationen's exports: transcript.txt, transcript.html, diagnostics.json and
 * diagnostics.txt of a past session, as downloads. Who may not export — or asks for something that
 * is not there — gets 404, like a session that does not exist.
 */
export async function GET(_request: Request, { params }: Context) {
  const { number, file } = await params;
  const actor = await currentPrincipal("manager");
  if (!actor || actor.mustChangePassword) return new Response(null, { status: 404 });
  try {
    const exported = await exportSessionFile(actor, number, file);
    return new Response(exported.body, {
      headers: {
        "content-type": exported.contentType,
        "content-disposition": attachmentDisposition(exported.name),
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
