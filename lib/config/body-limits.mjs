// Request body limits, shared by next.config.mjs (which cannot import TypeScript) and proxy.ts.

/**
 * The largest form a server action accepts. Sized for the largest legitimate form, the
 * Masseneingabe (5,000 lines, up to 3 MB of text or CSV; lib/agents/bulk-input.ts), with room for the
 * form's other fields; every field's own limit is checked by its form and reported next to it.
 */
export const FORM_BODY_LIMIT_BYTES = 8 * 1024 * 1024;
