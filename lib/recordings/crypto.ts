import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
} from "node:crypto";

/**
 * The recordings' cryptography (decision record 26), pure and on node:crypto alone:
 *
 * - a portal has an X25519 key pair; recordings are sealed to its public key, so recording needs
 *   no secret at all, while reading needs the private key (which lib/recordings/key-seal.ts keeps
 *   sealed under the passphrase or the server key);
 * - every recording has its own random 32-byte data key, sealed to the portal's public key with an
 *   ephemeral X25519 key agreement, HKDF-SHA256 and AES-256-GCM ("sealed box"), bound to the
 *   recording's id so a sealed key cannot be moved to another recording;
 * - every chunk is one AES-256-GCM frame under the data key: a fresh 12-byte nonce, the
 *   ciphertext, the 16-byte tag. Its additional data names the recording and the chunk's index, so
 *   frames cannot be swapped between recordings or put in another order without failing to open.
 *
 * A failed open throws `CryptoOpenError` whatever the cause (wrong key, changed byte, wrong place):
 * callers answer all of them the same way.
 */

export const KEY_BYTES = 32;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
/** What a frame adds to its chunk: nonce and tag. */
export const FRAME_OVERHEAD = NONCE_BYTES + TAG_BYTES;

export class CryptoOpenError extends Error {
  constructor() {
    super("cannot open sealed data");
    this.name = "CryptoOpenError";
  }
}

/** AES-256-GCM with a random nonce: nonce ‖ ciphertext ‖ tag. */
export function gcmSeal(key: Uint8Array, plain: Uint8Array, aad: Uint8Array): Buffer {
  if (key.byteLength !== KEY_BYTES) throw new Error("AES-256 needs a 32-byte key");
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

export function gcmOpen(key: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Buffer {
  if (key.byteLength !== KEY_BYTES || sealed.byteLength < FRAME_OVERHEAD) throw new CryptoOpenError();
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, NONCE_BYTES), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(aad);
    decipher.setAuthTag(bytes.subarray(bytes.byteLength - TAG_BYTES));
    return Buffer.concat([
      decipher.update(bytes.subarray(NONCE_BYTES, bytes.byteLength - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new CryptoOpenError();
  }
}

export type PortalKeyPair = {
  /** SPKI DER, base64: stored in the clear. */
  publicKey: string;
  /** PKCS#8 DER: only ever stored sealed. */
  privateKey: Buffer;
};

export function generatePortalKeyPair(): PortalKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync("x25519");
  return {
    publicKey: publicKey.export({ type: "spki", format: "der" }).toString("base64"),
    privateKey: privateKey.export({ type: "pkcs8", format: "der" }),
  };
}

/** A new recording's data key. */
export function newDataKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/** The stored form of a sealed data key (SessionRecording.sealedDataKey). */
type SealedDataKey = {
  v: 1;
  alg: "x25519-hkdf-sha256-aes-256-gcm";
  epk: string;
  nonce: string;
  ct: string;
  tag: string;
};

const DATA_KEY_INFO = Buffer.from("lotse recording data key v1");

function wrappingKey(shared: Buffer, ephemeralPublic: Buffer, recipientPublic: Buffer): Buffer {
  // Both public keys in the salt: the key is bound to this exchange, not only to the shared secret.
  const salt = Buffer.concat([ephemeralPublic, recipientPublic]);
  return Buffer.from(hkdfSync("sha256", shared, salt, DATA_KEY_INFO, KEY_BYTES));
}

const dataKeyAad = (recordingId: string) => Buffer.from(`lotse:data-key:v1:${recordingId}`);

/** Seals a data key to a portal's public key; only its private key opens it again. */
export function sealDataKey(dataKey: Uint8Array, portalPublicKey: string, recordingId: string): string {
  const recipientDer = Buffer.from(portalPublicKey, "base64");
  const recipient = createPublicKey({ key: recipientDer, format: "der", type: "spki" });
  const ephemeral = generateKeyPairSync("x25519");
  const ephemeralDer = ephemeral.publicKey.export({ type: "spki", format: "der" });
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient });
  const sealed = gcmSeal(wrappingKey(shared, ephemeralDer, recipientDer), dataKey, dataKeyAad(recordingId));
  const stored: SealedDataKey = {
    v: 1,
    alg: "x25519-hkdf-sha256-aes-256-gcm",
    epk: ephemeralDer.toString("base64"),
    nonce: sealed.subarray(0, NONCE_BYTES).toString("base64"),
    ct: sealed.subarray(NONCE_BYTES, sealed.byteLength - TAG_BYTES).toString("base64"),
    tag: sealed.subarray(sealed.byteLength - TAG_BYTES).toString("base64"),
  };
  return JSON.stringify(stored);
}

/** Opens a sealed data key with the portal's private key (PKCS#8 DER); CryptoOpenError if it does not fit. */
export function openDataKey(sealedJson: string, privateKeyDer: Uint8Array, recordingId: string): Buffer {
  try {
    const stored = JSON.parse(sealedJson) as SealedDataKey;
    if (stored.v !== 1) throw new CryptoOpenError();
    const privateKey = createPrivateKey({ key: Buffer.from(privateKeyDer), format: "der", type: "pkcs8" });
    const recipientDer = createPublicKey(privateKey).export({ type: "spki", format: "der" });
    const ephemeralDer = Buffer.from(stored.epk, "base64");
    const ephemeral = createPublicKey({ key: ephemeralDer, format: "der", type: "spki" });
    const shared = diffieHellman({ privateKey, publicKey: ephemeral });
    const sealed = Buffer.concat([
      Buffer.from(stored.nonce, "base64"),
      Buffer.from(stored.ct, "base64"),
      Buffer.from(stored.tag, "base64"),
    ]);
    const key = gcmOpen(wrappingKey(shared, ephemeralDer, recipientDer), sealed, dataKeyAad(recordingId));
    if (key.byteLength !== KEY_BYTES) throw new CryptoOpenError();
    return key;
  } catch {
    throw new CryptoOpenError();
  }
}

/** Which frame of a recording: a chunk by its index, or the rewritten header (with the duration). */
export type FramePlace = number | "header";

function frameAad(recordingId: string, place: FramePlace): Buffer {
  return Buffer.from(`lotse:frame:v1:${recordingId}:${place}`);
}

export function encryptFrame(dataKey: Uint8Array, recordingId: string, place: FramePlace, plain: Uint8Array): Buffer {
  return gcmSeal(dataKey, plain, frameAad(recordingId, place));
}

export function decryptFrame(dataKey: Uint8Array, recordingId: string, place: FramePlace, frame: Uint8Array): Buffer {
  return gcmOpen(dataKey, frame, frameAad(recordingId, place));
}
