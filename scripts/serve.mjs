// The production HTTP server: Next's request handler behind one step of our own, which decides the
// client address from the socket (and trusted proxies only) before any route sees the request.
//   node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0]
// `npm start`, `npm run demo` and the end-to-end tests all serve through this file.
import http from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { checkSettingsOrExit } from "./lib/check-settings.mjs";
import { compileTrust, stampClientAddress } from "./lib/client-address.mjs";
import { withServerRenderedErrorPages } from "./lib/error-page-fallback.mjs";
import { isShuttingDown, runShutdownHooks } from "../lib/lifecycle/shutdown.mjs";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const settings = checkSettingsOrExit();
const port = Number(values.port ?? settings.PORT);
const hostname = values.hostname ?? process.env.HOSTNAME ?? undefined;
const trust = compileTrust(settings.LOTSE_TRUST_PROXY);

process.env.NODE_ENV = "production";
const app = next({ dev: false, dir: process.cwd(), port, hostname: hostname ?? "localhost" });
const handle = withServerRenderedErrorPages(app.getRequestHandler(), ownOrigin);
await app.prepare();

const server = http.createServer((req, res) => {
  if (isShuttingDown()) {
    // A request on a connection that was open when the shutdown began: not taken any more.
    res.writeHead(503, { "Retry-After": "3", Connection: "close", "Content-Type": "text/plain; charset=utf-8" });
    res.end("Lotse is restarting. Please try again in a moment.\n");
    return;
  }
  stampClientAddress(req, trust);
  void handle(req, res);
});
/** This server's own address, for the requests it makes to itself (error-page-fallback.mjs). */
function ownOrigin() {
  const { address, family, port: bound } = server.address();
  const loopback = family === "IPv6" ? "[::1]" : "127.0.0.1";
  const host = address === "0.0.0.0" || address === "::" ? loopback : family === "IPv6" ? `[${address}]` : address;
  return `http://${host}:${bound}`;
}
// Longer than a typical reverse proxy's idle timeout, so the proxy closes idle connections first.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  console.log(`[lotse] listening on http://${hostname ?? "localhost"}:${port}`);
});

// SIGTERM (systemd, docker stop) or Ctrl-C: take no new connections or requests, end the event
// streams with a reconnect hint and stop the jobs (runShutdownHooks), let the requests in flight
// finish — for at most LOTSE_SHUTDOWN_GRACE_MS — then exit.
let exiting = false;
async function shutDown(signal) {
  if (exiting) return;
  exiting = true;
  const started = Date.now();
  console.log(`[lotse] ${signal}: shutting down`);
  const deadline = setTimeout(() => {
    console.log(`[lotse] requests still running after ${settings.LOTSE_SHUTDOWN_GRACE_MS} ms: exiting anyway`);
    process.exit(0);
  }, settings.LOTSE_SHUTDOWN_GRACE_MS);
  deadline.unref();
  const closed = new Promise((resolve) => server.close(resolve));
  // A kept-alive connection turns idle when its last response is out; close each as soon as it does.
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  server.closeIdleConnections();
  await runShutdownHooks();
  await closed;
  clearInterval(sweep);
  console.log(`[lotse] shut down cleanly in ${Date.now() - started} ms`);
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void shutDown(signal));
