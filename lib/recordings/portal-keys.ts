import "server-only";
import { db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors/domain-errors";
import { CryptoOpenError, generatePortalKeyPair } from "./crypto";
import { openPrivateKey, sealPrivateKey } from "./key-seal";
import { serverRecordingKey } from "./server-key";

export type PortalKeyRow = { portalId: string; publicKey: string; sealedPrivateKey: string; sealedWith: string };

/**
 * The portal's public key, for sealing a new recording's data key. The key pair is made when the
 * portal's first recording starts (or its first passphrase is set), sealed with the server key.
 * Two recordings starting at once both try; the primary key lets one in and the other reads it.
 */
export async function portalPublicKey(portalId: string): Promise<string> {
  const existing = await db.portalRecordingKey.findUnique({ where: { portalId }, select: { publicKey: true } });
  if (existing) return existing.publicKey;
  const pair = generatePortalKeyPair();
  const sealed = await sealPrivateKey(pair.privateKey, portalId, { kind: "server", key: await serverRecordingKey() });
  try {
    await db.portalRecordingKey.create({
      data: { portalId, publicKey: pair.publicKey, sealedPrivateKey: sealed, sealedWith: "server" },
    });
    return pair.publicKey;
  } catch (error) {
    const raced = await db.portalRecordingKey.findUnique({ where: { portalId }, select: { publicKey: true } });
    if (raced) return raced.publicKey;
    throw error;
  }
}

/**
 * Opens a portal's private key: with the passphrase when it is sealed with one (none given:
 * `passphraseRequired`; the wrong one: `wrongPassphrase`, under `field`), else with the server key
 * (`recordingUnreadable` when that fails: the seal or the key was changed). Counting wrong
 * passphrases is the caller's (secret-attempts.ts).
 */
export async function openPortalKey(row: PortalKeyRow, passphrase: string | null, field: string): Promise<Buffer> {
  try {
    if (row.sealedWith === "passphrase") {
      if (!passphrase) throw new ValidationError({ [field]: "passphraseRequired" });
      return await openPrivateKey(row.sealedPrivateKey, row.portalId, { kind: "passphrase", passphrase });
    }
    return await openPrivateKey(row.sealedPrivateKey, row.portalId, {
      kind: "server",
      key: await serverRecordingKey(),
    });
  } catch (error) {
    if (!(error instanceof CryptoOpenError)) throw error;
    throw new ValidationError({ [field]: row.sealedWith === "passphrase" ? "wrongPassphrase" : "recordingUnreadable" });
  }
}
