export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // A bulk entry that was running when the server stopped will not go on: say so (scheduler or not).
  const { failInterruptedBulkEntries } = await import("./lib/agents/bulk-entry");
  await failInterruptedBulkEntries();
  // Background jobs (outbox, requests, presence, reports, retention …) run inside the server process.
  const { schedulerEnabled } = await import("./lib/config/env");
  if (schedulerEnabled()) {
    const { startScheduler } = await import("./lib/jobs/scheduler");
    startScheduler();
  }
  const { bootstrapAdministratorFromEnv } = await import("./lib/setup/bootstrap-from-env");
  await bootstrapAdministratorFromEnv();
  // An empty install waits for its administrator: only with the code printed here (first-run page).
  const { isFirstRun } = await import("./lib/setup/first-run");
  if (await isFirstRun()) {
    const { announceSetupCode, ensureSetupCode } = await import("./lib/setup/setup-code");
    announceSetupCode((await ensureSetupCode()).code);
  }
}

/** A page, action or route that failed: one line in the server's log (the visitor sees an error page). */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string },
  context: { routePath: string; routeType: string },
) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("./lib/logging/logger");
  logger.error(
    { err: error, method: request.method, path: request.path, route: context.routePath, kind: context.routeType },
    "request failed",
  );
}
