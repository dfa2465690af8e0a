import "server-only";
import { getTranslations } from "next-intl/server";
import type { FormState } from "./form-state";

type Query = Record<string, string | string[] | undefined>;

/**
 * A page's address as one string, the key under which the page's body and its metadata share one
 * answer to the form in the address (React's per-request `cache` compares arguments by identity, and
 * the two get different searchParams objects).
 */
export function addressKey(query: Query): string {
  const pairs = new URLSearchParams();
  for (const [name, value] of Object.entries(query).sort(([a], [b]) => a.localeCompare(b)))
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) pairs.append(name, one);
  return pairs.toString();
}

/**
 * The title of a page whose form came in its address (a GET search, a report's link): "Fehler: "
 * first when the fields came back with errors. The root layout's prefix is for forms that post: it
 * knows of a failed action, which ran before the page; a page's own metadata is resolved beside its
 * body, so the page says it itself (decision record 15).
 */
export async function addressFormTitle(title: string, state: FormState): Promise<string> {
  if (Object.keys(state.fieldErrors).length === 0) return title;
  const t = await getTranslations("ErrorSummary");
  return `${t("titlePrefix")}${title}`;
}
