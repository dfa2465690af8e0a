import "server-only";
import { headers } from "next/headers";

/**
 * Whether this request is a prefetch (Next's router fetching a linked page ahead, or the browser's
 * own prefetch) rather than somebody opening the page: a page whose visit is recorded records none.
 */
export async function isPrefetchRequest(): Promise<boolean> {
  const h = await headers();
  return (
    h.has("next-router-prefetch") ||
    h.get("purpose") === "prefetch" ||
    (h.get("sec-purpose") ?? "").split(";")[0]?.trim() === "prefetch"
  );
}
