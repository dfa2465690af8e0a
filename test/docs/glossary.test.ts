import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// docs/glossary.md names models, files and routes; a rename that forgets it fails here.
const ROOT = path.resolve(import.meta.dirname, "../..");
const glossary = fs.readFileSync(path.join(ROOT, "docs/glossary.md"), "utf8");
const schema = fs.readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8");
const named = [...glossary.matchAll(/`([^`]+)`/g)].map(([, name]) => name!);

/** The fields of a Prisma model, or null when there is no such model. */
function fieldsOf(model: string): string[] | null {
  const body = new RegExp(`^model ${model} \\{\\n([\\s\\S]*?)^\\}`, "m").exec(schema)?.[1];
  return body ? [...body.matchAll(/^ {2}(\w+)\s/gm)].map(([, field]) => field!) : null;
}

/** Whether a route like `/manager/agents/bulk/<id>` exists under app/ (route groups are transparent). */
function routeExists(route: string, dir = path.join(ROOT, "app")): boolean {
  const [segment, ...rest] = route.split("/").filter(Boolean);
  if (segment === undefined) return true;
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .some((entry) => {
      const next = path.join(dir, entry.name);
      if (entry.name.startsWith("(")) return routeExists(route, next);
      const matches = segment.startsWith("<") ? entry.name.startsWith("[") : entry.name === segment;
      return matches && routeExists(rest.join("/"), next);
    });
}

describe("docs/glossary.md", () => {
  it("names only files and folders that exist", () => {
    const files = named.filter((name) => /^(lib|app|components)\//.test(name));
    expect(files.length).toBeGreaterThan(30);
    expect(files.filter((file) => !fs.existsSync(path.join(ROOT, file)))).toEqual([]);
  });

  it("names only models and fields the schema has", () => {
    const models = named.filter((name) => /^[A-Z]\w+(\.\w+)?$/.test(name));
    expect(models.length).toBeGreaterThan(30);
    const missing = models.filter((name) => {
      const [model, field] = name.split(".");
      const fields = fieldsOf(model!);
      return fields === null || (field !== undefined && !fields.includes(field));
    });
    expect(missing).toEqual([]);
  });

  it("names only routes that exist", () => {
    const routes = named
      .filter((name) => /^\/(manager|admin|agent|p|forgot-password|reset-password)\b/.test(name))
      .map((route) => route.replace(/\?.*$/, "").replace(/\/…$/, ""));
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((route) => !routeExists(route))).toEqual([]);
  });
});
