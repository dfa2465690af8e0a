// The seeder of one e2e worker for one server's database, kept running: seed-organisation.ts as a
// script costs a process start and the compile of Lotse's domain for every seed (2–5 s on a 2-core
// box, a few hundred times per run); this answers each seed in milliseconds once it is up.
//
// Reads one JSON request per line on stdin, { id, spec }, seeds them one after another and writes
// "SEED <json>" lines, { id, result } or { id, error }, on stdout (anything else there is not an
// answer). Ends when stdin closes, i.e. when the worker that started it is gone.
import { createInterface } from "node:readline";
import { db } from "@/lib/db/client";
import { type SeedSpec, seedOrganisation } from "./seed-organisation";

const answer = (message: object) => process.stdout.write(`SEED ${JSON.stringify(message)}\n`);

let queue = Promise.resolve();
const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  queue = queue.then(async () => {
    const { id, spec } = JSON.parse(line) as { id: number; spec: SeedSpec };
    try {
      answer({ id, result: await seedOrganisation(spec) });
    } catch (error) {
      answer({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
});
lines.on("close", () => void queue.then(() => db.$disconnect()));
