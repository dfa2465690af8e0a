// `npm test`: everything CI runs, in order, stopping at the first failure.
import { spawnSync } from "node:child_process";

// Tests run in a non-UTC zone so that time-zone bugs cannot hide behind UTC.
const env = { ...process.env, TZ: process.env.TZ ?? "America/New_York", NEXT_TELEMETRY_DISABLED: "1" };

const steps = [
  ["typecheck", "npm", ["run", "typecheck"]],
  ["lint", "npm", ["run", "lint", "--", "--max-warnings=0"]],
  ["formatting", "npm", ["run", "format:check"]],
  ["unused files, exports and dependencies", "npm", ["run", "knip"]],
  ["migrations match schema", "npm", ["run", "db:check-drift"]],
  ["unit and integration tests", "npx", ["vitest", "run"]],
  ["production build", "npm", ["run", "build"]],
  ["end-to-end tests", "npx", ["playwright", "test"]],
];

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: "inherit", env });
  console.log(`${status === 0 ? "✔" : "✘"} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (status !== 0) process.exit(status ?? 1);
}
