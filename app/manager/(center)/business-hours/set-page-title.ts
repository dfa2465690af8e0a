import "server-only";
import { getTranslations } from "next-intl/server";
import type { Principal } from "@/lib/auth/principal";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";

/** A set's pages: /manager/business-hours/{hours,holidays}/<id>[/delete]. */
export type SetPageProps = { params: Promise<{ id: string }> };

/** The title of a set's page, naming the set: "Bürozeiten – Geschäftszeitensatz", "Bürozeiten – Geschäftszeitensatz löschen". */
export async function setPageTitle(
  params: SetPageProps["params"],
  getSet: (actor: Principal, id: string) => Promise<{ name: string }>,
  page: string,
): Promise<{ title: string }> {
  const actor = await requirePrincipal("manager");
  const set = await orNotFound(getSet(actor, (await params).id));
  return { title: (await getTranslations("PageTitles"))("of", { object: set.name, page }) };
}
