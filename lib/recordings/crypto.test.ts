import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  CryptoOpenError,
  decryptFrame,
  encryptFrame,
  FRAME_OVERHEAD,
  generatePortalKeyPair,
  newDataKey,
  openDataKey,
  sealDataKey,
} from "./crypto";
import { openPrivateKey, sealKind, sealPrivateKey } from "./key-seal";

const portal = generatePortalKeyPair();
const otherPortal = generatePortalKeyPair();
const dataKey = newDataKey();
const sealedKey = sealDataKey(dataKey, portal.publicKey, "rec-1");
const chunk = Buffer.from("a chunk of a screen recording, as the browser sent it");
const frame = encryptFrame(dataKey, "rec-1", 3, chunk);

describe("recording frames", () => {
  it("open with the data key, the recording and the index they were sealed for", () => {
    expect(decryptFrame(dataKey, "rec-1", 3, frame)).toEqual(chunk);
    expect(frame.byteLength).toBe(chunk.byteLength + FRAME_OVERHEAD);
    expect(frame.includes(chunk.subarray(0, 16))).toBe(false);
  });

  it("use a fresh nonce each time", () => {
    expect(encryptFrame(dataKey, "rec-1", 3, chunk).equals(frame)).toBe(false);
  });

  const changedByte = Buffer.from(frame);
  changedByte[20]! ^= 1;
  const refusals: [string, () => unknown][] = [
    ["another index (reordered)", () => decryptFrame(dataKey, "rec-1", 4, frame)],
    ["another recording (swapped)", () => decryptFrame(dataKey, "rec-2", 3, frame)],
    ["the header's place", () => decryptFrame(dataKey, "rec-1", "header", frame)],
    ["another data key", () => decryptFrame(newDataKey(), "rec-1", 3, frame)],
    ["a changed byte", () => decryptFrame(dataKey, "rec-1", 3, changedByte)],
    ["a cut-off frame", () => decryptFrame(dataKey, "rec-1", 3, frame.subarray(0, frame.byteLength - 1))],
    ["too short to be a frame", () => decryptFrame(dataKey, "rec-1", 3, frame.subarray(0, 10))],
  ];
  it.each(refusals)("refuse %s", (_name, open) => {
    expect(open).toThrow(CryptoOpenError);
  });
});

describe("sealed data keys", () => {
  it("open with the portal's private key for the same recording", () => {
    expect(openDataKey(sealedKey, portal.privateKey, "rec-1")).toEqual(dataKey);
    expect(sealedKey).not.toContain(dataKey.toString("base64"));
  });

  const tampered = JSON.stringify({ ...JSON.parse(sealedKey), ct: randomBytes(32).toString("base64") });
  const refusals: [string, () => unknown][] = [
    ["another portal's private key", () => openDataKey(sealedKey, otherPortal.privateKey, "rec-1")],
    ["another recording's id", () => openDataKey(sealedKey, portal.privateKey, "rec-2")],
    ["a changed ciphertext", () => openDataKey(tampered, portal.privateKey, "rec-1")],
    ["no JSON", () => openDataKey("{", portal.privateKey, "rec-1")],
    ["a broken private key", () => openDataKey(sealedKey, Buffer.from("nonsense"), "rec-1")],
  ];
  it.each(refusals)("refuse %s", (_name, open) => {
    expect(open).toThrow(CryptoOpenError);
  });
});

describe("sealed private keys", () => {
  const serverKey = randomBytes(32);
  const server = { kind: "server", key: serverKey } as const;
  const passphrase = { kind: "passphrase", passphrase: "korrekt Pferd Batterie" } as const;

  it("open with the server key or the passphrase they were sealed with", async () => {
    const byServer = await sealPrivateKey(portal.privateKey, "portal-1", server);
    expect(sealKind(byServer)).toBe("server");
    expect(await openPrivateKey(byServer, "portal-1", server)).toEqual(portal.privateKey);

    const byPassphrase = await sealPrivateKey(portal.privateKey, "portal-1", passphrase);
    expect(sealKind(byPassphrase)).toBe("passphrase");
    expect(JSON.parse(byPassphrase)).toMatchObject({ kdf: "argon2id", m: 65536, t: 3, p: 1 });
    expect(byPassphrase).not.toContain("Pferd");
    expect(await openPrivateKey(byPassphrase, "portal-1", passphrase)).toEqual(portal.privateKey);
    // The same words in another Unicode form are the same passphrase.
    const umlaut = await sealPrivateKey(portal.privateKey, "portal-1", {
      kind: "passphrase",
      passphrase: "Grüße aus Köln",
    });
    const decomposed = { kind: "passphrase", passphrase: "Grüße aus Köln".normalize("NFD") } as const;
    expect(await openPrivateKey(umlaut, "portal-1", decomposed)).toEqual(portal.privateKey);
  });

  it("use a new salt and nonce for every seal", async () => {
    const a = JSON.parse(await sealPrivateKey(portal.privateKey, "portal-1", passphrase));
    const b = JSON.parse(await sealPrivateKey(portal.privateKey, "portal-1", passphrase));
    expect(a.salt).not.toBe(b.salt);
    expect(a.ct).not.toBe(b.ct);
  });

  type Case = [string, () => Promise<unknown>];
  const refusals: Case[] = [
    [
      "a wrong passphrase",
      async () =>
        openPrivateKey(await sealPrivateKey(portal.privateKey, "p", passphrase), "p", {
          kind: "passphrase",
          passphrase: "korrekt Pferd Batterie!",
        }),
    ],
    [
      "the server key on a passphrase seal",
      async () => openPrivateKey(await sealPrivateKey(portal.privateKey, "p", passphrase), "p", server),
    ],
    [
      "a passphrase on a server seal",
      async () => openPrivateKey(await sealPrivateKey(portal.privateKey, "p", server), "p", passphrase),
    ],
    [
      "another server key",
      async () =>
        openPrivateKey(await sealPrivateKey(portal.privateKey, "p", server), "p", {
          kind: "server",
          key: randomBytes(32),
        }),
    ],
    [
      "a seal moved to another portal",
      async () => openPrivateKey(await sealPrivateKey(portal.privateKey, "p", server), "q", server),
    ],
    [
      "absurd KDF parameters",
      async () => {
        const seal = JSON.parse(await sealPrivateKey(portal.privateKey, "p", passphrase));
        return openPrivateKey(JSON.stringify({ ...seal, m: 64 * 1024 * 1024 }), "p", passphrase);
      },
    ],
    ["garbage", async () => openPrivateKey("not json", "p", server)],
  ];
  it.each(refusals)("refuse %s", async (_name, open) => {
    await expect(open()).rejects.toBeInstanceOf(CryptoOpenError);
  });
});
