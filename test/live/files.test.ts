import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import type { ErrorKey } from "@/lib/errors/error-key";
import { eventBus } from "@/lib/events/event-bus";
import { acceptRequest } from "@/lib/live/accept-request";
import { sessionChannel } from "@/lib/live/channels";
import { readFile, sendFile } from "@/lib/live/files";
import { eventsAfter } from "@/lib/live/messages";
import * as features from "@/lib/live/session-features";
import { sessionFeatures } from "@/lib/live/session-features";
import { resetDatabase } from "@/test/reset-database";
import { deskWithSession, filesBelow, ownDataDir } from "./session-fixture";

vi.mock("@/lib/live/session-features", { spy: true });

const dataDir = ownDataDir();
const filesDir = path.join(dataDir, "files");
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

let desk: Awaited<ReturnType<typeof deskWithSession>>;
beforeEach(async () => {
  await resetDatabase();
  fs.rmSync(filesDir, { recursive: true, force: true });
  desk = await deskWithSession();
});
const LIMITS = [
  "LOTSE_MAX_FILE_BYTES",
  "LOTSE_SESSION_FILES_MAX_BYTES",
  "LOTSE_PARTICIPANT_FILES_MAX_BYTES",
  "LOTSE_SESSION_FILES_MAX_COUNT",
  "LOTSE_MIN_FREE_DISK_BYTES",
];
afterEach(() => {
  for (const name of LIMITS) delete process.env[name];
  vi.restoreAllMocks();
});

const bytes = (text: string) => Buffer.from(text, "utf8");
const upload = (name: string, content = "Hallo Welt", contentType = "text/plain") => ({
  name,
  contentType,
  bytes: bytes(content),
});

