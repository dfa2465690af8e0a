// Sitzungsinformationen (issue 13): who may find and read which past session, what reading records,
// and what the retention job forgets. Real SQLite and real files on disk; sessions are made by the
// live-support functions themselves (messages, a file, diagnostics, the end with notes and outcome).
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as sessionFile } from "@/app/manager/(center)/session-information/[number]/files/[fileId]/route";
import type { Principal } from "@/lib/auth/principal";
import { currentPrincipal } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { requestDiagnostics, submitDiagnostics } from "@/lib/live/diagnostics";
import { endSession } from "@/lib/live/end-session";
import { sendFile } from "@/lib/live/files";
import { postMessage } from "@/lib/live/messages";
import { summaryOf } from "@/lib/reports/summary";
import { hasSessionInformation, sessionInformationScope } from "@/lib/session-information/access";
import { purgeExpiredSessionContent } from "@/lib/session-information/retention";
import { parseSessionSearch, type SessionSearchFields } from "@/lib/session-information/search-params";
import { searchSessions } from "@/lib/session-information/search";
import { exportSessionFile } from "@/lib/session-information/session-export";
import { sessionInformationLinks } from "@/lib/session-information/session-links";
import { reviewSession } from "@/lib/session-information/session-record";
import { transcriptLines } from "@/lib/session-information/transcript";
import { createTeamRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { deskWithSession, filesBelow, ownDataDir } from "@/test/live/session-fixture";

vi.mock(import("@/lib/auth/session"), async (original) => ({ ...(await original()), currentPrincipal: vi.fn() }));
const signedIn = (principal: Principal | null) => vi.mocked(currentPrincipal).mockResolvedValue(principal);

const dataDir = ownDataDir();
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
beforeEach(resetDatabase);

const DAY_MS = 24 * 60 * 60 * 1000;

/** Anna's session of the live desk, run to its end: chat both ways, a file each way, diagnostics, notes. */
async function pastSession() {
  const desk = await deskWithSession();
  await postMessage(desk.customer, desk.sessionId, "Mein Drucker druckt nicht.");
  await postMessage(desk.agent, desk.sessionId, "Ich sehe nach.");
  const sent = await sendFile(desk.agent, desk.sessionId, {
    name: "treiber.txt",
    contentType: "text/plain",
    bytes: new TextEncoder().encode("Treiber 1.2"),
  });
  await sendFile(desk.customer, desk.sessionId, {
    name: "fehler.log",
    contentType: "text/plain",
    bytes: new TextEncoder().encode("E42"),
  });
  await requestDiagnostics(desk.agents.anna, desk.sessionId);
  await submitDiagnostics(desk.customer, desk.sessionId, { platform: "Linux", browser: "Firefox 140" });
  await endSession(desk.agent, desk.sessionId, { notes: "Treiber erneuert", outcome: "resolved" });
  const session = await db.supportSession.findUniqueOrThrow({ where: { id: desk.sessionId } });
  return { ...desk, session, sentFileId: sent.id };
}

async function people(desk: Awaited<ReturnType<typeof pastSession>>) {
  const elsewhere = await createTeamRecord("Einkauf");
  const manager = async (role: "company" | "team" | "api", teamIds: string[] = []) =>
    signedInPrincipal(await createUserRecord({ kind: "manager", role, teamIds }), "manager");
  const withFunctions = async (userId: string, functions: Record<string, boolean>) =>
    db.agentProfile.update({ where: { userId }, data: { functions: JSON.stringify(functions) } });
  return {
    company: await manager("company"),
    team: await manager("team", [desk.team.id]),
    otherTeam: await manager("team", [elsewhere.id]),
    api: await manager("api"),
    anna: desk.agents.anna,
    ben: desk.agents.ben,
    withFunctions,
  };
}

const search = (fields: SessionSearchFields) => parseSessionSearch(fields);
const numbers = async (actor: Principal, fields: SessionSearchFields = {}) =>
  (await searchSessions(actor, search(fields))).rows.map((row) => row.number);

describe("who may review which session", () => {
  it("company managers all, team managers their teams', agents with Sitzungswiedergabe their own", async () => {
    const desk = await pastSession();
    const p = await people(desk);
    const { number } = desk.session;
    expect(await numbers(p.company)).toEqual([number]);
    expect(await numbers(p.team)).toEqual([number]);
    expect(await numbers(p.otherTeam)).toEqual([]);
    expect(await numbers(p.otherTeam, { number })).toEqual([]);
    await expect(reviewSession(p.otherTeam, number)).rejects.toBeInstanceOf(NotFoundError);

    // Agents: nothing without the function; with it, their own sessions only.
    await expect(sessionInformationScope(p.anna)).rejects.toBeInstanceOf(NotFoundError);
    expect(await hasSessionInformation(p.anna)).toBe(false);
    await p.withFunctions(p.anna.userId, { sessionReplay: true });
    await p.withFunctions(p.ben.userId, { sessionReplay: true });
    expect(await hasSessionInformation(p.anna)).toBe(true);
    expect(await numbers(p.anna)).toEqual([number]);
    expect(await numbers(p.ben)).toEqual([]);
    await expect(reviewSession(p.ben, number)).rejects.toBeInstanceOf(NotFoundError);
    // An agent's search has no filters: naming one is "not found", not a wider list.
    await expect(searchSessions(p.ben, search({ teamId: desk.team.id }))).rejects.toBeInstanceOf(NotFoundError);

    await expect(sessionInformationScope(p.api)).rejects.toBeInstanceOf(NotFoundError);
    expect(await hasSessionInformation(p.api)).toBe(false);
  });

  it("lets company managers export always, team managers and agents with their switch", async () => {
    const desk = await pastSession();
    const p = await people(desk);
    expect((await sessionInformationScope(p.company)).mayExport).toBe(true);
    expect((await sessionInformationScope(p.team)).mayExport).toBe(false);
    await db.managerProfile.update({
      where: { userId: p.team.userId },
      data: { rights: JSON.stringify(["exportSessionReplay"]) },
    });
    expect((await sessionInformationScope(p.team)).mayExport).toBe(true);
    await p.withFunctions(p.anna.userId, { sessionReplay: true });
    expect((await sessionInformationScope(p.anna)).mayExport).toBe(false);
    await p.withFunctions(p.anna.userId, { sessionReplay: true, exportSessionReplay: true });
    expect((await sessionInformationScope(p.anna)).mayExport).toBe(true);
  });
});

describe("sessionInformationLinks (a report's Sitzungsdetails open a session here)", () => {
  it("links the ended sessions a viewer may review, and nothing for others or without access", async () => {
    const desk = await pastSession();
    const p = await people(desk);
    const row = { number: desk.session.number, teamId: desk.team.id, agentId: p.anna.userId, endedAt: new Date() };
    const running = { ...row, endedAt: null };
    const page = `/manager/session-information/${desk.session.number}`;
    expect((await sessionInformationLinks(p.company))(row)).toBe(page);
    expect((await sessionInformationLinks(p.company))(running)).toBeNull();
    expect((await sessionInformationLinks(p.team))(row)).toBe(page);
    expect((await sessionInformationLinks(p.otherTeam))(row)).toBeNull();
    expect((await sessionInformationLinks(p.api))(row)).toBeNull();
    expect((await sessionInformationLinks(p.anna))(row)).toBeNull();
    await p.withFunctions(p.anna.userId, { sessionReplay: true });
    await p.withFunctions(p.ben.userId, { sessionReplay: true });
    expect((await sessionInformationLinks(p.anna))(row)).toBe(page);
    expect((await sessionInformationLinks(p.ben))(row)).toBeNull();
  });
});

describe("searchSessions", () => {
  it("finds by number or by the drop-downs, lists only ended sessions, and refuses a malformed number", async () => {
    const desk = await pastSession();
    const p = await people(desk);
    const running = await deskWithSessionOnSameDesk(desk);
    expect(await numbers(p.company, { number: desk.session.number })).toEqual([desk.session.number]);
    expect(await numbers(p.company, { number: running.number })).toEqual([]);
    expect(await numbers(p.company, { period: "today", teamId: desk.team.id, outcome: "resolved" })).toEqual([
      desk.session.number,
    ]);
    expect(await numbers(p.company, { period: "today", outcome: "unresolved" })).toEqual([]);
    expect(await numbers(p.company, { period: "yesterday" })).toEqual([]);
    expect(await numbers(p.company, { portal: `portal:${desk.portal.id}`, agentId: p.anna.userId })).toEqual([
      desk.session.number,
    ]);
    expect(() => search({ number: "12345" })).toThrow(ValidationError);
    expect(() => search({ sort: "sideways" })).toThrow(ValidationError);
    const [row] = (await searchSessions(p.company, search({}))).rows;
    expect(row).toMatchObject({ fileCount: 2, hasDiagnostics: true, purged: false, outcome: "resolved" });
  });

  it("pages by key in each order: every session once, in order", async () => {
    const desk = await pastSession();
    const p = await people(desk);
    const base = desk.session;
    // 120 more ended sessions of the same desk, at minutes apart and with different durations.
    await db.supportSession.createMany({
      data: await Promise.all(
        Array.from({ length: 120 }, async (_, i) => {
          const request = await db.supportRequest.create({
            data: {
              token: `t${i}`,
              subPortalId: base.subPortalId,
              portalName: "",
              subPortalName: "",
              portalType: "questionBox",
              language: "de",
              status: "accepted",
            },
          });
          const startedAt = new Date(base.startedAt.getTime() - (i + 1) * 60_000);
          return {
            number: String(200_000_000 + i),
            requestId: request.id,
            agentId: base.agentId,
            agentName: base.agentName,
            teamId: base.teamId,
            teamName: base.teamName,
            portalId: base.portalId,
            portalName: base.portalName,
            subPortalId: base.subPortalId,
            subPortalName: base.subPortalName,
            startedAt,
            endedAt: new Date(startedAt.getTime() + ((i * 7) % 30) * 1000),
            durationMs: ((i * 7) % 30) * 1000,
          };
        }),
      ),
    });
    for (const sort of ["newest", "oldest", "longest", "shortest"] as const) {
      const seen: { number: string; startedAt: Date; durationMs: number }[] = [];
      let after = null;
      do {
        const page: Awaited<ReturnType<typeof searchSessions>> = await searchSessions(
          p.company,
          search({ period: "last7Days", sort }),
          { after },
        );
        expect(page.count).toBe(121);
        seen.push(...page.rows);
        after = page.next;
      } while (after);
      expect(new Set(seen.map((row) => row.number)).size, sort).toBe(121);
      const key = (row: (typeof seen)[number]) =>
        sort === "newest" || sort === "oldest" ? row.startedAt.getTime() : row.durationMs;
      const keys = seen.map(key);
      const sorted = [...keys].sort((a, b) => (sort === "newest" || sort === "longest" ? b - a : a - b));
      expect(keys, sort).toEqual(sorted);
    }
  });
});

describe("reviewSession", () => {
  it("shows the facts, the transcript, the diagnostics and the files, and records who looked", async () => {
    const desk = await pastSession();
    const p = await people(desk);
    const record = await reviewSession(p.team, desk.session.number);
    expect(record).toMatchObject({
      number: desk.session.number,
      agentName: "Anna",
      outcome: "resolved",
      notes: "Treiber erneuert",
      ending: "agent",
      purgedAt: null,
      customer: { name: "Kim Kunde", problem: "Drucker" },
      mayExport: false,
    });
    const lines = transcriptLines(record.events);
    expect(lines.filter((l) => l.kind === "message").map((l) => [l.author, l.text])).toEqual([
      ["agent", "Guten Tag! Wie kann ich helfen?"],
      ["customer", "Mein Drucker druckt nicht."],
      ["agent", "Ich sehe nach."],
    ]);
    expect(lines.map((l) => l.kind)).toEqual(
      expect.arrayContaining(["file", "diagnosticsRequested", "diagnostics", "ended"]),
    );
    expect(record.files.map((f) => [f.name, f.direction])).toEqual([
      ["treiber.txt", "toCustomer"],
      ["fehler.log", "toAgent"],
    ]);
    expect(record.diagnostics).toMatchObject({ kind: "received", info: { platform: "Linux" } });
    const audit = await db.auditLog.findMany({ where: { action: "sessionInformation.viewed" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: p.team.userId, targetId: desk.session.id });
    // The page's title asks without recording.
    await reviewSession(p.team, desk.session.number, { audit: false });
    expect(await db.auditLog.count({ where: { action: "sessionInformation.viewed" } })).toBe(1);
  });

  it("refuses running sessions and malformed numbers like sessions that do not exist", async () => {
    const desk = await pastSession();
    const p = await people(desk);
    const running = await deskWithSessionOnSameDesk(desk);
    for (const number of [running.number, "999999999", "12", "../../etc", 42]) {
      await expect(reviewSession(p.company, number)).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("downloads a file for a viewer in scope, and answers 404 to anyone else", async () => {
    const desk = await pastSession();
    const p = await people(desk);
    const get = (principal: Principal | null, fileId = desk.sentFileId) => {
      signedIn(principal);
      return sessionFile(new Request("http://localhost/x"), {
        params: Promise.resolve({ number: desk.session.number, fileId }),
      });
    };
    const ok = await get(p.team);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("Treiber 1.2");
    expect(await db.auditLog.count({ where: { action: "sessionInformation.fileDownloaded" } })).toBe(1);
    for (const principal of [p.otherTeam, p.api, p.anna, null]) expect((await get(principal)).status).toBe(404);
    expect((await get(p.company, "nope")).status).toBe(404);
  });
});

describe("exportSessionFile", () => {
  it("writes the transcript as text and as a web page, the diagnostics as JSON and text, each audited", async () => {
    const desk = await pastSession();
    const p = await people(desk);
    await postMessageBeforeEnd(desk);
    const { number } = desk.session;
    // In the viewer's language and on their clock.
    const viewer: Principal = { ...p.company, language: "de", timeZone: "Europe/Berlin" };
    const text = await exportSessionFile(viewer, number, "transcript.txt");
    expect(text).toMatchObject({ name: `sitzung-${number}-transcript.txt`, contentType: "text/plain; charset=utf-8" });
    expect(text.body).toContain(`Sitzung ${number}`);
    expect(text.body).toContain("Kim Kunde: Mein Drucker druckt nicht.");
    expect(text.body).toContain("Anna: Ich sehe nach.");
    expect(text.body).toContain("Datei: treiber.txt");
    const started = new Intl.DateTimeFormat("de", {
      dateStyle: "medium",
      timeStyle: "medium",
      timeZone: "Europe/Berlin",
    });
    expect(text.body).toContain(`Beginn: ${started.format(desk.session.startedAt)}`);
    const html = await exportSessionFile(viewer, number, "transcript.html");
    expect(html.body).toContain('<html lang="de"');
    expect(html.body).toContain("Mein Drucker druckt nicht.");
    // A message is text, never markup.
    expect(html.body).not.toContain("<script>alert(1)</script>");
    expect(html.body).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const json = JSON.parse((await exportSessionFile(viewer, number, "diagnostics.json")).body);
    expect(json).toEqual({ session: number, diagnostics: { platform: "Linux", browser: "Firefox 140" } });
    const diagnostics = await exportSessionFile(viewer, number, "diagnostics.txt");
    expect(diagnostics.body).toContain("Betriebssystem: Linux");
    expect(
      (await db.auditLog.findMany({ where: { action: "sessionInformation.exported" } })).map(
        (row) => JSON.parse(row.summary).file,
      ),
    ).toEqual(["transcript.txt", "transcript.html", "diagnostics.json", "diagnostics.txt"]);
  });

  it("is not found without the right, for another team, for an unknown file and once the content is forgotten", async () => {
    const desk = await pastSession();
    const p = await people(desk);
    const { number } = desk.session;
    await expect(exportSessionFile(p.team, number, "transcript.txt")).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportSessionFile(p.otherTeam, number, "transcript.txt")).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportSessionFile(p.company, number, "../secrets")).rejects.toBeInstanceOf(NotFoundError);
    await p.withFunctions(p.anna.userId, { sessionReplay: true });
    await expect(exportSessionFile(p.anna, number, "transcript.txt")).rejects.toBeInstanceOf(NotFoundError);
    await p.withFunctions(p.anna.userId, { sessionReplay: true, exportSessionReplay: true });
    expect((await exportSessionFile(p.anna, number, "transcript.txt")).body).toContain("Ich sehe nach.");
    await purgeExpiredSessionContent(new Date(desk.session.endedAt!.getTime() + 91 * DAY_MS));
    await expect(exportSessionFile(p.company, number, "transcript.txt")).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.auditLog.count({ where: { action: "sessionInformation.exported" } })).toBe(1);
  });
});

describe("purgeExpiredSessionContent", () => {
  it("forgets transcript, diagnostics and files after 90 days, keeps the facts the reports count", async () => {
    const desk = await pastSession();
    const p = await people(desk);
    const endedAt = desk.session.endedAt!;
    const sessionDir = path.join(dataDir, "files", desk.session.id);
    expect(filesBelow(sessionDir)).toHaveLength(2);

    // 89 days after: nothing happens.
    expect(await purgeExpiredSessionContent(new Date(endedAt.getTime() + 89 * DAY_MS))).toBe(0);
    expect((await reviewSession(p.company, desk.session.number)).purgedAt).toBeNull();

    // 91 days after: all content gone, rows and bytes; the row and its facts stay.
    const later = new Date(endedAt.getTime() + 91 * DAY_MS);
    expect(await purgeExpiredSessionContent(later)).toBe(1);
    expect(await db.sessionEvent.count({ where: { sessionId: desk.session.id } })).toBe(0);
    expect(await db.sessionFile.count({ where: { sessionId: desk.session.id } })).toBe(0);
    expect(fs.existsSync(sessionDir)).toBe(false);
    const kept = await db.supportSession.findUniqueOrThrow({ where: { id: desk.session.id } });
    expect(kept).toMatchObject({
      diagnostics: null,
      contentPurgedAt: later,
      outcome: "resolved",
      notes: "Treiber erneuert",
    });
    const record = await reviewSession(p.company, desk.session.number);
    expect(record).toMatchObject({ purgedAt: later, events: [], files: [], diagnostics: { kind: "none" } });
    const [row] = (await searchSessions(p.company, search({ number: desk.session.number }))).rows;
    expect(row).toMatchObject({ purged: true, fileCount: 0, hasDiagnostics: false });

    // The reports still count the session.
    const period = { from: new Date(endedAt.getTime() - DAY_MS), to: new Date(endedAt.getTime() + DAY_MS) };
    const noFilters = {
      subPortalIds: null,
      teamIds: null,
      agentId: null,
      names: { portal: null, subPortal: null, team: null, agent: null },
    };
    const summary = await summaryOf({ kind: "company" }, noFilters, period);
    expect(summary).toMatchObject({ sessionsStarted: 1, sessionsEnded: 1, outcomes: { resolved: 1 } });

    // Again: nothing left to do.
    expect(await purgeExpiredSessionContent(new Date(later.getTime() + DAY_MS))).toBe(0);
  });

  it("removes a forgotten session's folder that a crash left behind", async () => {
    const desk = await pastSession();
    const sessionDir = path.join(dataDir, "files", desk.session.id);
    await db.supportSession.update({ where: { id: desk.session.id }, data: { contentPurgedAt: new Date() } });
    expect(fs.existsSync(sessionDir)).toBe(true);
    await purgeExpiredSessionContent(new Date(desk.session.endedAt!.getTime() + DAY_MS));
    expect(fs.existsSync(sessionDir)).toBe(false);
  });
});

/** A customer's message with markup in it, written into the ended session's transcript as it was. */
async function postMessageBeforeEnd(desk: Awaited<ReturnType<typeof pastSession>>) {
  await db.sessionEvent.create({
    data: {
      sessionId: desk.session.id,
      type: "message",
      author: "customer",
      body: JSON.stringify({ text: "<script>alert(1)</script>" }),
      createdAt: desk.session.endedAt!,
    },
  });
}

/** A second session on the desk of `desk`, still running (Ben's). */
async function deskWithSessionOnSameDesk(desk: Awaited<ReturnType<typeof pastSession>>) {
  const { acceptRequest } = await import("@/lib/live/accept-request");
  const { signInToConsole } = await import("@/lib/live/presence");
  await signInToConsole(desk.agents.ben);
  const request = await desk.request();
  const { sessionId } = await acceptRequest(desk.agents.ben, request.id);
  return db.supportSession.findUniqueOrThrow({ where: { id: sessionId } });
}
