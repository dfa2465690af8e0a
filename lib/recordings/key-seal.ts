import { randomBytes } from "node:crypto";
import { type Algorithm, hashRaw } from "@node-rs/argon2";
import { CryptoOpenError, gcmOpen, gcmSeal, KEY_BYTES, NONCE_BYTES, TAG_BYTES } from "./crypto";

/**
 * A portal's private key, sealed (PortalRecordingKey.sealedPrivateKey, decision record 26): with
 * AES-256-GCM under the server recording key while the portal has no Passphrase für
 * Sitzungswiedergabe, or under a key derived from the passphrase with argon2id. The seal is JSON
 * and carries what opening it needs — the KDF, its random salt and its parameters — so stronger
 * parameters later apply to new seals without breaking old ones. The additional data names the
 * portal, so a seal copied onto another portal's row does not open.
 */

/** argon2id's Algorithm value (a const enum in the package's types, which isolated modules cannot inline). */
const ARGON2ID = 2 as Algorithm;

/**
 * Stronger than the sign-in hash (19 MiB, 2 passes): whoever holds a copy of the database can try
 * passphrases offline, while a person replays a recording rarely. 64 MiB and 3 passes take about
 * 0.2 s on a small box.
 */
const PASSPHRASE_KDF = { memoryCost: 65536, timeCost: 3, parallelism: 1 } as const;

type KdfParams = { m: number; t: number; p: number };

export type KeySeal =
  | { v: 1; kdf: "server"; nonce: string; ct: string; tag: string }
  | ({ v: 1; kdf: "argon2id"; salt: string; nonce: string; ct: string; tag: string } & KdfParams);

export type SealKey = { kind: "server"; key: Uint8Array } | { kind: "passphrase"; passphrase: string };

const aadOf = (portalId: string, kdf: KeySeal["kdf"]) => Buffer.from(`lotse:portal-key:v1:${portalId}:${kdf}`);

/** The same words typed on another keyboard or system are the same passphrase. */
const normalised = (passphrase: string) => passphrase.normalize("NFC");

async function passphraseKey(passphrase: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  return hashRaw(normalised(passphrase), {
    algorithm: ARGON2ID,
    salt,
    memoryCost: params.m,
    timeCost: params.t,
    parallelism: params.p,
    outputLen: KEY_BYTES,
  });
}

function parts(sealed: Buffer) {
  return {
    nonce: sealed.subarray(0, NONCE_BYTES).toString("base64"),
    ct: sealed.subarray(NONCE_BYTES, sealed.byteLength - TAG_BYTES).toString("base64"),
    tag: sealed.subarray(sealed.byteLength - TAG_BYTES).toString("base64"),
  };
}

export async function sealPrivateKey(privateKey: Uint8Array, portalId: string, with_: SealKey): Promise<string> {
  if (with_.kind === "server") {
    const seal: KeySeal = { v: 1, kdf: "server", ...parts(gcmSeal(with_.key, privateKey, aadOf(portalId, "server"))) };
    return JSON.stringify(seal);
  }
  const salt = randomBytes(16);
  const params = { m: PASSPHRASE_KDF.memoryCost, t: PASSPHRASE_KDF.timeCost, p: PASSPHRASE_KDF.parallelism };
  const key = await passphraseKey(with_.passphrase, salt, params);
  const sealed = gcmSeal(key, privateKey, aadOf(portalId, "argon2id"));
  const seal: KeySeal = { v: 1, kdf: "argon2id", salt: salt.toString("base64"), ...params, ...parts(sealed) };
  return JSON.stringify(seal);
}

/** What opens a stored seal: "server" or "passphrase" (PortalRecordingKey.sealedWith). */
export function sealKind(sealJson: string): "server" | "passphrase" {
  return (JSON.parse(sealJson) as KeySeal).kdf === "server" ? "server" : "passphrase";
}

// Parameters read back from the database are bounded: a changed row must not make one attempt
// take minutes or gigabytes.
const sane = (params: KdfParams) =>
  Number.isInteger(params.m) &&
  params.m >= 8192 &&
  params.m <= 1_048_576 &&
  Number.isInteger(params.t) &&
  params.t >= 1 &&
  params.t <= 10 &&
  Number.isInteger(params.p) &&
  params.p >= 1 &&
  params.p <= 4;

/**
 * The private key, or CryptoOpenError: the wrong passphrase, a passphrase seal opened with the
 * server key (or the other way round), a changed seal.
 */
export async function openPrivateKey(sealJson: string, portalId: string, with_: SealKey): Promise<Buffer> {
  let seal: KeySeal;
  try {
    seal = JSON.parse(sealJson) as KeySeal;
  } catch {
    throw new CryptoOpenError();
  }
  if (seal.v !== 1) throw new CryptoOpenError();
  const sealed = Buffer.concat([
    Buffer.from(seal.nonce ?? "", "base64"),
    Buffer.from(seal.ct ?? "", "base64"),
    Buffer.from(seal.tag ?? "", "base64"),
  ]);
  if (seal.kdf === "server") {
    if (with_.kind !== "server") throw new CryptoOpenError();
    return gcmOpen(with_.key, sealed, aadOf(portalId, "server"));
  }
  if (seal.kdf !== "argon2id" || with_.kind !== "passphrase" || !sane(seal)) throw new CryptoOpenError();
  const key = await passphraseKey(with_.passphrase, Buffer.from(seal.salt, "base64"), seal);
  return gcmOpen(key, sealed, aadOf(portalId, "argon2id"));
}
