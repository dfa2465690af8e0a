import { createHash } from "node:crypto";

/** A strong ETag of a resource's JSON representation: equal exactly when the representation is. */
export function etagOf(representation: unknown): string {
  const digest = createHash("sha256").update(JSON.stringify(representation)).digest("base64url");
  return `"${digest.slice(0, 27)}"`;
}

/** Whether an If-Match / If-None-Match header lists this ETag (or "*"); weak prefixes are ignored. */
export function etagListed(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header
    .split(",")
    .map((value) => value.trim().replace(/^W\//, ""))
    .some((value) => value === "*" || value === etag);
}

/** The representation changed since the client read it: nothing is written (412). */
export class PreconditionFailedError extends Error {
  constructor() {
    super("If-Match does not match the current representation");
    this.name = "PreconditionFailedError";
  }
}

/** Throws unless the client's If-Match (when it sent one) names the current representation. */
export function checkIfMatch(ifMatch: string | null, current: unknown): void {
  if (ifMatch !== null && !etagListed(ifMatch, etagOf(current))) throw new PreconditionFailedError();
}
