import "server-only";
import { z } from "zod";
import { isCompanyManager, type Principal } from "@/lib/auth/principal";
import { verifyPassword } from "@/lib/auth/password";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { generatePortalKeyPair } from "./crypto";
import { sealPrivateKey } from "./key-seal";
import { openPortalKey, type PortalKeyRow } from "./portal-keys";
import { assertSecretAttemptsLeft, countWrongSecret } from "./secret-attempts";
import { serverRecordingKey } from "./server-key";
import type { FieldErrors } from "@/lib/errors/error-key";

/**
 * Passphrase für Sitzungswiedergabe (decision record 26): per portal, set by a company manager with
 * their own password. The server never stores the passphrase: it seals the portal's private key
 * with a key derived from it, so changing it re-seals that key (every recording stays readable with
 * the new passphrase, none with the old), and removing it seals the key with the server key again.
 * It cannot be reset: without it, the recordings stay unreadable. Team managers have no such right
 * and everyone else gets "not found".
 */

const PASSPHRASE_MIN_LENGTH = 12;
const PASSPHRASE_MAX_LENGTH = 200;

export type ReplayPassphrasePortal = { id: string; name: string; hasPassphrase: boolean };

function assertCompanyManager(actor: Principal) {
  if (!isCompanyManager(actor)) throw new NotFoundError("portal");
}

/** The live portals and whether each has a passphrase, by name. */
export async function replayPassphrasePortals(actor: Principal): Promise<ReplayPassphrasePortal[]> {
  assertCompanyManager(actor);
  const portals = await db.portal.findMany({
    where: { deletedAt: null },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, recordingKey: { select: { sealedWith: true } } },
  });
  return portals.map((p) => ({ id: p.id, name: p.name, hasPassphrase: p.recordingKey?.sealedWith === "passphrase" }));
}

const text = z.string().max(1000).catch("");

const setSchema = z.object({
  portalId: z.string().max(100).catch(""),
  password: text,
  passphrase: text,
  passphraseRepeat: text,
  currentPassphrase: text,
});

const removeSchema = z.object({ portalId: z.string().max(100).catch(""), password: text, currentPassphrase: text });

export type SetReplayPassphraseInput = {
  portalId: unknown;
  password: unknown;
  passphrase: unknown;
  passphraseRepeat: unknown;
  currentPassphrase?: unknown;
};
export type RemoveReplayPassphraseInput = { portalId: unknown; password: unknown; currentPassphrase?: unknown };

function newPassphraseErrors(passphrase: string, repeat: string): FieldErrors {
  const length = [...passphrase].length;
  if (length === 0) return { passphrase: "passphraseRequired" };
  if (length < PASSPHRASE_MIN_LENGTH) return { passphrase: "passphraseTooShort" };
  if (length > PASSPHRASE_MAX_LENGTH) return { passphrase: "passphraseTooLong" };
  if (repeat !== passphrase) return { passphraseRepeat: "passphraseMismatch" };
  return {};
}

async function livePortal(portalId: string) {
  const portal = await db.portal.findFirst({
    where: { id: portalId, deletedAt: null },
    select: { id: true, name: true, recordingKey: true },
  });
  if (!portal) throw new NotFoundError("portal");
  return portal;
}

/** The actor's own Management Center password; a wrong one counts as a wrong secret. */
async function checkPassword(actor: Principal, password: string) {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    await countWrongSecret(actor);
    throw new ValidationError({ password: "wrongPassword" });
  }
}

/** The private key as it is sealed now: with `currentPassphrase` if it has one. */
async function currentPrivateKey(actor: Principal, key: PortalKeyRow, currentPassphrase: string): Promise<Buffer> {
  if (key.sealedWith === "passphrase" && !currentPassphrase)
    throw new ValidationError({ currentPassphrase: "currentPassphraseRequired" });
  try {
    return await openPortalKey(key, currentPassphrase, "currentPassphrase");
  } catch (error) {
    if (error instanceof ValidationError && error.fieldErrors.currentPassphrase === "wrongPassphrase")
      await countWrongSecret(actor);
    throw error;
  }
}

