import "server-only";
import { z } from "zod";
import { ValidationError } from "@/lib/errors/domain-errors";

/** A PatchOp request (RFC 7644 §3.5.2); some clients spell `Operations` in lower case. */
export const scimPatchBody = z.preprocess(
  (body) =>
    body && typeof body === "object" && !("Operations" in body) && "operations" in body
      ? { ...body, Operations: (body as { operations: unknown }).operations }
      : body,
  z.looseObject({
    schemas: z.array(z.string()).optional(),
    Operations: z
      .array(z.looseObject({ op: z.string(), path: z.string().max(1000).optional(), value: z.unknown().optional() }))
      .min(1)
      .max(1000),
  }),
);

export type NormalOp = { op: "add" | "replace" | "remove"; path?: string; value?: unknown };

/** Attributes whose values are booleans; Entra ID sends them as the strings "True" and "False". */
const BOOLEAN_ATTRIBUTES = new Set(["active", "primary"]);

function booleansOf(attribute: string, value: unknown): unknown {
  const name = attribute.split(".").at(-1)!.replace(/\[.*$/, "").toLowerCase();
  if (typeof value === "string" && BOOLEAN_ATTRIBUTES.has(name) && /^(true|false)$/i.test(value))
    return value.toLowerCase() === "true";
  if (Array.isArray(value)) return value.map((item) => booleansOf(attribute, item));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, booleansOf(key, inner)]));
  return value;
}

/**
 * The operations as the patch code reads them: lower-case `op` (Entra ID writes "Replace"), the core
 * schema's URN taken off paths, booleans from strings, and a path-less add or replace with an object
 * value (Okta's `{"op":"replace","value":{"active":false}}`, Entra's `{"name.givenName": …}`) split
 * into one operation per attribute. Attributes of other schemas (e.g. the enterprise extension) are
 * not kept by Lotse and are left out.
 */
export function normaliseOps(operations: { op: string; path?: string; value?: unknown }[], coreSchema: string) {
  const ops: NormalOp[] = [];
  const corePath = (path: string) =>
    path.toLowerCase().startsWith(`${coreSchema.toLowerCase()}:`) ? path.slice(coreSchema.length + 1) : path;
  operations.forEach((operation, index) => {
    const op = operation.op.toLowerCase();
    if (op !== "add" && op !== "replace" && op !== "remove")
      throw new ValidationError({ [`Operations.${index}.op`]: "scimInvalidSyntax" });
    const path = operation.path?.trim() ? corePath(operation.path.trim()) : undefined;
    if (path?.startsWith("urn:")) return;
    if (path !== undefined) {
      ops.push({ op, path, value: booleansOf(path, operation.value) });
      return;
    }
    if (op === "remove") throw new ValidationError({ [`Operations.${index}.path`]: "scimNoTarget" });
    if (!operation.value || typeof operation.value !== "object" || Array.isArray(operation.value))
      throw new ValidationError({ [`Operations.${index}.value`]: "scimInvalidSyntax" });
    for (const [key, value] of Object.entries(operation.value)) {
      const attribute = corePath(key);
      if (attribute.startsWith("urn:") || attribute.toLowerCase() === "schemas") continue;
      ops.push({ op, path: attribute, value: booleansOf(attribute, value) });
    }
  });
  return ops;
}

/** The attribute an operation's path starts with, lower-cased: "members" of `members[value eq "…"]`. */
export function rootAttribute(path: string): string {
  return path.split(/[.[]/)[0]!.toLowerCase();
}
