import { defineConfig } from "@playwright/test";
import { CHROMIUM_LAUNCH, SERVERS, SMTP_PORT } from "./e2e/support/constants";

// End-to-end tests run against the production build (`npm run build` first; this file never builds).
// Two servers, each on its own fresh database: one for the browser with JavaScript, one without,
// because every page and form must work both ways.

const launchOptions = CHROMIUM_LAUNCH;

const FIRST_RUN = /first-run\.spec\.ts$/;

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  workers: 2,
  retries: 0,
  reporter: "list",
  forbidOnly: !!process.env.CI,
  // Scenario tests walk 20+ pages with an axe check each and take up to a minute on an idle 2-core
  // box: twice that leaves room for a loaded CI machine. A hang still fails fast on expect's 10 s.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  globalSetup: "./e2e/support/global-setup.ts",
  globalTeardown: "./e2e/support/global-teardown.ts",
  use: {
    browserName: "chromium",
    launchOptions,
    // The product speaks German first (the manual's words); specs that need English say so.
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    screenshot: "only-on-failure",
    // Tracing costs ~10% on a 2-core box; when a test fails, rerun it with --trace retain-on-failure.
    trace: "off",
  },
  projects: [
    { name: "firstrun-js", testMatch: FIRST_RUN, use: { baseURL: SERVERS.js.baseURL } },
    {
      name: "js",
      testIgnore: FIRST_RUN,
      dependencies: ["firstrun-js"],
      use: { baseURL: SERVERS.js.baseURL, javaScriptEnabled: true },
    },
    {
      name: "firstrun-nojs",
      testMatch: FIRST_RUN,
      use: { baseURL: SERVERS.nojs.baseURL, javaScriptEnabled: false },
    },
    {
      name: "nojs",
      testIgnore: FIRST_RUN,
      dependencies: ["firstrun-nojs"],
      use: { baseURL: SERVERS.nojs.baseURL, javaScriptEnabled: false },
    },
  ],
  webServer: (["js", "nojs"] as const).map((name) => ({
    command: `node e2e/support/start-server.mjs ${name} ${SERVERS[name].port} ${SMTP_PORT}`,
    url: `${SERVERS[name].baseURL}/setup`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  })),
});
