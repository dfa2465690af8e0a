import "server-only";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Principal } from "@/lib/auth/principal";
import { requirePortalEditor } from "./portal-access";
import { type NewPortalInput, newPortalSchema } from "./portal-input";
import { parseOrThrow } from "./parse-input";
import { assertPortalSlugFree, assertSubPortalSlugFree } from "./slug-conflicts";

/** Creates a portal together with its first sub-portal (every portal has at least one). */
export async function createPortal(actor: Principal, input: NewPortalInput) {
  await requirePortalEditor(actor);
  const v = parseOrThrow(newPortalSchema, input);
  return inTransaction(async (tx) => {
    await assertPortalSlugFree(tx, v.slug);
    const portal = await tx.portal.create({ data: { name: v.name, slug: v.slug, type: v.type } });
    await assertSubPortalSlugFree(tx, portal.id, v.subPortalSlug, "subPortalSlug");
    const subPortal = await tx.subPortal.create({
      data: { portalId: portal.id, name: v.subPortalName, slug: v.subPortalSlug },
    });
    await writeAudit(tx, {
      actor,
      action: "portal.created",
      targetType: "portal",
      targetId: portal.id,
      summary: {
        name: v.name,
        slug: v.slug,
        type: v.type,
        subPortal: { name: v.subPortalName, slug: v.subPortalSlug },
      },
    });
    return { id: portal.id, subPortalId: subPortal.id };
  });
}
