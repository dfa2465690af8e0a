export async function register() {
  // Background jobs (e-mail outbox, later retention and reports) run inside the server process.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.LOTSE_DISABLE_SCHEDULER !== "1") {
    const { startScheduler } = await import("./lib/jobs/scheduler");
    startScheduler();
    const { failInterruptedImports } = await import("./lib/agents/agent-import");
    await failInterruptedImports();
    const { bootstrapAdministratorFromEnv } = await import("./lib/setup/bootstrap-from-env");
    await bootstrapAdministratorFromEnv();
  }
}
