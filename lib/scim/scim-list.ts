import "server-only";
import { z } from "zod";
import { type Filter, filter as matcherOf, parse } from "scim2-parse-filter";
import { ValidationError } from "@/lib/errors/domain-errors";
import { LIST_RESPONSE_SCHEMA, SCIM_MAX_RESULTS } from "./scim-schemas";

/** A list's query (RFC 7644 §3.4.2): a filter, SCIM's own 1-based paging, and attribute choice. */
export const scimListQuery = z.object({
  filter: z.string().max(2000).optional(),
  startIndex: z.coerce.number().int().optional(),
  count: z.coerce.number().int().optional(),
  attributes: z.string().max(1000).optional(),
  excludedAttributes: z.string().max(1000).optional(),
});
export type ScimListQuery = z.output<typeof scimListQuery>;

/** The page a query asks for: below 1 means 1 (§3.4.2.4); a count above the maximum gets the maximum. */
export function pageWindow(query: ScimListQuery) {
  const startIndex = Math.max(1, query.startIndex ?? 1);
  const count = Math.min(SCIM_MAX_RESULTS, Math.max(0, query.count ?? SCIM_MAX_RESULTS));
  return { startIndex, count, skip: startIndex - 1 };
}

/**
 * A parsed filter, or undefined for none. Attributes named in `caseInsensitive` (caseExact false in
 * RFC 7643, e.g. userName) compare without case: their values are lower-cased here and in
 * `filterView` alike.
 */
export function parseScimFilter(text: string | undefined, caseInsensitive: ReadonlySet<string>): Filter | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  let ast: Filter;
  try {
    ast = parse(text);
  } catch {
    throw new ValidationError({ filter: "scimInvalidFilter" });
  }
  return lowerCased(ast, caseInsensitive, "");
}

function lowerCased(ast: Filter, attrs: ReadonlySet<string>, prefix: string): Filter {
  switch (ast.op) {
    case "and":
    case "or":
      return { ...ast, filters: ast.filters.map((f) => lowerCased(f, attrs, prefix)) };
    case "not":
      return { ...ast, filter: lowerCased(ast.filter, attrs, prefix) };
    case "[]":
      return { ...ast, valFilter: lowerCased(ast.valFilter, attrs, `${prefix}${ast.attrPath}.`) };
    case "pr":
      return ast;
    default: {
      const path = `${prefix}${ast.attrPath}`.toLowerCase();
      return attrs.has(path) && typeof ast.compValue === "string"
        ? { ...ast, compValue: ast.compValue.toLowerCase() }
        : ast;
    }
  }
}

/** Whether a resource (in its filter view) matches; no filter matches everything. */
export function matches(ast: Filter | undefined): (resource: unknown) => boolean {
  return ast ? matcherOf(ast) : () => true;
}

/** The value an `attr eq "…"` filter at the top (alone, or in an "and") requires, for a narrower query. */
export function equalityOf(ast: Filter | undefined, attrPath: string): string | undefined {
  if (!ast) return undefined;
  if (ast.op === "eq" && ast.attrPath.toLowerCase() === attrPath.toLowerCase() && typeof ast.compValue === "string")
    return ast.compValue;
  if (ast.op === "and") {
    for (const part of ast.filters) {
      const value = equalityOf(part, attrPath);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/** Top-level attributes the caller asked for or excluded; id, schemas and meta are always returned. */
export function projected<T extends Record<string, unknown>>(resource: T, query: ScimListQuery): Partial<T> {
  const names = (list: string | undefined) =>
    new Set(
      (list ?? "")
        .split(",")
        .map((name) =>
          name
            .trim()
            .split(".")[0]!
            .replace(/^urn:.*:/, "")
            .toLowerCase(),
        )
        .filter(Boolean),
    );
  const wanted = names(query.attributes);
  const excluded = names(query.excludedAttributes);
  const always = new Set(["id", "schemas", "meta"]);
  return Object.fromEntries(
    Object.entries(resource).filter(([key]) => {
      const name = key.toLowerCase();
      if (always.has(name)) return true;
      if (wanted.size > 0) return wanted.has(name);
      return !excluded.has(name);
    }),
  ) as Partial<T>;
}

export function listResponse(resources: unknown[], totalResults: number, startIndex: number) {
  return {
    schemas: [LIST_RESPONSE_SCHEMA],
    totalResults,
    startIndex,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}
