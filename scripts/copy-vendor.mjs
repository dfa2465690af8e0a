// Copies browser scripts from node_modules into public/vendor (generated, not committed), so they
// are served from our own origin under the Content-Security-Policy. htmx and its SSE extension
// (the live Dashboard) go into one file: the extension needs htmx loaded first, and one async
// script keeps that order on every page, also after a client-side navigation.
import fs from "node:fs";
import path from "node:path";

const bundles = [
  {
    to: "public/vendor/htmx.min.js",
    from: ["node_modules/htmx.org/dist/htmx.min.js", "node_modules/htmx.org/dist/ext/hx-sse.min.js"],
  },
];
for (const { to, from } of bundles) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.writeFileSync(to, from.map((file) => fs.readFileSync(file, "utf8")).join("\n;\n"));
}
