// Session recordings, the upload (issue 17): the agent's browser sends numbered chunks, Lotse
// encrypts each on arrival. Real SQLite, real files, the route handlers the browser talks to.
import fs from "node:fs";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PUT as putChunk } from "@/app/agent/sessions/[sessionId]/recordings/[recordingId]/chunks/[index]/route";
import { POST as finishRoute } from "@/app/agent/sessions/[sessionId]/recordings/[recordingId]/finish/route";
import { GET as progressRoute } from "@/app/agent/sessions/[sessionId]/recordings/[recordingId]/route";
import { POST as startRoute } from "@/app/agent/sessions/[sessionId]/recordings/route";
import type { Principal } from "@/lib/auth/principal";
import { currentPrincipal } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { endSession } from "@/lib/live/end-session";
import { loadEventsAfter } from "@/lib/live/messages";
import { finalizePendingRecordings } from "@/lib/recordings/finish-recordings";
import { RecordingGapError, RecordingLimitError } from "@/lib/recordings/recording-errors";
import { recordingFile } from "@/lib/recordings/recording-storage";
import { appendRecordingChunk, recordingProgress, startRecording } from "@/lib/recordings/upload";
import { resetDatabase } from "@/test/reset-database";
import { ownDataDir } from "@/test/live/session-fixture";
import {
  chunksOf,
  EBML_MAGIC,
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

let desk: RecordingDesk;
beforeEach(async () => {
  await resetDatabase();
  desk = await recordingDesk();
  signedIn(desk.agents.anna);
});
afterEach(() => {
  delete process.env.LOTSE_MAX_RECORDING_BYTES;
});

const base = () => `http://localhost/agent/sessions/${desk.sessionId}/recordings`;
const start = (body: unknown = { contentType: "video/webm;codecs=vp8" }, sessionId = desk.sessionId) =>
  startRoute(new Request(base(), { method: "POST", body: JSON.stringify(body) }), {
    params: Promise.resolve({ sessionId }),
  });
const put = (recordingId: string, index: number | string, bytes: Uint8Array, mediaTimeMs?: number) =>
  putChunk(
    new Request(`${base()}/${recordingId}/chunks/${index}`, {
      method: "PUT",
      body: new Uint8Array(bytes),
      headers: mediaTimeMs === undefined ? {} : { "X-Media-Time-Ms": String(mediaTimeMs) },
    }),
    { params: Promise.resolve({ sessionId: desk.sessionId, recordingId, index: String(index) }) },
  );
const progress = (recordingId: string) =>
  progressRoute(new Request(`${base()}/${recordingId}`), {
    params: Promise.resolve({ sessionId: desk.sessionId, recordingId }),
  });
const finish = (recordingId: string, durationMs: number) =>
  finishRoute(
    new Request(`${base()}/${recordingId}/finish`, { method: "POST", body: JSON.stringify({ durationMs }) }),
    {
      params: Promise.resolve({ sessionId: desk.sessionId, recordingId }),
    },
  );

describe("recording over HTTP", () => {
  it("starts, takes chunks, reports progress and finishes; both sides see it in the transcript", async () => {
    const started = await start();
    expect(started.status).toBe(201);
    const { id, nextIndex, maxBytes } = (await started.json()) as { id: string; nextIndex: number; maxBytes: number };
    expect(nextIndex).toBe(0);
    expect(maxBytes).toBe(200 * 1024 * 1024);

    const parts = chunksOf(RECORDED_WEBM, 5000);
    for (const [i, part] of parts.entries()) {
      const answer = await put(id, i, part, (i + 1) * 250);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ nextIndex: i + 1 });
    }
    expect(await (await progress(id)).json()).toEqual({ nextIndex: parts.length, status: "recording" });
    const finished = await finish(id, 1500);
    expect(finished.status).toBe(200);
    expect(await finished.json()).toEqual({ nextIndex: parts.length, status: "complete" });

    const row = await recordingRow(id);
    expect(row).toMatchObject({ bytes: RECORDED_WEBM.byteLength, chunkCount: parts.length, status: "complete" });
    expect(row.uploadKey).toBeNull();
    expect(row.headerBytes).toBeGreaterThan(0);
    const events = await loadEventsAfter(desk.sessionId, 0);
    expect(events.filter((e) => e.type.startsWith("recording")).map((e) => [e.type, e.author, e.body])).toEqual([
      ["recordingStarted", "system", { recordingId: id }],
      ["recordingStopped", "system", { recordingId: id, reason: "finished" }],
    ]);
  });

  it("stores nothing a reader could recognise: no WebM magic, no run of any chunk", async () => {
    const id = await record(desk);
    const stored = fs.readFileSync(recordingFile(desk.sessionId, id));
    expect(stored.includes(EBML_MAGIC)).toBe(false);
    for (const part of chunksOf(RECORDED_WEBM, 4000)) {
      for (let at = 0; at + 32 <= part.byteLength; at += 512)
        expect(stored.includes(part.subarray(at, at + 32))).toBe(false);
    }
    const chunks = await db.recordingChunk.findMany({ where: { recordingId: id } });
    expect(stored.byteLength).toBe(chunks.reduce((sum, c) => sum + c.frameBytes, 0));
  });

  it("answers a retried chunk with where to go on, refuses one from ahead with 409 and the index", async () => {
    const { id } = (await (await start()).json()) as { id: string };
    const [a, b, c] = chunksOf(RECORDED_WEBM, 3000);
    expect((await put(id, 0, a!)).status).toBe(200);
    expect((await put(id, 1, b!)).status).toBe(200);
    // The answer to 1 got lost; the browser sends it again: stored once.
    const retry = await put(id, 1, b!);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ nextIndex: 2 });
    const ahead = await put(id, 3, c!);
    expect(ahead.status).toBe(409);
    expect(await ahead.json()).toEqual({ nextIndex: 2 });
    expect((await recordingRow(id)).bytes).toBe(a!.byteLength + b!.byteLength);
    expect((await put(id, "x", c!)).status).toBe(404);
  });

  it("cuts off what a crash left behind the last stored frame before appending", async () => {
    const { id } = (await (await start()).json()) as { id: string };
    const [a, b] = chunksOf(RECORDED_WEBM, 3000);
    await put(id, 0, a!);
    fs.appendFileSync(recordingFile(desk.sessionId, id), Buffer.from("half a frame from before the crash"));
    await put(id, 1, b!);
    const chunks = await db.recordingChunk.findMany({ where: { recordingId: id }, orderBy: { index: "asc" } });
    expect(chunks[1]!.fileOffset).toBe(chunks[0]!.frameBytes);
    expect(fs.statSync(recordingFile(desk.sessionId, id)).size).toBe(chunks[0]!.frameBytes + chunks[1]!.frameBytes);
  });

  it("ends the recording at the session's limit: 413, limitReached, and a system event", async () => {
    process.env.LOTSE_MAX_RECORDING_BYTES = "10000";
    const { id, maxBytes } = (await (await start()).json()) as { id: string; maxBytes: number };
    expect(maxBytes).toBe(10000);
    const [a, b, c] = chunksOf(RECORDED_WEBM, 4000);
    expect((await put(id, 0, a!)).status).toBe(200);
    expect((await put(id, 1, b!)).status).toBe(200);
    const over = await put(id, 2, c!);
    expect(over.status).toBe(413);
    expect(await over.json()).toEqual({ limitReached: true });
    expect(await recordingRow(id)).toMatchObject({ status: "limitReached", bytes: 8000, chunkCount: 2 });
    const stopped = (await loadEventsAfter(desk.sessionId, 0)).filter((e) => e.type === "recordingStopped");
    expect(stopped.map((e) => e.body)).toEqual([{ recordingId: id, reason: "limitReached" }]);
    // Its retries, and a new recording in the same session, find no room either.
    expect((await put(id, 2, c!)).status).toBe(413);
    await appendRecordingChunk(desk.agent, desk.sessionId, id, { index: 0, bytes: a! }); // stored before: fine
    expect((await start()).status).toBe(201); // 2,000 bytes are left
    process.env.LOTSE_MAX_RECORDING_BYTES = "8000";
    expect((await start()).status).toBe(413);
  });

  it("refuses what is not a WebM video", async () => {
    for (const contentType of ["video/mp4", "text/html", "", 42, "video/webm;codecs=<script>"]) {
      const answer = await start({ contentType });
      expect(answer.status, String(contentType)).toBe(400);
      expect(await answer.json()).toEqual({ error: "recordingContentType" });
    }
    expect((await start({ contentType: 'video/webm; codecs="vp9,opus"' })).status).toBe(201);
  });
});

