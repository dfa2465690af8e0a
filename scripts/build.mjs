// `npm run build`: the browser scripts into public/vendor, the Prisma client, the Next production
// build — and a stamp of the sources it was made from, which `npm start` compares (build-stamp.mjs).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { sourceStamp, writeBuildStamp } from "./lib/build-stamp.mjs";

// Taken before building: a source edited while the build runs makes the next start build again.
const stamp = sourceStamp();
const run = (command, args) => execFileSync(command, args, { stdio: "inherit" });
run(process.execPath, [path.resolve("scripts/copy-vendor.mjs")]);
run(path.resolve("node_modules/.bin/prisma"), ["generate"]);
run(path.resolve("node_modules/.bin/next"), ["build"]);
writeBuildStamp(stamp);
