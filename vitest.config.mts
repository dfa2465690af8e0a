import path from "node:path";
import { defineConfig } from "vitest/config";

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
    env: { LOTSE_DISABLE_SCHEDULER: "1" },
  },
});
