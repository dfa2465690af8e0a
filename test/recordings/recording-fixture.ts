import fs from "node:fs";
import path from "node:path";
import { Decoder, Reader } from "ts-ebml";
import { db } from "@/lib/db/client";
import { appendRecordingChunk, startRecording } from "@/lib/recordings/upload";
import { createTeamRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { deskWithSession } from "@/test/live/session-fixture";

/**
 * A screen recorded by headless Chromium's MediaRecorder (VP8, 1.5 s, made by make-fixture.mjs
 * beside it): a real stream as browsers write it — no Duration, no Cues, a Segment of unknown size.
 */
export const RECORDED_WEBM = fs.readFileSync(path.join(import.meta.dirname, "../fixtures/recordings/screen-vp8.webm"));

/** The WebM/EBML magic number every WebM file starts with. */
export const EBML_MAGIC = Buffer.from([0x1a, 0x45, 0xdf, 0xa3]);

/** Turns on Sitzungsaufzeichnung at every level: account, portal, and Anna's own functions. */
async function allowRecording(desk: Awaited<ReturnType<typeof deskWithSession>>) {
  await db.accountSettings.upsert({
    where: { id: 1 },
    create: { id: 1, localRecordingAllowed: true },
    update: { localRecordingAllowed: true },
  });
  await db.portal.update({
    where: { id: desk.portal.id },
    data: { features: JSON.stringify({ sessionRecording: true }) },
  });
  await db.agentProfile.update({
    where: { userId: desk.agents.anna.userId },
    data: { functions: JSON.stringify({ sessionRecording: true }) },
  });
}

/** Anna's open session with recording allowed, and the people around it. */
export async function recordingDesk() {
  const desk = await deskWithSession();
  await allowRecording(desk);
  const elsewhere = await createTeamRecord("Einkauf");
  const manager = async (role: "company" | "team" | "api", teamIds: string[] = [], rights: string[] = []) =>
    signedInPrincipal(await createUserRecord({ kind: "manager", role, teamIds, rights: rights as never }), "manager");
  return {
    ...desk,
    company: await manager("company"),
    otherCompany: await manager("company"),
    teamWithReplay: await manager("team", [desk.team.id], ["sessionReplay", "exportSessionReplay"]),
    teamWithoutReplay: await manager("team", [desk.team.id], ["exportSessionReplay"]),
    otherTeam: await manager("team", [elsewhere.id], ["sessionReplay", "exportSessionReplay"]),
    api: await manager("api"),
  };
}

export type RecordingDesk = Awaited<ReturnType<typeof recordingDesk>>;

export function chunksOf(bytes: Uint8Array, size: number): Buffer[] {
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.byteLength; i += size) parts.push(Buffer.from(bytes.subarray(i, i + size)));
  return parts;
}

/** Records `bytes` into Anna's session in chunks of `size`; returns the recording's id. */
export async function record(desk: RecordingDesk, bytes: Uint8Array = RECORDED_WEBM, size = 4000): Promise<string> {
  const { id } = await startRecording(desk.agent, desk.sessionId, { contentType: "video/webm;codecs=vp8" });
  let index = 0;
  for (const chunk of chunksOf(bytes, size))
    await appendRecordingChunk(desk.agent, desk.sessionId, id, {
      index: index++,
      bytes: chunk,
      mediaTimeMs: index * 250,
    });
  return id;
}

export async function bytesOf(stream: ReadableStream<Uint8Array> | null): Promise<Buffer> {
  if (!stream) return Buffer.alloc(0);
  return Buffer.from(await new Response(stream).arrayBuffer());
}

/** What ts-ebml reads from a WebM: its Duration element (TimestampScale units) and whether it has Cues. */
export function parsedWebm(bytes: Buffer): { duration: number | null; cues: boolean; clusters: number } {
  const decoder = new Decoder();
  const reader = new Reader();
  reader.logging = false;
  let duration: number | null = null;
  let cues = false;
  let clusters = 0;
  for (const element of decoder.decode(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  )) {
    if (element.name === "Duration" && element.type === "f") duration = element.value;
    if (element.name === "Cues") cues = true;
    if (element.name === "Cluster" && element.type === "m" && !element.isEnd) clusters++;
    reader.read(element);
  }
  return { duration, cues, clusters };
}

export const recordingRow = (id: string) => db.sessionRecording.findUniqueOrThrow({ where: { id } });
