import "server-only";
import { cache } from "react";
import type { Realm } from "@/lib/auth/principal";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import type { FormState } from "@/lib/forms/form-state";
import { searchAnswer } from "@/lib/forms/search-answer";
import { type AuditFilter, type AuditFilterFields, auditFieldsOf, parseAuditFilter } from "./audit-filter";
import { type AuditCursor, type AuditPage, auditCursorOf, auditLogScope, listAuditEntries } from "./audit-log";
import { type ObjectNames, objectNamesOf } from "./audit-objects";

export type AuditFromAddress = {
  fields: AuditFilterFields;
  after: AuditCursor | null;
  found: { filter: AuditFilter; page: AuditPage; names: ObjectNames } | null;
  /** The errors of the filter, with the fields as the address had them. */
  state: FormState;
};

/**
 * Runs the filter in the Protokoll's address (a GET form) for the signed-in viewer of `realm`: a
 * page of entries, or the fields' errors. Cached for the request, so the page and its title share it.
 */
export const auditFromAddress = cache(async (realm: Realm, address: string): Promise<AuditFromAddress> => {
  const actor = await requirePrincipal(realm);
  await orNotFound(auditLogScope(actor));
  const query = new URLSearchParams(address);
  const fields = auditFieldsOf(query);
  const after = auditCursorOf(query.get("after"));
  return searchAnswer(fields, after, async () => {
    const filter = parseAuditFilter(fields, actor.timeZone);
    const page = await listAuditEntries(actor, filter, after);
    return { filter, page, names: await objectNamesOf(page.rows) };
  });
});
