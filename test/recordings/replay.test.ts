// Session recordings, replay and export (issue 17): who may unlock a recording, the passphrase
// that seals the portal's key, Range reads of the decrypted video, the exported WebM with its
// duration, and the 90-day purge. Real SQLite and real files.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as exportRoute } from "@/app/manager/(center)/session-information/[number]/recordings/[recordingId]/export/[ticket]/route";
import { GET as replayRoute } from "@/app/manager/(center)/session-information/[number]/recordings/[recordingId]/replay/[ticket]/route";
import type { Principal } from "@/lib/auth/principal";
import { currentPrincipal } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { endSession } from "@/lib/live/end-session";
import { finalizePendingRecordings } from "@/lib/recordings/finish-recordings";
import { sessionRecordingsDir } from "@/lib/recordings/recording-storage";
import { recordingStream, sessionRecordings, unlockRecording } from "@/lib/recordings/replay";
import {
  removeReplayPassphrase,
  replayPassphrasePortals,
  setReplayPassphrase,
} from "@/lib/recordings/replay-passphrase";
import { translatorFor } from "@/lib/i18n/messages";
import { purgeExpiredSessionContent } from "@/lib/session-information/retention";
import { reviewSession } from "@/lib/session-information/session-record";
import { lineText, transcriptLines } from "@/lib/session-information/transcript";
import { DEFAULT_TEST_PASSWORD } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { filesBelow, ownDataDir } from "@/test/live/session-fixture";
import {
  bytesOf,
  parsedWebm,
  record,
  RECORDED_WEBM,
  recordingDesk,
  type RecordingDesk,
  recordingRow,
} from "./recording-fixture";

vi.mock(import("@/lib/auth/session"), async (original) => ({ ...(await original()), currentPrincipal: vi.fn() }));
const signedIn = (principal: Principal | null) => vi.mocked(currentPrincipal).mockResolvedValue(principal);

const dataDir = ownDataDir();
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
beforeEach(resetDatabase);

const PASSPHRASE = "Leuchtturm am Deich 1887";
const NEW_PASSPHRASE = "Lotsenboot im Nebel 2026";

/** Anna's session, recorded and ended; its recording finalized. */
async function recordedSession() {
  const desk = await recordingDesk();
  const recordingId = await record(desk);
  await endSession(desk.agent, desk.sessionId, { notes: "", outcome: "resolved" });
  await finalizePendingRecordings();
  const { number } = await db.supportSession.findUniqueOrThrow({ where: { id: desk.sessionId } });
  return { ...desk, recordingId, number };
}

async function replayed(
  actor: Principal,
  desk: { number: string; recordingId: string },
  passphrase: string | null = null,
) {
  const { ticket } = await unlockRecording(actor, desk.number, desk.recordingId, passphrase, "replay");
  return bytesOf((await recordingStream(actor, ticket, null)).body);
}

const setPassphrase = (desk: RecordingDesk, actor: Principal, over: Record<string, unknown> = {}) =>
  setReplayPassphrase(actor, {
    portalId: desk.portal.id,
    password: DEFAULT_TEST_PASSWORD,
    passphrase: PASSPHRASE,
    passphraseRepeat: PASSPHRASE,
    ...over,
  });

