import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { configuredAuthSecret, dataDir } from "@/lib/config/env";

let cached: string | undefined;

/**
 * The key that encrypts session cookies. Taken from NEXTAUTH_SECRET when configured; otherwise
 * generated once and kept in the data directory, so a plain `npm start` needs no setup.
 */
export function authSecret(): string {
  if (cached) return cached;
  const configured = configuredAuthSecret();
  if (configured) return (cached = configured);
  const file = path.join(dataDir(), "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Another process won the race and wrote it first; read theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return (cached = fs.readFileSync(file, "utf8").trim());
}
