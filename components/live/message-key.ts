/**
 * A fresh key for one chat message (see postMessage): 128 random bits. crypto.getRandomValues, not
 * randomUUID, because the latter exists only on HTTPS and localhost, and Lotse may be reached over
 * plain HTTP on a LAN.
 */
export function newMessageKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
