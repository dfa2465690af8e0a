// `npm run bench -- js-weight`: the JavaScript every route of the production build ships (gzip),
// the framework floor all pages share, and whether each route stays within the floor plus the
// budget — on the hypermedia pages the floor plus htmx plus the budget (decision record 17). Reads
// the build's manifests and public/vendor; no server needed (run `npm run build` first).
import {
  distDir,
  floorBytes,
  htmxBytes,
  HTMX_ROUTES,
  JS_BUDGET_OVER_FLOOR,
  routeShape,
  routeWeights,
} from "./lib/js-weight";
import { requireProductionBuild } from "./lib/bench-support";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function runJsWeightBench(): number {
  requireProductionBuild();
  const dist = distDir();
  const floor = floorBytes(dist);
  const htmx = htmxBytes();
  console.log(`Framework floor (runtime, React, root layout): ${kb(floor)} gzip (${floor} B)`);
  console.log(`htmx with its SSE extension (floor of the hypermedia pages too): ${kb(htmx)} gzip (${htmx} B)`);
  console.log(`Budget per page: floor (+ htmx) + ${kb(JS_BUDGET_OVER_FLOOR)}`);
  console.log(`Columns: all scripts, own code over the page's floor, verdict, route (* = loads htmx)\n`);
  const routes = routeWeights(dist);
  // A hypermedia route the build no longer has would hold nothing to the rule: the list is stale.
  const missing = HTMX_ROUTES.filter((listed) => !routes.some(({ route }) => routeShape(route) === routeShape(listed)));
  for (const route of missing) console.log(`  FAIL  ${route} is listed in HTMX_ROUTES but not a route of the build`);
  let ok = missing.length === 0;
  for (const { route, bytes, htmx: ownHtmx } of routes.sort((a, b) => b.bytes - a.bytes)) {
    const own = bytes - floor - ownHtmx;
    const pass = own <= JS_BUDGET_OVER_FLOOR;
    ok &&= pass;
    console.log(
      `  ${kb(bytes).padStart(9)}  +${kb(Math.max(0, own)).padStart(8)}  ${pass ? "PASS" : "FAIL"}  ${route}${ownHtmx ? " *" : ""}`,
    );
  }
  return ok ? 0 : 1;
}
