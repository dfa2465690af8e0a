// A flash: the one message a redirect leaves for the page it leads to (decision record 16). This
// file is the format only (no Next imports), shared by the proxy, the actions and the pages.

/** The cookie an action sets on its redirect; the proxy hands it to the next render and deletes it. */
export const FLASH_COOKIE = "lotse-flash";

/** The request header the proxy passes a consumed flash on in (a client's own copy is dropped). */
export const FLASH_HEADER = "x-lotse-flash";

/** Long enough for the browser to follow the redirect; a flash nobody fetched must not wait for a later page. */
export const FLASH_MAX_AGE_SECONDS = 60;

/**
 * `notice`: a success or hint (namespaces Notices, AgentConsole.notices); `error`: a refusal the page
 * shows as an alert (namespace Errors). `count` is the number a notice is about ("3 Mitarbeiter
 * verschoben").
 */
export type Flash = { kind: "notice" | "error"; key: string; count?: number };

const FORMAT = /^(notice|error):([A-Za-z][A-Za-z0-9.]{0,59})(?::(\d{1,9}))?$/;

export function encodeFlash({ kind, key, count }: Flash): string {
  const value = count === undefined ? `${kind}:${key}` : `${kind}:${key}:${count}`;
  if (!FORMAT.test(value)) throw new Error(`not a flash: ${value}`);
  return value;
}

/** A flash as the cookie or header carried it; anything else (a forged or cut value) is none. */
export function parseFlash(value: string | null | undefined): Flash | null {
  const match = FORMAT.exec(value ?? "");
  if (!match) return null;
  const [, kind, key = "", count] = match;
  return { kind: kind as Flash["kind"], key, ...(count === undefined ? {} : { count: Number(count) }) };
}
