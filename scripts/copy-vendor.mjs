// Copies browser scripts from node_modules into public/vendor (generated, not committed), so they
// are served from our own origin under the Content-Security-Policy.
import fs from "node:fs";
import path from "node:path";

const files = [["node_modules/htmx.org/dist/htmx.min.js", "public/vendor/htmx.min.js"]];
for (const [from, to] of files) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}