describe("who may record", () => {
  it("only the agent of the open session, with Sitzungsaufzeichnung on; everyone else: not found", async () => {
    const id = await record(desk);
    const expectNotFound = async (actor: Principal | null, status = 404) => {
      signedIn(actor);
      expect((await start()).status).toBe(status);
      expect((await progress(id)).status).toBe(status);
      expect((await put(id, 99, Buffer.from("x"))).status).toBe(status);
      expect((await finish(id, 1)).status).toBe(status);
    };
    await expectNotFound(desk.agents.ben); // the same team, not his session
    await expectNotFound(desk.agents.outsider);
    await expectNotFound(desk.company); // a manager is no participant
    await expectNotFound(null, 401);
    const customer = { kind: "customer", token: desk.token } as const;
    await expect(startRecording(customer, desk.sessionId, { contentType: "video/webm" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(recordingProgress(customer, desk.sessionId, id)).rejects.toBeInstanceOf(NotFoundError);

    // Anna, with the function switched off for her: nothing new may start.
    signedIn(desk.agents.anna);
    await db.agentProfile.update({
      where: { userId: desk.agents.anna.userId },
      data: { functions: JSON.stringify({ sessionRecording: false }) },
    });
    expect((await start()).status).toBe(404);
  });

  it("stops running recordings when the session ends, whoever ends it", async () => {
    const { id } = (await (await start()).json()) as { id: string };
    for (const [i, part] of chunksOf(RECORDED_WEBM, 5000).entries()) await put(id, i, part);
    await endSession(desk.customer, desk.sessionId);
    expect(await recordingRow(id)).toMatchObject({ status: "complete" });
    expect((await recordingRow(id)).endedAt).not.toBeNull();
    const types = (await loadEventsAfter(desk.sessionId, 0)).map((e) => e.type);
    expect(types.slice(-2)).toEqual(["recordingStopped", "ended"]);
    // Finalized in the background; the retention job's sweep finds nothing left or does it now.
    await finalizePendingRecordings();
    expect((await recordingRow(id)).uploadKey).toBeNull();
    // The session has ended: no more chunks, no new recording.
    expect((await put(id, 99, Buffer.from("x"))).status).toBe(404);
    expect((await start()).status).toBe(404);
  });

  it("names the errors in the domain too", async () => {
    const { id } = await startRecording(desk.agent, desk.sessionId, { contentType: "video/webm" });
    await expect(
      appendRecordingChunk(desk.agent, desk.sessionId, id, { index: 1, bytes: Buffer.from("x") }),
    ).rejects.toEqual(new RecordingGapError(0));
    process.env.LOTSE_MAX_RECORDING_BYTES = "1";
    await expect(
      appendRecordingChunk(desk.agent, desk.sessionId, id, { index: 0, bytes: Buffer.from("xy") }),
    ).rejects.toBeInstanceOf(RecordingLimitError);
  });
});
