// What pages cost in JavaScript, read from a production build (decision record 17). The floor is
// what every page loads whatever it shows: Next's runtime with React (the build manifest's
// rootMainFiles) and the root layout's client code (next-intl's provider). A page may add at most
// JS_BUDGET_OVER_FLOOR to it. On the hypermedia pages (HTMX_ROUTES) htmx is part of the floor too.
// `npm run bench -- js-weight` lists every route of the build; e2e/js-weight.spec.ts holds real
// pages in Chromium to the same budget.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

/** How much JavaScript (gzip) a page may ship beyond the floor. */
export const JS_BUDGET_OVER_FLOOR = 15 * 1024;

/** Bytes on the wire: gzip at its default level, as servers compress. */
export function gzipSize(content: Buffer | string): number {
  return zlib.gzipSync(content).length;
}

/**
 * The pages that follow their stream or poll with htmx (decision records 18 and 29), as the build
 * names their routes. htmx is part of their floor, as React is of every page's; their own code gets
 * the same budget on top. No other page may load htmx.
 */
export const HTMX_ROUTES: readonly string[] = ["/manager/dashboard", "/manager/agents/bulk/[bulkEntryId]"];

/** Where pages load htmx (with its SSE extension) from: components/shell/HtmxScript.tsx. */
export const HTMX_SCRIPT = "/vendor/htmx.min.js";

/** A route with its parameters unnamed: "[bulkEntryId]" and "[id]" stand for the same segment. */
export const routeShape = (route: string) => route.replace(/\[[^\]]+\]/g, "[]");

/** Whether a route of the build is one of HTMX_ROUTES, whatever its parameters are called. */
export function isHtmxRoute(route: string): boolean {
  return HTMX_ROUTES.some((listed) => routeShape(listed) === routeShape(route));
}

/** Whether a page's path is one of HTMX_ROUTES ("[param]" standing for one path segment). */
export function isHtmxPage(pathname: string): boolean {
  return HTMX_ROUTES.some((route) => new RegExp(`^${routeShape(route).replaceAll("[]", "[^/]+")}$`).test(pathname));
}

/** htmx's gzip size as the server serves it (scripts/copy-vendor.mjs writes it at build time). */
export function htmxBytes(): number {
  return gzipSize(fs.readFileSync(path.resolve("public", HTMX_SCRIPT.slice(1))));
}

export function distDir(): string {
  return path.resolve(process.env.LOTSE_DIST_DIR ?? ".next");
}

type ClientManifest = { entryJSFiles?: Record<string, string[]> };

/** A page's client reference manifest: which chunks each of its layouts and the page itself need. */
function readClientManifest(file: string): ClientManifest {
  const sandbox: { __RSC_MANIFEST?: Record<string, ClientManifest> } = {};
  vm.runInNewContext(fs.readFileSync(file, "utf8"), { globalThis: sandbox, self: sandbox });
  return Object.values(sandbox.__RSC_MANIFEST ?? {})[0] ?? {};
}

function clientManifests(dist: string): { route: string; file: string }[] {
  const root = path.join(dist, "server", "app");
  const found: { route: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page_client-reference-manifest.js") {
        // Route groups such as "(center)" are not part of the URL.
        const route = `/${path.relative(root, dir).split(path.sep).join("/")}`.replace(/\/\([^)]+\)/g, "");
        found.push({ route: route === "/" ? "/" : route.replace(/\/$/, ""), file: full });
      }
    }
  };
  walk(root);
  return found.sort((a, b) => a.route.localeCompare(b.route));
}

const ROOT_LAYOUT = "[project]/app/layout";

/** The files of the floor, relative to the build directory (as script URLs name them after /_next/). */
export function floorFiles(dist = distDir()): string[] {
  const build = JSON.parse(fs.readFileSync(path.join(dist, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const any = clientManifests(dist)[0];
  const layout = any ? (readClientManifest(any.file).entryJSFiles?.[ROOT_LAYOUT] ?? []) : [];
  return [...new Set([...build.rootMainFiles, ...layout])];
}

const sizeOfFile = (dist: string, file: string) => gzipSize(fs.readFileSync(path.join(dist, file)));

export function floorBytes(dist = distDir()): number {
  return floorFiles(dist).reduce((sum, file) => sum + sizeOfFile(dist, file), 0);
}

/**
 * Every route of the build with the gzip size of the scripts its layouts and page need; `htmx` is
 * htmx's share of that on the hypermedia pages (HTMX_ROUTES), 0 elsewhere.
 */
export function routeWeights(dist = distDir()): { route: string; bytes: number; htmx: number }[] {
  const floor = floorFiles(dist);
  const htmx = htmxBytes();
  return clientManifests(dist).map(({ route, file }) => {
    const entries = readClientManifest(file).entryJSFiles ?? {};
    // Layouts and the page itself; not-found and error boundaries load only when they show.
    const own = Object.entries(entries)
      .filter(([name]) => name.endsWith("/layout") || name.endsWith("/page"))
      .flatMap(([, files]) => files);
    const files = new Set([...floor, ...own]);
    const ownHtmx = isHtmxRoute(route) ? htmx : 0;
    return { route, bytes: [...files].reduce((sum, f) => sum + sizeOfFile(dist, f), ownHtmx), htmx: ownHtmx };
  });
}
