import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { configuredRecordingKey, dataDir } from "@/lib/config/env";
import { KEY_BYTES } from "./crypto";

/**
 * The server recording key (decision record 26): it seals a portal's private key while the portal
 * has no Passphrase für Sitzungswiedergabe, and a running recording's data key until the recording
 * is finished. `LOTSE_RECORDING_KEY` (base64 of 32 bytes) when set — so it can live outside the
 * data folder, e.g. in a secret store — else `<data>/recording.key`, created on first use with mode
 * 0600, atomically: of two processes starting together one creates it, the other finds it and
 * reads it. Whoever loses this key (and has no passphrase) loses the recordings:
 * backups carry it (scripts/lib/backup.mjs).
 */
export async function serverRecordingKey(): Promise<Buffer> {
  const configured = configuredRecordingKey();
  if (configured) return Buffer.from(configured, "base64");
  const file = path.join(dataDir(), "recording.key");
  const stored = await readKeyFile(file);
  if (stored) return stored;
  await fs.mkdir(path.dirname(file), { recursive: true });
  // Written whole under a name of its own, then linked into place: the link is the atomic create,
  // so nobody ever reads a half-written key file.
  const draft = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  await fs.writeFile(draft, `${randomBytes(KEY_BYTES).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  try {
    await fs.link(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    await fs.rm(draft, { force: true });
  }
  const written = await readKeyFile(file);
  if (!written) throw new Error(`${file} does not hold a recording key (32 bytes in base64)`);
  return written;
}

async function readKeyFile(file: string): Promise<Buffer | null> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const key = Buffer.from(text.trim(), "base64");
  // A damaged file must stop recording, not be replaced: a new key would orphan every recording.
  if (key.byteLength !== KEY_BYTES) throw new Error(`${file} does not hold a recording key (32 bytes in base64)`);
  return key;
}
