import "server-only";
import { getTranslations } from "next-intl/server";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getPortal } from "@/lib/portals/get-portal";

/** The title of a portal's page, naming the portal: "Support – Einstellungen", "Support – Subportale". */
export async function portalPageTitle(params: Promise<{ id: string }>, page: string): Promise<{ title: string }> {
  const actor = await requirePrincipal("manager");
  const { portal } = await orNotFound(getPortal(actor, (await params).id));
  return { title: (await getTranslations("PageTitles"))("of", { object: portal.name, page }) };
}
