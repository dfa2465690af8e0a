import "server-only";
import type { Realm } from "@/lib/auth/principal";
import { currentPrincipal } from "@/lib/auth/session";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { auditCsv } from "./audit-export";
import { auditFieldsOf, parseAuditFilter } from "./audit-filter";

/**
 * The download of a Protokoll filter: the same checks as the page — signed in to the realm, allowed
 * to read the log (else 404), a valid filter (else 400: the page says why; its link always comes
 * from a filter the page could show).
 */
export async function auditCsvResponse(realm: Realm, request: Request): Promise<Response> {
  const actor = await currentPrincipal(realm);
  if (!actor || actor.mustChangePassword) return new Response(null, { status: 404 });
  const fields = auditFieldsOf(new URL(request.url).searchParams);
  try {
    const { body, disposition } = await auditCsv(actor, parseAuditFilter(fields, actor.timeZone));
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": disposition,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    if (error instanceof ValidationError) return new Response(null, { status: 400 });
    throw error;
  }
}