async function fieldErrorsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe("replay and export", () => {
  it("delivers the recorded video with a duration and cues; a range is exactly its bytes", async () => {
    const desk = await recordedSession();
    const video = await replayed(desk.company, desk);
    const row = await recordingRow(desk.recordingId);
    // The recorded bytes after the header are unchanged; the header now says how long it is.
    expect(video.subarray(row.headerBytes!)).toEqual(RECORDED_WEBM.subarray(row.headerReplaces!));
    const parsed = parsedWebm(video);
    expect(parsed.duration).toBeGreaterThan(1000);
    expect(parsed.cues).toBe(true);
    expect(parsedWebm(RECORDED_WEBM).duration).toBeNull();
    expect(row.durationMs).toBe(Math.round(parsed.duration!));

    const { ticket } = await unlockRecording(desk.company, desk.number, desk.recordingId, null, "replay");
    for (const [start, end] of [
      [0, 9],
      [100, 5000],
      [row.headerBytes! - 3, row.headerBytes! + 3],
      [7999, 8001],
      [video.byteLength - 10, video.byteLength - 1],
    ] as const) {
      const answer = await recordingStream(desk.company, ticket, `bytes=${start}-${end}`);
      expect(answer.range).toEqual({ start, end });
      expect(answer.total).toBe(video.byteLength);
      expect(await bytesOf(answer.body)).toEqual(video.subarray(start, end + 1));
    }
  });

  it("answers the video element over HTTP: 206 with Content-Range, 416 past the end; exports as an attachment", async () => {
    const desk = await recordedSession();
    signedIn(desk.company);
    const { ticket } = await unlockRecording(desk.company, desk.number, desk.recordingId, null, "replay");
    const params = Promise.resolve({ number: desk.number, recordingId: desk.recordingId, ticket });
    const url = `http://localhost/manager/session-information/${desk.number}/recordings/${desk.recordingId}/replay/${ticket}`;
    const whole = await replayRoute(new Request(url), { params });
    expect(whole.status).toBe(200);
    expect(whole.headers.get("accept-ranges")).toBe("bytes");
    expect(whole.headers.get("content-type")).toBe("video/webm");
    expect(whole.headers.get("cache-control")).toBe("no-store");
    const all = Buffer.from(await whole.arrayBuffer());
    expect(whole.headers.get("content-length")).toBe(String(all.byteLength));

    const part = await replayRoute(new Request(url, { headers: { Range: "bytes=10-19" } }), { params });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 10-19/${all.byteLength}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(all.subarray(10, 20));
    const past = await replayRoute(new Request(url, { headers: { Range: `bytes=${all.byteLength}-` } }), { params });
    expect(past.status).toBe(416);

    // A replay ticket is no export ticket, and a ticket is bound to its recording.
    const exportParams = (t: string) => ({
      params: Promise.resolve({ number: desk.number, recordingId: desk.recordingId, ticket: t }),
    });
    expect((await exportRoute(new Request(url), exportParams(ticket))).status).toBe(404);
    const wrongRecording = { params: Promise.resolve({ number: desk.number, recordingId: "other", ticket }) };
    expect((await replayRoute(new Request(url), wrongRecording)).status).toBe(404);

    const exported = await unlockRecording(desk.company, desk.number, desk.recordingId, null, "export");
    const file = await exportRoute(new Request(url), exportParams(exported.ticket));
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toContain(`sitzung-${desk.number}-1.webm`);
    const exportedBytes = Buffer.from(await file.arrayBuffer());
    expect(exportedBytes).toEqual(all);
    expect(parsedWebm(exportedBytes).duration).toBeGreaterThan(1000);

    const audit = await db.auditLog.findMany({ where: { area: "sessionInformation" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "sessionInformation.recordingReplayed",
      "sessionInformation.recordingExported",
    ]);
    expect(JSON.parse(audit[0]!.summary)).toEqual({ sessionNumber: desk.number, recordingId: desk.recordingId });
  });

  it("lists the session's recordings for who may replay", async () => {
    const desk = await recordedSession();
    const rows = await sessionRecordings(desk.teamWithReplay, desk.number);
    expect(rows).toEqual([
      expect.objectContaining({
        id: desk.recordingId,
        bytes: RECORDED_WEBM.byteLength,
        status: "complete",
        sealedWithPassphrase: false,
      }),
    ]);
    expect(rows[0]!.durationMs).toBeGreaterThan(1000);

    // The session page knows whether to offer them, and its transcript says when they ran.
    const record = await reviewSession(desk.teamWithReplay, desk.number);
    expect(record.mayReplay).toBe(true);
    expect((await reviewSession(desk.teamWithoutReplay, desk.number)).mayReplay).toBe(false);
    const t = translatorFor("de", "AgentConsole");
    const lines = transcriptLines(record.events).filter((line) => line.kind.startsWith("recording"));
    expect(lines.map((line) => [line.author, lineText(line, (key) => t(`transcript.${key}`))])).toEqual([
      ["system", "Die Aufzeichnung der Sitzung hat begonnen."],
      ["system", "Die Aufzeichnung der Sitzung wurde beendet."],
    ]);
  });

  it("is not found for anyone who may not replay, and a ticket only works for whom it was made", async () => {
    const desk = await recordedSession();
    const notFound = async (actor: Principal, purpose: "replay" | "export" = "replay") => {
      await expect(unlockRecording(actor, desk.number, desk.recordingId, null, purpose)).rejects.toBeInstanceOf(
        NotFoundError,
      );
      if (purpose === "replay")
        await expect(sessionRecordings(actor, desk.number)).rejects.toBeInstanceOf(NotFoundError);
    };
    await notFound(desk.api);
    await notFound(desk.teamWithoutReplay);
    await notFound(desk.otherTeam);
    await notFound(desk.agents.anna); // her function "Sitzungswiedergabe" is off
    await notFound(desk.agents.ben);
    await db.agentProfile.update({
      where: { userId: desk.agents.ben.userId },
      data: { functions: JSON.stringify({ sessionReplay: true, exportSessionReplay: true }) },
    });
    await notFound(desk.agents.ben); // not his session

    // With the function, Anna replays her own session; exporting needs its own function.
    await db.agentProfile.update({
      where: { userId: desk.agents.anna.userId },
      data: { functions: JSON.stringify({ sessionReplay: true }) },
    });
    expect(await replayed(desk.agents.anna, desk)).toHaveLength((await replayed(desk.company, desk)).byteLength);
    await notFound(desk.agents.anna, "export");
    await db.managerProfile.update({
      where: { userId: desk.teamWithReplay.userId },
      data: { rights: '["sessionReplay"]' },
    });
    await notFound(desk.teamWithReplay, "export");
    expect((await replayed(desk.teamWithReplay, desk)).byteLength).toBeGreaterThan(0);

    // Unknown recordings and malformed numbers are not found either.
    await expect(unlockRecording(desk.company, desk.number, "nope", null, "replay")).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(unlockRecording(desk.company, "12", desk.recordingId, null, "replay")).rejects.toBeInstanceOf(
      NotFoundError,
    );

    const { ticket } = await unlockRecording(desk.company, desk.number, desk.recordingId, null, "replay");
    await expect(recordingStream(desk.otherCompany, ticket, null)).rejects.toBeInstanceOf(NotFoundError);
    await expect(recordingStream(desk.company, "x".repeat(43), null)).rejects.toBeInstanceOf(NotFoundError);
    // A right taken away while a ticket lives counts at once.
    const teamTicket = await unlockRecording(desk.teamWithReplay, desk.number, desk.recordingId, null, "replay");
    await db.managerProfile.update({ where: { userId: desk.teamWithReplay.userId }, data: { rights: "[]" } });
    await expect(recordingStream(desk.teamWithReplay, teamTicket.ticket, null)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("forgets recordings with the session's content after 90 days, leftover folders too", async () => {
    const desk = await recordedSession();
    const { ticket } = await unlockRecording(desk.company, desk.number, desk.recordingId, null, "replay");
    const dir = sessionRecordingsDir(desk.sessionId);
    expect(filesBelow(dir)).toEqual([`${desk.recordingId}.rec`]);
    await purgeExpiredSessionContent(new Date(Date.now() + 91 * 24 * 60 * 60 * 1000));
    expect(fs.existsSync(dir)).toBe(false);
    expect(await db.sessionRecording.count()).toBe(0);
    expect(await db.recordingChunk.count()).toBe(0);
    await expect(recordingStream(desk.company, ticket, null)).rejects.toBeInstanceOf(NotFoundError);
    await expect(unlockRecording(desk.company, desk.number, desk.recordingId, null, "replay")).rejects.toBeInstanceOf(
      NotFoundError,
    );
    // A folder a crash left behind after the commit goes on the next run.
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "left.rec"), "x");
    await purgeExpiredSessionContent(new Date(Date.now() + 91 * 24 * 60 * 60 * 1000));
    expect(fs.existsSync(dir)).toBe(false);
  });
});

describe("Passphrase für Sitzungswiedergabe", () => {
  it("is set by company managers only, with their password, and then needed for every replay", async () => {
    const desk = await recordedSession();
    for (const actor of [desk.teamWithReplay, desk.api, desk.agents.anna]) {
      await expect(replayPassphrasePortals(actor)).rejects.toBeInstanceOf(NotFoundError);
      await expect(setPassphrase(desk, actor)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(setPassphrase(desk, desk.company, { portalId: "nope" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await replayPassphrasePortals(desk.company)).toEqual([
      { id: desk.portal.id, name: desk.portal.name, hasPassphrase: false },
    ]);

    expect(await fieldErrorsOf(setPassphrase(desk, desk.company, { password: "" }))).toEqual({
      password: "passwordRequired",
    });
    expect(await fieldErrorsOf(setPassphrase(desk, desk.company, { password: "wrong password" }))).toEqual({
      password: "wrongPassword",
    });
    expect(await fieldErrorsOf(setPassphrase(desk, desk.company, { passphrase: "", passphraseRepeat: "" }))).toEqual({
      passphrase: "passphraseRequired",
    });
    expect(
      await fieldErrorsOf(setPassphrase(desk, desk.company, { passphrase: "kurz", passphraseRepeat: "kurz" })),
    ).toEqual({
      passphrase: "passphraseTooShort",
    });
    const long = "x".repeat(201);
    expect(
      await fieldErrorsOf(setPassphrase(desk, desk.company, { passphrase: long, passphraseRepeat: long })),
    ).toEqual({
      passphrase: "passphraseTooLong",
    });
    expect(await fieldErrorsOf(setPassphrase(desk, desk.company, { passphraseRepeat: `${PASSPHRASE}!` }))).toEqual({
      passphraseRepeat: "passphraseMismatch",
    });

    await setPassphrase(desk, desk.company);
    expect(await replayPassphrasePortals(desk.company)).toEqual([
      { id: desk.portal.id, name: desk.portal.name, hasPassphrase: true },
    ]);
    const key = await db.portalRecordingKey.findUniqueOrThrow({ where: { portalId: desk.portal.id } });
    expect(key.sealedWith).toBe("passphrase");
    expect(key.sealedPrivateKey).not.toContain(PASSPHRASE);
    expect((await sessionRecordings(desk.company, desk.number))[0]!.sealedWithPassphrase).toBe(true);

    const unlock = (passphrase: string | null) =>
      unlockRecording(desk.company, desk.number, desk.recordingId, passphrase, "replay");
    expect(await fieldErrorsOf(unlock(null))).toEqual({ passphrase: "passphraseRequired" });
    expect(await fieldErrorsOf(unlock("Leuchtturm am Deich 1888"))).toEqual({ passphrase: "wrongPassphrase" });
    expect((await replayed(desk.company, desk, PASSPHRASE)).byteLength).toBeGreaterThan(RECORDED_WEBM.byteLength);

    // Changing it needs the current one.
    const change = (over: Record<string, unknown>) =>
      setPassphrase(desk, desk.company, { passphrase: NEW_PASSPHRASE, passphraseRepeat: NEW_PASSPHRASE, ...over });
    expect(await fieldErrorsOf(change({}))).toEqual({ currentPassphrase: "currentPassphraseRequired" });
    expect(await fieldErrorsOf(change({ currentPassphrase: "nicht die richtige" }))).toEqual({
      currentPassphrase: "wrongPassphrase",
    });
    await change({ currentPassphrase: PASSPHRASE });
    expect(await fieldErrorsOf(unlock(PASSPHRASE))).toEqual({ passphrase: "wrongPassphrase" });
    expect((await replayed(desk.company, desk, NEW_PASSPHRASE)).byteLength).toBeGreaterThan(0);

    // Removing it: the key is sealed with the server key again, replays need nothing.
    expect(
      await fieldErrorsOf(
        removeReplayPassphrase(desk.company, { portalId: desk.portal.id, password: DEFAULT_TEST_PASSWORD }),
      ),
    ).toEqual({ currentPassphrase: "currentPassphraseRequired" });
    await removeReplayPassphrase(desk.company, {
      portalId: desk.portal.id,
      password: DEFAULT_TEST_PASSWORD,
      currentPassphrase: NEW_PASSPHRASE,
    });
    expect((await db.portalRecordingKey.findUniqueOrThrow({ where: { portalId: desk.portal.id } })).sealedWith).toBe(
      "server",
    );
    expect((await replayed(desk.company, desk)).byteLength).toBeGreaterThan(0);

    const audit = await db.auditLog.findMany({ where: { area: "recordingPassphrase" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.targetType, a.targetId])).toEqual([
      ["recordingPassphrase.set", "portal", desk.portal.id],
      ["recordingPassphrase.changed", "portal", desk.portal.id],
      ["recordingPassphrase.removed", "portal", desk.portal.id],
    ]);
    for (const entry of audit) {
      expect(entry.summary).not.toContain(PASSPHRASE);
      expect(entry.summary).not.toContain(NEW_PASSPHRASE);
      expect(entry.summary).not.toContain(DEFAULT_TEST_PASSWORD);
    }
  });

  it("seals recordings made after the passphrase was set, before any recording, too", async () => {
    const desk = await recordingDesk();
    await setPassphrase(desk, desk.company);
    const recordingId = await record(desk);
    await endSession(desk.agent, desk.sessionId, { notes: "", outcome: "resolved" });
    await finalizePendingRecordings();
    const { number } = await db.supportSession.findUniqueOrThrow({ where: { id: desk.sessionId } });
    expect(await fieldErrorsOf(unlockRecording(desk.company, number, recordingId, null, "replay"))).toEqual({
      passphrase: "passphraseRequired",
    });
    const video = await replayed(desk.company, { number, recordingId }, PASSPHRASE);
    expect(parsedWebm(video).duration).toBeGreaterThan(1000);
  });

  it("opens nothing once the sealed private key is changed in the database", async () => {
    const desk = await recordedSession();
    const key = await db.portalRecordingKey.findUniqueOrThrow({ where: { portalId: desk.portal.id } });
    const seal = JSON.parse(key.sealedPrivateKey) as { ct: string };
    const flipped = Buffer.from(seal.ct, "base64");
    flipped[0]! ^= 1;
    await db.portalRecordingKey.update({
      where: { portalId: desk.portal.id },
      data: { sealedPrivateKey: JSON.stringify({ ...seal, ct: flipped.toString("base64") }) },
    });
    expect(await fieldErrorsOf(unlockRecording(desk.company, desk.number, desk.recordingId, null, "replay"))).toEqual({
      passphrase: "recordingUnreadable",
    });
  });

  it("counts wrong passphrases and passwords per person: after ten, nothing is checked for 15 minutes", async () => {
    const desk = await recordedSession();
    await setPassphrase(desk, desk.company);
    for (let i = 0; i < 5; i++)
      await expect(
        unlockRecording(desk.company, desk.number, desk.recordingId, "falsch falsch falsch", "replay"),
      ).rejects.toBeInstanceOf(ValidationError);
    for (let i = 0; i < 5; i++)
      expect(
        await fieldErrorsOf(
          setPassphrase(desk, desk.company, { password: "not my password", currentPassphrase: PASSPHRASE }),
        ),
      ).toEqual({
        password: "wrongPassword",
      });
    expect(
      await fieldErrorsOf(unlockRecording(desk.company, desk.number, desk.recordingId, PASSPHRASE, "replay")),
    ).toEqual({
      form: "tooManyPassphraseAttempts",
    });
    // Another company manager is not locked out.
    expect((await replayed(desk.otherCompany, desk, PASSPHRASE)).byteLength).toBeGreaterThan(0);
  });
});
