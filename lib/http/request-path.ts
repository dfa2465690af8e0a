import "server-only";
import { headers } from "next/headers";

/**
 * The address (path and query) this page was asked for. Usually what proxy.ts recorded; for an
 * error page that the server rendered in place of an empty one (scripts/lib/error-page-fallback.mjs)
 * the address the visitor asked for, so that the page speaks their language and words itself for
 * them. That header only ever comes from the server itself: serve.mjs drops it from everyone else.
 */
export async function requestPath(): Promise<string | null> {
  const list = await headers();
  return list.get("x-lotse-error-for") ?? list.get("x-lotse-pathname");
}
