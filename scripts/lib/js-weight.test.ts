// The hypermedia pages of decision record 17 are the pages that load htmx: the e2e budget check
// (e2e/js-weight.spec.ts) measures only the pages it visits, so this holds the list to the source.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HTMX_ROUTES, isHtmxPage, routeShape } from "./js-weight";

const HTMX_IMPORT = /from "@\/components\/shell\/HtmxScript"/;

function filesImportingHtmx(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesImportingHtmx(full);
    return /\.tsx?$/.test(entry.name) && HTMX_IMPORT.test(fs.readFileSync(full, "utf8")) ? [full] : [];
  });
}

/** A page file's route as the build names it: route groups such as "(center)" are not part of it. */
const routeOf = (file: string) =>
  `/${path.relative("app", path.dirname(file)).split(path.sep).join("/")}`.replace(/\/\([^)]+\)/g, "");

describe("the hypermedia pages", () => {
  it("are exactly the pages that render HtmxScript, and only pages render it", () => {
    const files = ["app", "components"].flatMap(filesImportingHtmx);
    // A layout or shared component loading htmx would bring it to pages this list does not name.
    expect(files.filter((file) => path.basename(file) !== "page.tsx")).toEqual([]);
    // Parameter names do not matter: the list says which pages, not what their segments are called.
    expect(files.map(routeOf).map(routeShape).sort()).toEqual(HTMX_ROUTES.map(routeShape).sort());
  });

  it("match a page's path with one segment for each [param]", () => {
    expect(isHtmxPage("/manager/dashboard")).toBe(true);
    expect(isHtmxPage("/manager/agents/bulk/abc123")).toBe(true);
    expect(isHtmxPage("/manager/agents/bulk")).toBe(false);
    expect(isHtmxPage("/manager/agents/bulk/abc/x")).toBe(false);
    expect(isHtmxPage("/manager/dashboard/fragments/m1")).toBe(false);
  });
});
