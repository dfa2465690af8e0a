import path from "node:path";
import { defineConfig } from "vitest/config";

// The tests run in a zone with clock changes, as `npm test` does, so that code which uses the
// server's clock where it means UTC fails here too and not only in CI.
process.env.TZ ??= "America/New_York";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // The guard only matters inside Next's bundles; tests call the domain layer directly.
      "server-only": path.resolve(import.meta.dirname, "scripts/support/server-only.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "test/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup-database.ts"],
    pool: "forks",
    testTimeout: 20_000,
    // Failures the tests provoke on purpose would fill the output: tests of logging make their own logger.
    env: { LOTSE_DISABLE_SCHEDULER: "1", LOG_LEVEL: "silent" },
  },
});
