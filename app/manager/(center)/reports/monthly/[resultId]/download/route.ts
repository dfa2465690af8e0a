import { currentPrincipal } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { downloadMonthlyResult } from "@/lib/monthly-reports/download";

/**
 * "Download" of one month of a monthly report (`?format=csv|xlsx|pdf`): the kept figures as a file.
 * The same checks as the page: signed in, Monatliche Berichte, one's own month while it is kept —
 * else 404, like every forbidden read.
 */
export async function GET(request: Request, { params }: { params: Promise<{ resultId: string }> }) {
  const actor = await currentPrincipal("manager");
  if (!actor || actor.mustChangePassword) return new Response(null, { status: 401 });
  const { resultId } = await params;
  const format = new URL(request.url).searchParams.get("format");
  try {
    const file = await downloadMonthlyResult(actor, resultId, format);
    return new Response(file.body, {
      headers: {
        "content-type": file.contentType,
        "content-disposition": file.disposition,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
