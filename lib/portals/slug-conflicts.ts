import "server-only";
import type { Tx } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors/domain-errors";

/** Slugs that would shadow Lotse's own routes under /p/<portal>/… */
const RESERVED_SUB_PORTAL_SLUGS = new Set(["requests"]);

export async function assertPortalSlugFree(tx: Tx, slug: string, exceptPortalId?: string) {
  const taken = await tx.portal.findFirst({
    where: { slug, ...(exceptPortalId ? { id: { not: exceptPortalId } } : {}) },
    select: { id: true },
  });
  if (taken) throw new ValidationError({ slug: "slugTaken" });
}

export async function assertSubPortalSlugFree(
  tx: Tx,
  portalId: string,
  slug: string,
  field: string,
  exceptId?: string,
) {
  if (RESERVED_SUB_PORTAL_SLUGS.has(slug)) throw new ValidationError({ [field]: "slugReserved" });
  const taken = await tx.subPortal.findFirst({
    where: { portalId, slug, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw new ValidationError({ [field]: "slugTaken" });
}
