import "server-only";
import { readAccountGrants } from "@/lib/admin/account-grants";
import type { Principal } from "@/lib/auth/principal";
import { requireCompanyManager } from "@/lib/access/management-scope";
import { NotFoundError } from "@/lib/errors/domain-errors";

/**
 * Portals are the company manager's (manual chapter 3): they always see them and assign teams;
 * changing portal settings additionally needs the Admin Center grant. Everyone else gets "not found".
 */
export async function portalAccess(actor: Principal): Promise<{ mayChange: boolean; localRecordingAllowed: boolean }> {
  requireCompanyManager(actor);
  const grants = await readAccountGrants();
  return { mayChange: grants.companyManagersMayChangePortals, localRecordingAllowed: grants.localRecordingAllowed };
}

/** For every write to a portal itself: without the grant the server refuses, whatever the form showed. */
export async function requirePortalEditor(actor: Principal) {
  const access = await portalAccess(actor);
  if (!access.mayChange) throw new NotFoundError("portal");
  return access;
}
