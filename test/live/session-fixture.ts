import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { acceptRequest } from "@/lib/live/accept-request";
import { signInToConsole } from "@/lib/live/presence";
import { buildDesk } from "./live-fixture";

/**
 * Gives this test file its own data directory (for session files), so tests can look at exactly
 * what was written. Call at the top level of a test file; returns the directory.
 */
export function ownDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lotse-files-"));
  process.env.LOTSE_DATA_DIR = dir;
  return dir;
}

/** Every file below `dir`, relative to it (empty directories do not count). */
export function filesBelow(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The desk of live-fixture with everyone signed in, and one accepted session of Anna's. */
export async function deskWithSession() {
  const desk = await buildDesk();
  for (const agent of Object.values(desk.agents)) await signInToConsole(agent);
  const request = await desk.request();
  const { sessionId } = await acceptRequest(desk.agents.anna, request.id);
  return {
    ...desk,
    sessionId,
    token: request.token,
    agent: { kind: "agent", actor: desk.agents.anna } as const,
    customer: { kind: "customer", token: request.token } as const,
  };
}
