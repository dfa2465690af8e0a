// Every page names itself in its title (the e2e suite checks the words on the pages it visits):
// a page file without metadata would be titled with the bare product name.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const APP = path.resolve(import.meta.dirname, "../../app");

/** Pages that never render: they only send the browser elsewhere. */
const ONLY_REDIRECT = new Set(["page.tsx"]);

function pageFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pageFiles(full);
    return entry.name === "page.tsx" || entry.name === "not-found.tsx" ? [path.relative(APP, full)] : [];
  });
}

describe("page titles", () => {
  const files = pageFiles(APP);

  it("finds the app's pages", () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files).toContain("not-found.tsx");
  });

  it.each(files.filter((file) => !ONLY_REDIRECT.has(file)))("%s has a title of its own", (file) => {
    const source = fs.readFileSync(path.join(APP, file), "utf8");
    expect(source).toMatch(/export (async function generateMetadata|const metadata)\b/);
  });

  it.each([...ONLY_REDIRECT])("%s only redirects", (file) => {
    const source = fs.readFileSync(path.join(APP, file), "utf8");
    expect(source).toMatch(/redirect\(/);
    expect(source).not.toMatch(/return \(/);
  });
});
