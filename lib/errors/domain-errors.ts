import type { FieldErrorCode } from "./error-key";

/** A row that does not exist, or that the actor may not see: both answer the same. */
export class NotFoundError extends Error {
  constructor(what = "resource") {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

/** Input that fails validation; `fieldErrors` maps field names to message keys in the Errors namespace
 * (or, in the APIs, in Api.fieldErrors). */
export class ValidationError extends Error {
  constructor(public readonly fieldErrors: Record<string, FieldErrorCode>) {
    super(`invalid input: ${Object.keys(fieldErrors).join(", ")}`);
    this.name = "ValidationError";
  }
}

/**
 * A confirmed selection that no longer holds: what the confirmation page showed (its count and
 * fingerprint) differs from what the same filter matches now. Nothing was changed; `count` is
 * what it matches now (decision record 13).
 */
export class StaleSelectionError extends Error {
  constructor(public readonly count: number) {
    super(`the selection changed since it was confirmed (now ${count})`);
    this.name = "StaleSelectionError";
  }
}
