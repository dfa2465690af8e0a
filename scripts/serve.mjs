// The production HTTP server: Next's request handler behind one step of our own, which decides the
// client address from the socket (and trusted proxies only) before any route sees the request.
//   node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0]
// `npm start`, `npm run demo` and the end-to-end tests all serve through this file.
import http from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { checkSettingsOrExit } from "./lib/check-settings.mjs";
import { compileTrust, stampClientAddress } from "./lib/client-address.mjs";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const settings = checkSettingsOrExit();
const port = Number(values.port ?? settings.PORT);
const hostname = values.hostname ?? process.env.HOSTNAME ?? undefined;
const trust = compileTrust(settings.LOTSE_TRUST_PROXY);

process.env.NODE_ENV = "production";
const app = next({ dev: false, dir: process.cwd(), port, hostname: hostname ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  stampClientAddress(req, trust);
  void handle(req, res);
});
// Longer than a typical reverse proxy's idle timeout, so the proxy closes idle connections first.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  console.log(`[lotse] listening on http://${hostname ?? "localhost"}:${port}`);
});

function shutDown() {
  server.close(() => process.exit(0));
  // Event streams never end on their own: don't wait for them.
  setTimeout(() => process.exit(0), 2_000).unref();
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, shutDown);