/**
 * Sets or changes a portal's passphrase. Field errors (`ValidationError`): `password`
 * (passwordRequired, wrongPassword), `passphrase` (passphraseRequired, passphraseTooShort,
 * passphraseTooLong), `passphraseRepeat` (passphraseMismatch), `currentPassphrase`
 * (currentPassphraseRequired, wrongPassphrase), `form` (tooManyPassphraseAttempts). Says whether the
 * passphrase was set for the first time or changed.
 */
export async function setReplayPassphrase(
  actor: Principal,
  input: SetReplayPassphraseInput,
): Promise<"set" | "changed"> {
  assertCompanyManager(actor);
  const values = setSchema.parse(input ?? {});
  const portal = await livePortal(values.portalId);
  const errors: FieldErrors = {
    ...(values.password ? {} : { password: "passwordRequired" }),
    ...newPassphraseErrors(values.passphrase, values.passphraseRepeat),
    ...(portal.recordingKey?.sealedWith === "passphrase" && !values.currentPassphrase
      ? { currentPassphrase: "currentPassphraseRequired" }
      : {}),
  };
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  await assertSecretAttemptsLeft(actor);
  await checkPassword(actor, values.password);

  const existing = portal.recordingKey;
  const changed = existing?.sealedWith === "passphrase";
  const pair = existing ? null : generatePortalKeyPair();
  const privateKey = existing ? await currentPrivateKey(actor, existing, values.currentPassphrase) : pair!.privateKey;
  const sealed = await sealPrivateKey(privateKey, portal.id, { kind: "passphrase", passphrase: values.passphrase });
  await inTransaction(async (tx) => {
    if (existing) {
      // Only over the seal that was opened: a change made meanwhile by someone else is not lost.
      const { count } = await tx.portalRecordingKey.updateMany({
        where: { portalId: portal.id, sealedPrivateKey: existing.sealedPrivateKey },
        data: { sealedPrivateKey: sealed, sealedWith: "passphrase" },
      });
      if (count === 0) throw new ValidationError({ currentPassphrase: "wrongPassphrase" });
    } else {
      await tx.portalRecordingKey.create({
        data: { portalId: portal.id, publicKey: pair!.publicKey, sealedPrivateKey: sealed, sealedWith: "passphrase" },
      });
    }
    await writeAudit(tx, {
      actor,
      action: changed ? "recordingPassphrase.changed" : "recordingPassphrase.set",
      targetType: "portal",
      targetId: portal.id,
      summary: { portal: portal.name },
    });
  });
  return changed ? "changed" : "set";
}

/**
 * Removes a portal's passphrase: its private key is sealed with the server key again, so its
 * recordings replay without one. Needs the actor's password and the current passphrase (errors as
 * for `setReplayPassphrase`). A portal without a passphrase is left as it is.
 */
export async function removeReplayPassphrase(actor: Principal, input: RemoveReplayPassphraseInput): Promise<void> {
  assertCompanyManager(actor);
  const values = removeSchema.parse(input ?? {});
  const portal = await livePortal(values.portalId);
  const existing = portal.recordingKey;
  const errors: FieldErrors = {
    ...(values.password ? {} : { password: "passwordRequired" }),
    ...(values.currentPassphrase ? {} : { currentPassphrase: "currentPassphraseRequired" }),
  };
  if (existing?.sealedWith !== "passphrase") return;
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  await assertSecretAttemptsLeft(actor);
  await checkPassword(actor, values.password);
  const privateKey = await currentPrivateKey(actor, existing, values.currentPassphrase);
  const sealed = await sealPrivateKey(privateKey, portal.id, { kind: "server", key: await serverRecordingKey() });
  await inTransaction(async (tx) => {
    const { count } = await tx.portalRecordingKey.updateMany({
      where: { portalId: portal.id, sealedPrivateKey: existing.sealedPrivateKey },
      data: { sealedPrivateKey: sealed, sealedWith: "server" },
    });
    if (count === 0) throw new ValidationError({ currentPassphrase: "wrongPassphrase" });
    await writeAudit(tx, {
      actor,
      action: "recordingPassphrase.removed",
      targetType: "portal",
      targetId: portal.id,
      summary: { portal: portal.name },
    });
  });
}
