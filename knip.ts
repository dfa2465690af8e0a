import type { KnipConfig } from "knip";

// `npm run knip` (part of `npm test`): files, exports, types and dependencies nothing uses.
// Next's routes, the vitest and Playwright tests and their configs are found by knip's plugins.
const config: KnipConfig = {
  entry: [
    // npm scripts and the tools they start (`tsx prisma/seed-demo.ts`, `node scripts/…`).
    "scripts/**/*.{mjs,ts}",
    "prisma/seed-demo.ts",
    // The Playwright specs (the plugin reads only the projects' first-run pattern) and the seeder
    // the e2e helpers start with tsx.
    "e2e/**/*.spec.ts",
    "e2e/support/seed-server.ts",
    // Started by path as a worker thread (lib/recordings/webm-header.ts), not imported.
    "lib/recordings/webm-header-worker.mjs",
    // Type-level tests: checked by `tsc --noEmit`, never run.
    "test/types/**/*.typecheck.ts",
    // Run by hand to make a test fixture again.
    "test/fixtures/**/*.mjs",
  ],
  project: ["**/*.{ts,tsx,mjs,css,prisma}"],
  ignoreDependencies: [
    // Imported only by the client `prisma generate` writes to lib/db/generated (not in git).
    "@prisma/client",
    // Its files are copied to public/vendor (scripts/copy-vendor.mjs) and loaded by the browser.
    "htmx.org",
  ],
  // A type beside the function whose signature uses it documents that function's contract; a value
  // used only in its own file is the file's business and is not exported.
  ignoreExportsUsedInFile: { type: true, interface: true },
  compilers: {
    // Stylesheets import packages too: `@import "tailwindcss"`, `@reference "tailwindcss"`.
    css: (text: string) =>
      [...text.matchAll(/@(?:import|reference)\s+["']([^"']+)["']/g)]
        .map(([, source]) => `import "${source}";`)
        .join("\n"),
  },
};

export default config;
