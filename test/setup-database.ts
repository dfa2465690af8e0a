import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";

// Runs before each test file's imports: point the Prisma client at a fresh copy of the template.
const template = inject("templateDatabase");
const file = path.join(path.dirname(template), `${randomUUID()}.db`);
fs.copyFileSync(template, file);
process.env.DATABASE_URL = `file:${file}`;
process.env.LOTSE_DATA_DIR = path.dirname(template);

afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
});
