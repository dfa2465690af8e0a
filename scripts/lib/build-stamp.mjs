// Which sources a production build was made from, so that `npm start` after `git pull` rebuilds
// instead of serving the old build against the new schema.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** What goes into the build: these folders and files (relative to the project's root). */
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "prisma/schema.prisma",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
/** Not part of the build: tests beside the code, generated files (they follow from the others). */
const IGNORED = [/\.test\.tsx?$/, /^public\/vendor\//, /^lib\/db\/generated\//];

const STAMP_FILE = "lotse-source-stamp";

/** A hash of every build input's path and bytes; any change to what the build reads changes it. */
export function sourceStamp(root = process.cwd()) {
  const hash = createHash("sha256");
  for (const file of inputFiles(root)) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

function inputFiles(root) {
  const files = [];
  const walk = (relative) => {
    const full = path.join(root, relative);
    if (!fs.existsSync(full)) return;
    if (fs.statSync(full).isDirectory()) {
      for (const entry of fs.readdirSync(full)) walk(path.posix.join(relative, entry));
    } else if (!IGNORED.some((pattern) => pattern.test(relative))) {
      files.push(relative);
    }
  };
  for (const input of BUILD_INPUTS) walk(input);
  return files.sort();
}

function distDir(root) {
  return path.resolve(root, process.env.LOTSE_DIST_DIR ?? ".next");
}

/** Records that the build in the dist folder was made from sources with this stamp. */
export function writeBuildStamp(stamp, root = process.cwd()) {
  fs.writeFileSync(path.join(distDir(root), STAMP_FILE), `${stamp}\n`);
}

/** The stamp the current build was made from; null without a build or a stamp (an older build). */
export function builtStamp(root = process.cwd()) {
  try {
    return fs.readFileSync(path.join(distDir(root), STAMP_FILE), "utf8").trim();
  } catch {
    return null;
  }
}

/**
 * Builds when there is no production build or it was made from other sources (after `git pull`),
 * saying why; `npm start` and `npm run demo` call it before they serve. Returns whether it built.
 */
export function buildIfStale({ root = process.cwd(), build = runBuild, log = console.log } = {}) {
  const built = fs.existsSync(path.join(distDir(root), "BUILD_ID"));
  if (built && builtStamp(root) === sourceStamp(root)) return false;
  log(
    built
      ? "[lotse] the sources changed since the last build: building (a few minutes)…"
      : "[lotse] no production build yet: building (one time, a few minutes)…",
  );
  build();
  return true;
}

function runBuild() {
  execFileSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}
