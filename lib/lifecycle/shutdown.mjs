// What the server process does on SIGTERM besides closing its listener (scripts/serve.mjs): open
// event streams end with a reconnect hint, the scheduler takes no new runs and finishes the running
// ones. serve.mjs is plain Node outside Next's bundles, and the bundles may hold their own copies
// of this module, so the hooks live on globalThis — the one object they all share. Plain JavaScript
// so that serve.mjs can import it too.

const KEY = "lotseLifecycle";

function lifecycle() {
  return (globalThis[KEY] ??= { hooks: new Set(), shuttingDown: false });
}

/** Runs `hook` when the process shuts down; returns the function that forgets it again. */
export function onShutdown(hook) {
  lifecycle().hooks.add(hook);
  return () => lifecycle().hooks.delete(hook);
}

/** Whether the process is shutting down (new work should not start). */
export function isShuttingDown() {
  return lifecycle().shuttingDown;
}

/** Runs every hook once, side by side; a failing hook does not keep the others from running. */
export async function runShutdownHooks() {
  const state = lifecycle();
  state.shuttingDown = true;
  const hooks = [...state.hooks];
  state.hooks.clear();
  await Promise.allSettled(hooks.map(async (hook) => hook()));
}
