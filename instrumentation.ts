export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Background jobs (e-mail outbox, later retention and reports) run inside the server process.
  if (process.env.LOTSE_DISABLE_SCHEDULER !== "1") {
    const { startScheduler } = await import("./lib/jobs/scheduler");
    startScheduler();
    const { failInterruptedImports } = await import("./lib/agents/agent-import");
    await failInterruptedImports();
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
