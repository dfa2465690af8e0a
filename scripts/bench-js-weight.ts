// `npm run bench -- js-weight`: the JavaScript every route of the production build ships (gzip),
// the framework floor all pages share, and whether each route stays within the floor plus the
// budget. Reads the build's manifests; no server needed (run `npm run build` first).
import { distDir, floorBytes, JS_BUDGET_OVER_FLOOR, routeWeights } from "./lib/js-weight";
import { requireProductionBuild } from "./lib/bench-support";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function runJsWeightBench(): number {
  requireProductionBuild();
  const dist = distDir();
  const floor = floorBytes(dist);
  const limit = floor + JS_BUDGET_OVER_FLOOR;
  console.log(`Framework floor (runtime, React, root layout): ${kb(floor)} gzip`);
  console.log(`Budget per page: floor + ${kb(JS_BUDGET_OVER_FLOOR)} = ${kb(limit)}\n`);
  let ok = true;
  for (const { route, bytes } of routeWeights(dist).sort((a, b) => b.bytes - a.bytes)) {
    const pass = bytes <= limit;
    ok &&= pass;
    console.log(
      `  ${kb(bytes).padStart(9)}  +${kb(Math.max(0, bytes - floor)).padStart(8)}  ${pass ? "PASS" : "FAIL"}  ${route}`,
    );
  }
  return ok ? 0 : 1;
}
