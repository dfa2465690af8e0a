import "server-only";
import { randomInt } from "node:crypto";
import type { Tx } from "@/lib/db/client";

/** A new nine-digit session ID nobody has: random, so IDs say nothing about volume or order. */
export async function newSessionNumber(tx: Tx): Promise<string> {
  for (;;) {
    const number = String(randomInt(100_000_000, 1_000_000_000));
    if (!(await tx.supportSession.findUnique({ where: { number }, select: { id: true } }))) return number;
  }
}
