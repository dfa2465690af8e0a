// Running Lotse for real (issue 14): /health for monitors; error pages that read without
// JavaScript, titled, in the visitor's language; and a server that shuts down gracefully — event
// streams end with a reconnect hint, the process exits once the requests in flight are done.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "../scripts/lib/runtime.mjs";
import { SPARE_PORT } from "./support/constants";
import { expect, test } from "./support/fixtures";
import { de, en } from "./support/messages";
import { password, seedDatabase, tag } from "./support/organisation";

const ROOT = path.resolve(__dirname, "..");

test("/health answers without sign-in: every check, nothing secret", async ({ request }) => {
  const response = await request.get("/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const body = await response.json();
  expect(body).toMatchObject({
    status: "ok",
    checks: {
      database: { ok: true },
      migrations: { ok: true, pending: 0 },
      scheduler: { ok: true, state: "running", lagging: [] },
      outbox: { ok: true },
      disk: { ok: true },
    },
  });
  expect(JSON.stringify(body)).not.toMatch(/lotse\.db|\.state|secret|smtp/i);
});

test("a page that is not there says so — with or without JavaScript, titled, in the visitor's language", async ({
  page,
  lotse,
  companyManager,
}) => {
  await lotse.signIn(page, "manager", companyManager);
  // The page exists; the team does not (notFound() from the page, not an unknown address).
  const response = await page.goto("/manager/teams/no-such-team");
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(`${de.NotFound.title} · ${de.Common.productName}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(de.NotFound.title);
  await expect(page.getByText(de.NotFound.text)).toBeVisible();
  await expect(page.getByRole("link", { name: de.NotFound.back })).toBeVisible();
  await lotse.checkOnce(page);

  const customer = await lotse.newPage({ locale: "en-GB" });
  const portal = await customer.goto(`/p/no-such-portal-${tag()}`);
  expect(portal?.status()).toBe(404);
  await expect(customer).toHaveTitle(`${en.NotFound.title} · ${en.Common.productName}`);
  await expect(customer.getByRole("heading", { level: 1 })).toHaveText(en.NotFound.title);
  await expect(customer.getByText(en.NotFound.portalText)).toBeVisible();
  await expect(customer.getByRole("link", { name: en.NotFound.back })).toHaveCount(0);
  await lotse.checkOnce(customer);
});

test("the error page reads without JavaScript and tells nothing about the error", async ({ page, lotse }) => {
  await page.goto("/server-error");
  await expect(page).toHaveTitle(`${de.ServerError.title} · ${de.Common.productName}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(de.ServerError.title);
  await expect(page.getByText(de.ServerError.text)).toBeVisible();
  await expect(page.getByRole("link", { name: de.ServerError.retry })).toBeVisible();
  await lotse.checkOnce(page);
});

test.describe("graceful shutdown", () => {
  // A server of its own, stopped by the test: one project runs it.
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "the shutdown does not depend on the browser");

  let server: ChildProcess | undefined;
  test.afterEach(() => {
    if (server?.exitCode === null) server.kill("SIGKILL");
  });

  test("SIGTERM: event streams end with a reconnect hint, the process exits cleanly and takes nothing new", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lotse-shutdown-"));
    const file = path.join(dataDir, "lotse.db");
    migrate(`file:${file}`);
    const agent = { loginId: `ada-${tag()}@lotse.test`, password: password() };
    await seedDatabase(file, {
      teams: [{ key: "support", name: "Support" }],
      users: [{ key: "ada", kind: "agent", ...agent, firstName: "Ada", lastName: "Lovelace", team: "support" }],
    });

    const baseURL = `http://localhost:${SPARE_PORT}`;
    let output = "";
    server = spawn(process.execPath, [path.join(ROOT, "scripts/serve.mjs"), "--port", String(SPARE_PORT)], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: `file:${file}`,
        LOTSE_DATA_DIR: dataDir,
        LOTSE_SHUTDOWN_GRACE_MS: "8000",
        // Past the first run (which would send everyone to /setup).
        LOTSE_ADMIN_LOGIN: `admin-${tag()}@lotse.test`,
        LOTSE_ADMIN_PASSWORD: password(),
        LOG_LEVEL: "warn",
      },
    });
    server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => server!.on("exit", (code) => resolve(code)));
    await expect
      .poll(async () => (await fetch(`${baseURL}/health`).catch(() => null))?.status, { timeout: 60_000 })
      .toBe(200);

    // The agent's console, signed in: its browser session reads the console's event stream.
    const context = await browser.newContext({ baseURL, locale: "de-DE" });
    const agentConsole = await context.newPage();
    await agentConsole.goto("/agent");
    await agentConsole.getByLabel(de.SignIn.loginId, { exact: true }).fill(agent.loginId);
    await agentConsole.getByLabel(de.SignIn.password, { exact: true }).fill(agent.password);
    await agentConsole.getByRole("button", { name: de.SignIn.submit, exact: true }).click();
    await expect(agentConsole).toHaveURL(/\/agent$/);
    await expect(
      agentConsole.getByRole("heading", { level: 1, name: de.AgentConsole.title, exact: true }),
    ).toBeVisible();
    // The stream as the browser reads it; its text is complete once the stream ends. Its first
    // bytes say the server has it open (and will end it on shutdown): stop the server only then.
    const stream = agentConsole.evaluate(async () => {
      const response = await fetch("/agent/events");
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let body = "";
      for (let next = await reader.read(); !next.done; next = await reader.read()) {
        body += decoder.decode(next.value, { stream: true });
        Object.assign(window, { lotseStreamOpen: true });
      }
      return { status: response.status, body };
    });
    await agentConsole.waitForFunction(() => "lotseStreamOpen" in window);

    const stopping = Date.now();
    server.kill("SIGTERM");
    const { status, body } = await stream;
    expect(status).toBe(200);
    expect(body).toMatch(/^retry: 1000\n\n(: keep-alive\n\n)*retry: 3000\n\n$/);
    expect(await exited).toBe(0);
    expect(Date.now() - stopping).toBeLessThan(8000);
    expect(output).toMatch(/SIGTERM: shutting down/);
    expect(output).toMatch(/shut down cleanly in \d+ ms/);
    // Nothing listens any more.
    await expect(fetch(`${baseURL}/health`)).rejects.toThrow();
    await context.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
