// Pieces the benchmarks (`npm run bench -- agents | live | signin`) share.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { hasProductionBuild } from "./runtime.mjs";

/** The p-th percentile of ascending `sorted` values (NaN when there are none). */
export function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
}

/** Waits until the server answers at `url` (any status), for up to 20 s. */
export async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url, { redirect: "manual" });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error("server did not start");
}

export function requireProductionBuild(): void {
  if (!hasProductionBuild()) throw new Error("No production build: run `npm run build` first.");
}

/** The production server (scripts/serve.mjs, as `npm start` runs it) on a benchmark's database. */
export function startBenchServer(port: number, env: Record<string, string>): ChildProcess {
  requireProductionBuild();
  // E.g. LOTSE_BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server under load.
  const nodeArgs = (process.env.LOTSE_BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  // LOTSE_BENCH_SERVER_LOG=FILE keeps what the server writes (with "--trace-gc" above: its heap).
  const log = process.env.LOTSE_BENCH_SERVER_LOG ? fs.openSync(process.env.LOTSE_BENCH_SERVER_LOG, "w") : "ignore";
  return spawn(process.execPath, [...nodeArgs, path.resolve("scripts/serve.mjs"), "--port", String(port)], {
    env: { ...process.env, LOTSE_DISABLE_SCHEDULER: "1", NODE_ENV: "production", ...env },
    stdio: ["ignore", log, log],
  });
}

/** CPU seconds a process has used so far (user + system). */
export function cpuSecondsOf(pid: number | "self"): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100/s)
}

export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
  return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
}

/**
 * Where a benchmark keeps its database: `keepDb` (seeded once, reused by later runs, kept), or a
 * new folder in the system's temp folder that `dispose` removes. `reuse`: the file was there.
 */
export function benchDatabase(keepDb: string | undefined, name: string) {
  const dir = keepDb
    ? path.dirname(path.resolve(keepDb))
    : fs.mkdtempSync(path.join(os.tmpdir(), `lotse-bench-${name}-`));
  const file = keepDb ? path.resolve(keepDb) : path.join(dir, "bench.db");
  return {
    dir,
    file,
    reuse: fs.existsSync(file),
    dispose: () => {
      if (!keepDb) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