async function contentOf(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Nothing of a refused upload may stay: no row, no event, no bytes on disk (not even a temp file). */
async function expectNothingStored() {
  expect(await db.sessionFile.count()).toBe(0);
  expect(await db.sessionEvent.count({ where: { type: "file" } })).toBe(0);
  expect(filesBelow(filesDir)).toEqual([]);
}

describe("file transfer", () => {
  it("agent → customer: stored under the session with a new id, announced, downloadable by both", async () => {
    const heard: string[] = [];
    const stop = eventBus.subscribe(sessionChannel(desk.sessionId), (m) => heard.push(m.type));
    const sent = await sendFile(desk.agent, desk.sessionId, upload("Anleitung.txt", "Schritt 1: Neustart"));
    stop();
    expect(sent).toMatchObject({ name: "Anleitung.txt", size: 19, contentType: "text/plain" });
    expect(heard).toEqual(["events"]);
    expect(await db.sessionFile.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({
      sessionId: desk.sessionId,
      direction: "toCustomer",
      size: 19,
    });
    expect(filesBelow(filesDir)).toEqual([path.join(desk.sessionId, sent.id)]);
    const events = await eventsAfter(desk.customer, desk.sessionId, 0);
    expect(events.at(-1)).toMatchObject({
      id: sent.eventId,
      type: "file",
      author: "agent",
      body: { fileId: sent.id, name: "Anleitung.txt", size: 19, contentType: "text/plain" },
    });
    for (const participant of [desk.customer, desk.agent]) {
      const file = await readFile(participant, desk.sessionId, sent.id);
      expect(file).toMatchObject({
        name: "Anleitung.txt",
        contentType: "text/plain",
        size: 19,
        direction: "toCustomer",
      });
      expect(await contentOf(file.stream)).toBe("Schritt 1: Neustart");
    }
  });

  it("customer → agent", async () => {
    const sent = await sendFile(desk.customer, desk.sessionId, upload("fehler.png", "PNG…", "Image/PNG; foo=bar"));
    expect(await db.sessionFile.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({
      direction: "toAgent",
      contentType: "image/png",
    });
    expect((await eventsAfter(desk.agent, desk.sessionId, 0)).at(-1)).toMatchObject({
      type: "file",
      author: "customer",
    });
    expect(await contentOf((await readFile(desk.agent, desk.sessionId, sent.id)).stream)).toBe("PNG…");
  });

  it("is refused when switched off at the portal, for each direction separately", async () => {
    await db.portal.update({
      where: { id: desk.portal.id },
      data: { features: JSON.stringify({ fileTransferSend: false }) },
    });
    await expect(sendFile(desk.agent, desk.sessionId, upload("a.txt"))).rejects.toEqual(
      new ValidationError({ file: "fileTransferOff" }),
    );
    await expectNothingStored();
    await sendFile(desk.customer, desk.sessionId, upload("b.txt"));
    await db.portal.update({
      where: { id: desk.portal.id },
      data: { features: JSON.stringify({ fileTransferReceive: false }) },
    });
    await expect(sendFile(desk.customer, desk.sessionId, upload("c.txt"))).rejects.toEqual(
      new ValidationError({ file: "fileTransferOff" }),
    );
    expect(await db.sessionFile.count()).toBe(1);
  });

  it("is refused when off for the agent's team, or inherited from its parent team", async () => {
    await db.team.update({
      where: { id: desk.team.id },
      data: { functions: JSON.stringify({ fileTransferReceive: false }) },
    });
    await expect(sendFile(desk.customer, desk.sessionId, upload("a.txt"))).rejects.toEqual(
      new ValidationError({ file: "fileTransferOff" }),
    );
    await expectNothingStored();

    const parent = await db.team.create({
      data: { name: "Kundenservice", functions: JSON.stringify({ fileTransferSend: false }) },
    });
    await db.team.update({ where: { id: desk.team.id }, data: { parentId: parent.id, functions: "{}" } });
    await expect(sendFile(desk.agent, desk.sessionId, upload("b.txt"))).rejects.toEqual(
      new ValidationError({ file: "fileTransferOff" }),
    );
    await expectNothingStored();
    const why = (await sessionFeatures({ agentId: desk.agents.anna.userId, portalId: desk.portal.id }))
      .fileTransferSend;
    expect(why).toEqual({
      on: false,
      decidedBy: {
        level: "agentLevel",
        source: { kind: "team", teamId: parent.id, teamName: "Kundenservice", inherited: true },
      },
    });
  });

  it("is refused when off for the agent; the agent's own setting beats the team's", async () => {
    await db.agentProfile.update({
      where: { userId: desk.agents.anna.userId },
      data: { functions: JSON.stringify({ fileTransferSend: false }) },
    });
    await expect(sendFile(desk.agent, desk.sessionId, upload("a.txt"))).rejects.toEqual(
      new ValidationError({ file: "fileTransferOff" }),
    );
    await expectNothingStored();
    await db.team.update({
      where: { id: desk.team.id },
      data: { functions: JSON.stringify({ fileTransferSend: false }) },
    });
    await db.agentProfile.update({
      where: { userId: desk.agents.anna.userId },
      data: { functions: JSON.stringify({ fileTransferSend: true }) },
    });
    await sendFile(desk.agent, desk.sessionId, upload("b.txt"));
  });

  it("a session whose agent was deleted allows nothing that needs the agent level", async () => {
    await db.agentPresence.deleteMany();
    await db.user.delete({ where: { id: desk.agents.anna.userId } });
    const session = { agentId: desk.agents.anna.userId, portalId: desk.portal.id };
    const all = await sessionFeatures(session);
    expect(all.fileTransferReceive).toEqual({ on: false, decidedBy: { level: "agentDeleted" } });
    expect(all.customerSurvey.on).toBe(true);
    expect((await sessionFeatures({ ...session, agentId: null })).diagnostics.on).toBe(false);
    await expect(sendFile(desk.customer, desk.sessionId, upload("a.txt"))).rejects.toEqual(
      new ValidationError({ file: "fileTransferOff" }),
    );
    await expectNothingStored();
  });

  it("keeps to the size limit and refuses empty files", async () => {
    process.env.LOTSE_MAX_FILE_BYTES = "10";
    await expect(sendFile(desk.customer, desk.sessionId, upload("a.txt", "x".repeat(11)))).rejects.toEqual(
      new ValidationError({ file: "fileTooLarge" }),
    );
    await expect(sendFile(desk.customer, desk.sessionId, upload("a.txt", ""))).rejects.toEqual(
      new ValidationError({ file: "fileEmpty" }),
    );
    await expectNothingStored();
    await sendFile(desk.customer, desk.sessionId, upload("a.txt", "x".repeat(10)));
  });

  it("the default limit is 10 MB", async () => {
    const big = { name: "gross.bin", contentType: "application/octet-stream", bytes: new Uint8Array(10_000_001) };
    await expect(sendFile(desk.customer, desk.sessionId, big)).rejects.toEqual(
      new ValidationError({ file: "fileTooLarge" }),
    );
    const fits = await sendFile(desk.customer, desk.sessionId, { ...big, bytes: new Uint8Array(10_000_000) });
    expect(fs.statSync(path.join(filesDir, desk.sessionId, fits.id)).size).toBe(10_000_000);
  });

  it("never uses the client's name as a path, and keeps a clean display name", async () => {
    const cases: [string, string][] = [
      ["../../../etc/passwd", "passwd"],
      ["..\\..\\Windows\\win.ini", "win.ini"],
      ["C:\\Users\\kim\\Bild 1.png", "Bild 1.png"],
      ["a\u0000b\u001f.txt", "ab.txt"],
      ["  rechnung\u202egpj.exe  ", "rechnunggpj.exe"],
      [`${"ä".repeat(300)}.pdf`, `${"ä".repeat(196)}.pdf`],
    ];
    const ids: string[] = [];
    for (const [raw, shown] of cases) {
      const sent = await sendFile(desk.customer, desk.sessionId, upload(raw));
      expect(sent.name).toBe(shown);
      const stored = await readFile(desk.agent, desk.sessionId, sent.id);
      stored.stream.destroy();
      expect(stored.name).toBe(shown);
      ids.push(path.join(desk.sessionId, sent.id));
    }
    expect(filesBelow(filesDir)).toEqual(ids.sort());
    expect(fs.readdirSync(dataDir)).toEqual(["files"]);
    for (const raw of ["", "  ", "..", "dir/", "\u0000\u0001"]) {
      await expect(sendFile(desk.customer, desk.sessionId, upload(raw))).rejects.toEqual(
        new ValidationError({ file: "fileNameInvalid" }),
      );
    }
    expect(await db.sessionFile.count()).toBe(cases.length);
  });

  it("only the session's two participants read its files", async () => {
    const sent = await sendFile(desk.agent, desk.sessionId, upload("a.txt"));
    const other = await desk.request();
    const { sessionId: bensSession } = await acceptRequest(desk.agents.ben, other.id);
    const bensFile = await sendFile({ kind: "customer", token: other.token }, bensSession, upload("b.txt"));
    for (const intruder of [
      { kind: "agent", actor: desk.agents.ben },
      { kind: "agent", actor: desk.agents.outsider },
      { kind: "customer", token: other.token },
      { kind: "customer", token: "x".repeat(43) },
      { kind: "customer", token: "" },
    ] as const) {
      await expect(readFile(intruder, desk.sessionId, sent.id)).rejects.toThrow(NotFoundError);
      await expect(sendFile(intruder, desk.sessionId, upload("c.txt"))).rejects.toThrow(NotFoundError);
    }
    // A file id of another session opens nothing through one's own session.
    await expect(readFile(desk.customer, desk.sessionId, bensFile.id)).rejects.toThrow(NotFoundError);
    await expect(readFile(desk.customer, desk.sessionId, "../../lotse.db")).rejects.toThrow(NotFoundError);
  });

  it("refuses files after the end; what was sent stays downloadable", async () => {
    const sent = await sendFile(desk.customer, desk.sessionId, upload("a.txt"));
    await db.supportSession.update({ where: { id: desk.sessionId }, data: { endedAt: new Date() } });
    await expect(sendFile(desk.agent, desk.sessionId, upload("b.txt"))).rejects.toEqual(
      new ValidationError({ file: "sessionEnded" }),
    );
    expect(await contentOf((await readFile(desk.agent, desk.sessionId, sent.id)).stream)).toBe("Hallo Welt");
    expect(await db.sessionFile.count()).toBe(1);
  });

  it("a session that ends while the bytes are written leaves nothing behind", async () => {
    vi.mocked(features.sessionFeatureOn).mockImplementationOnce(async () => {
      await db.supportSession.update({ where: { id: desk.sessionId }, data: { endedAt: new Date() } });
      return true;
    });
    await expect(sendFile(desk.customer, desk.sessionId, upload("a.txt"))).rejects.toEqual(
      new ValidationError({ file: "sessionEnded" }),
    );
    await expectNothingStored();
  });

  it("a file missing on disk is not found rather than an error", async () => {
    const sent = await sendFile(desk.customer, desk.sessionId, upload("a.txt"));
    fs.rmSync(path.join(filesDir, desk.sessionId, sent.id));
    await expect(readFile(desk.agent, desk.sessionId, sent.id)).rejects.toThrow(NotFoundError);
  });
});

describe("upload quota", () => {
  const refusedWith = (key: ErrorKey) => new ValidationError({ file: key });

  it("a session takes at most LOTSE_SESSION_FILES_MAX_BYTES, both sides together", async () => {
    process.env.LOTSE_SESSION_FILES_MAX_BYTES = "25";
    await sendFile(desk.agent, desk.sessionId, upload("a.txt", "x".repeat(10)));
    await sendFile(desk.customer, desk.sessionId, upload("b.txt", "x".repeat(10)));
    await expect(sendFile(desk.customer, desk.sessionId, upload("c.txt", "x".repeat(6)))).rejects.toEqual(
      refusedWith("sessionFileQuotaExceeded"),
    );
    await sendFile(desk.agent, desk.sessionId, upload("d.txt", "x".repeat(5)));
    await expect(sendFile(desk.agent, desk.sessionId, upload("e.txt", "x"))).rejects.toEqual(
      refusedWith("sessionFileQuotaExceeded"),
    );
    expect(await db.sessionFile.count()).toBe(3);
    expect(filesBelow(filesDir)).toHaveLength(3);
  });

  it("each side of a session sends at most LOTSE_PARTICIPANT_FILES_MAX_BYTES", async () => {
    process.env.LOTSE_PARTICIPANT_FILES_MAX_BYTES = "15";
    await sendFile(desk.customer, desk.sessionId, upload("a.txt", "x".repeat(10)));
    await expect(sendFile(desk.customer, desk.sessionId, upload("b.txt", "x".repeat(6)))).rejects.toEqual(
      refusedWith("participantFileQuotaExceeded"),
    );
    await sendFile(desk.customer, desk.sessionId, upload("c.txt", "x".repeat(5)));
    // The agent's side has its own allowance.
    await sendFile(desk.agent, desk.sessionId, upload("d.txt", "x".repeat(15)));
    expect(await db.sessionFile.count()).toBe(3);
    expect(filesBelow(filesDir)).toHaveLength(3);
  });

  it("a session takes at most LOTSE_SESSION_FILES_MAX_COUNT files", async () => {
    process.env.LOTSE_SESSION_FILES_MAX_COUNT = "2";
    await sendFile(desk.agent, desk.sessionId, upload("a.txt"));
    await sendFile(desk.customer, desk.sessionId, upload("b.txt"));
    await expect(sendFile(desk.customer, desk.sessionId, upload("c.txt"))).rejects.toEqual(
      refusedWith("sessionFileCountExceeded"),
    );
    expect(filesBelow(filesDir)).toHaveLength(2);
  });

  it("the defaults: 100 MB per session, 50 MB per side, 100 files", async () => {
    const big = (size: number) => ({
      name: "gross.bin",
      contentType: "application/octet-stream",
      bytes: new Uint8Array(size),
    });
    for (let i = 0; i < 5; i++) await sendFile(desk.customer, desk.sessionId, big(10_000_000));
    await expect(sendFile(desk.customer, desk.sessionId, big(1))).rejects.toEqual(
      refusedWith("participantFileQuotaExceeded"),
    );
    for (let i = 0; i < 5; i++) await sendFile(desk.agent, desk.sessionId, big(10_000_000));
    await expect(sendFile(desk.agent, desk.sessionId, big(1))).rejects.toEqual(
      refusedWith("participantFileQuotaExceeded"),
    );
    fs.rmSync(filesDir, { recursive: true, force: true });
    await db.sessionFile.updateMany({ data: { size: 1 } });
    for (let i = 10; i < 100; i++) await sendFile(desk.agent, desk.sessionId, upload(`${i}.txt`, "x"));
    await expect(sendFile(desk.agent, desk.sessionId, upload("101.txt", "x"))).rejects.toEqual(
      refusedWith("sessionFileCountExceeded"),
    );
  });

  it("two uploads at the same time cannot both slip under the limit", async () => {
    process.env.LOTSE_SESSION_FILES_MAX_BYTES = "15";
    // Both uploads pass every check made before their bytes are written, then race to be recorded.
    let arrived = 0;
    let bothChecked!: () => void;
    const barrier = new Promise<void>((resolve) => (bothChecked = resolve));
    const write = fsp.writeFile.bind(fsp);
    vi.spyOn(fsp, "writeFile").mockImplementation(async (...args: Parameters<typeof fsp.writeFile>) => {
      if (++arrived === 2) bothChecked();
      await barrier;
      return write(...args);
    });
    const results = await Promise.allSettled([
      sendFile(desk.customer, desk.sessionId, upload("a.txt", "x".repeat(10))),
      sendFile(desk.agent, desk.sessionId, upload("b.txt", "x".repeat(10))),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({
      reason: refusedWith("sessionFileQuotaExceeded"),
    });
    expect(await db.sessionFile.count()).toBe(1);
    expect(filesBelow(filesDir)).toHaveLength(1);
  });
});

describe("free disk space", () => {
  /** A file system with `free` bytes available, as fs.statfs reports it. */
  const disk = (free: number) =>
    vi.spyOn(fsp, "statfs").mockResolvedValue({
      type: 0xef53,
      bsize: 1,
      blocks: free * 2,
      bfree: free,
      bavail: free,
      files: 1000,
      ffree: 500,
    });
  it("refuses an upload that would leave less than LOTSE_MIN_FREE_DISK_BYTES free", async () => {
    process.env.LOTSE_MIN_FREE_DISK_BYTES = "990";
    disk(1000);
    await expect(sendFile(desk.customer, desk.sessionId, upload("a.txt", "x".repeat(11)))).rejects.toEqual(
      new ValidationError({ file: "storageFull" }),
    );
    await expectNothingStored();
    await sendFile(desk.customer, desk.sessionId, upload("a.txt", "x".repeat(10)));
  });

  it("keeps 1 GB free by default", async () => {
    disk(1_000_000_010);
    await expect(sendFile(desk.agent, desk.sessionId, upload("a.txt", "x".repeat(11)))).rejects.toEqual(
      new ValidationError({ file: "storageFull" }),
    );
    await expectNothingStored();
    await sendFile(desk.agent, desk.sessionId, upload("a.txt", "x".repeat(10)));
  });

  it("looks at the real file system of the data folder", async () => {
    process.env.LOTSE_MIN_FREE_DISK_BYTES = String(Number.MAX_SAFE_INTEGER);
    await expect(sendFile(desk.customer, desk.sessionId, upload("a.txt"))).rejects.toEqual(
      new ValidationError({ file: "storageFull" }),
    );
    await expectNothingStored();
  });
});
