import fs from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { apiV1Document } from "@/lib/api/v1/openapi";

const API_DIR = path.resolve(import.meta.dirname, "../../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every route file under app/api/v1 as "METHOD /path/{param}", read from the files themselves. */
function routesOnDisk(dir = API_DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routesOnDisk(full);
    if (entry.name !== "route.ts") return [];
    const route = "/" + path.relative(API_DIR, dir).split(path.sep).join("/");
    const openApiPath = route.replace(/\[([^\]]+)\]/g, "{$1}").replace(/\/$/, "") || "/";
    const source = fs.readFileSync(full, "utf8");
    return METHODS.filter((method) =>
      new RegExp(`export (const|async function|function) ${method}\\b`).test(source),
    ).map((method) => `${method} ${openApiPath}`);
  });
}

function routesInDocument(): string[] {
  const document = apiV1Document();
  return Object.entries(document.paths ?? {}).flatMap(([route, item]) =>
    METHODS.filter((method) => item && method.toLowerCase() in item).map((method) => `${method} ${route}`),
  );
}

describe("the OpenAPI document of /api/v1", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(apiV1Document() as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(apiV1Document().openapi).toBe("3.1.0");
  });

  it("lists exactly the routes the app serves, and every route serves what the document lists", () => {
    // The document itself is served, not described.
    const served = routesOnDisk().filter((route) => route !== "GET /openapi.json");
    expect(served.length).toBeGreaterThan(0);
    expect(routesInDocument().sort()).toEqual(served.sort());
  });

  it("gives every operation a unique id, a summary and its failures as problem details", () => {
    const document = apiV1Document();
    const ids = new Set<string>();
    for (const item of Object.values(document.paths ?? {})) {
      for (const method of METHODS) {
        const operation = item?.[method.toLowerCase() as "get"];
        if (!operation) continue;
        expect(ids.has(operation.operationId!)).toBe(false);
        ids.add(operation.operationId!);
        expect(operation.summary).toBeTruthy();
        expect(Object.keys(operation.responses ?? {})).toEqual(expect.arrayContaining(["401", "429"]));
      }
    }
  });
});
