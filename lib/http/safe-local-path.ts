const BASE = "http://lotse.invalid";

/**
 * A path on this site to send the browser to, from something a client sent (a `next` field, a
 * return URL), or `fallback`. Browsers read "//host", "/\host" and "\\host" as other sites and drop
 * tabs and newlines inside URLs, so the value is resolved the way a browser would and accepted only
 * if it stays on our origin.
 */
export function safeLocalPath(value: string | null | undefined, fallback: string): string {
  if (!value || !value.startsWith("/") || /[\\\u0000-\u001f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
