// Sitzungseinsicht (issue 11): who may watch a session, what watching records (the audit log) and
// what it must not touch (the session's events, the activity log, the agent's presence, the bus —
// the customer and the agent cannot tell). Real SQLite; the route handlers are called directly.
import fs from "node:fs";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { GET as viewEvents } from "@/app/manager/(center)/sessions/[sessionId]/view/events/route";
import { GET as viewFile } from "@/app/manager/(center)/sessions/[sessionId]/view/files/[fileId]/route";
import type { TeamManagerRight } from "@/lib/access/rights";
import type { Principal } from "@/lib/auth/principal";
import { currentPrincipal } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { eventBus } from "@/lib/events/event-bus";
import { sessionChannel } from "@/lib/live/channels";
import { customerRequestView } from "@/lib/live/customer-view";
import { agentSessionView, endSession } from "@/lib/live/end-session";
import { sendFile } from "@/lib/live/files";
import { eventsAfter, postMessage } from "@/lib/live/messages";
import { PRESENCE_CHANNEL } from "@/lib/live/presence";
import { closeSessionView, openSessionView, sessionViewTitle } from "@/lib/session-viewing/session-view";
import { VIEWABLE_AFTER_END_MS } from "@/lib/session-viewing/view-access";
import { beginViewing, closeLapsedViews, VIEW_LAPSE_MS } from "@/lib/session-viewing/view-log";
import { createTeamRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { deskWithSession, ownDataDir } from "@/test/live/session-fixture";
import { pastAccessRecheck, until } from "@/test/live/stream-waits";

vi.mock(import("@/lib/auth/session"), async (original) => ({ ...(await original()), currentPrincipal: vi.fn() }));
const signedIn = (principal: Principal | null) => vi.mocked(currentPrincipal).mockResolvedValue(principal);

const dataDir = ownDataDir();
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const BASE = "http://localhost:3000";

type Desk = Awaited<ReturnType<typeof deskWithSession>>;
let desk: Desk;
let managers: Awaited<ReturnType<typeof buildManagers>>;
let abort: AbortController;

async function manager(role: "company" | "team" | "api", teamIds: string[] = [], rights: TeamManagerRight[] = []) {
  return signedInPrincipal(await createUserRecord({ kind: "manager", role, teamIds, rights }), "manager");
}

/** Everyone who might try to watch Anna's session (her team is "Support"). */
async function buildManagers(d: Desk) {
  const parent = await createTeamRecord("Kundenservice");
  await db.team.update({ where: { id: d.team.id }, data: { parentId: parent.id } });
  const elsewhere = await createTeamRecord("Einkauf");
  return {
    company: await manager("company"),
    team: await manager("team", [d.team.id], ["supervisorViewing"]),
    parentTeam: await manager("team", [parent.id], ["supervisorViewing"]),
    teamWithoutRight: await manager(
      "team",
      [d.team.id],
      ["addDeleteAgents", "editAgentNameLogin", "editAgentPassword", "manageBusinessHours"],
    ),
    otherTeam: await manager("team", [elsewhere.id], ["supervisorViewing"]),
    api: await manager("api"),
    agentWithAccess: await signedInPrincipal(
      await createUserRecord({ kind: "agent", teamIds: [d.team.id], managementCenterAccess: true }),
      "manager",
    ),
  };
}

beforeEach(async () => {
  await resetDatabase();
  desk = await deskWithSession();
  managers = await buildManagers(desk);
  signedIn(managers.company);
  abort = new AbortController();
  return () => abort.abort();
});
afterEach(() => vi.useRealTimers());

const auditRows = (action: string) =>
  db.auditLog.findMany({ where: { action, targetId: desk.sessionId }, orderBy: [{ at: "asc" }, { id: "asc" }] });
const summaryOf = (row: { summary: string }) => JSON.parse(row.summary) as Record<string, unknown>;
const number = async () => (await db.supportSession.findUniqueOrThrow({ where: { id: desk.sessionId } })).number;

describe("who may watch a session", () => {
  it("a company manager sees the session's facts and its transcript", async () => {
    await postMessage(desk.customer, desk.sessionId, "Mein Drucker druckt nicht");
    const view = await openSessionView(managers.company, desk.sessionId);
    expect(view).toMatchObject({
      id: desk.sessionId,
      number: await number(),
      portalName: "Kundendienst",
      teamName: "Support",
      agentName: expect.stringContaining("Anna"),
      endedAt: null,
      ending: null,
      customer: { name: "Kim Kunde", problem: "Drucker" },
      files: [],
      diagnostics: { kind: "none" },
    });
    expect(view.events.map((e) => e.body.text)).toContain("Mein Drucker druckt nicht");
  });

  it("a team manager with the right sees sessions of their teams and their sub-teams", async () => {
    await expect(openSessionView(managers.team, desk.sessionId)).resolves.toMatchObject({ id: desk.sessionId });
    await expect(openSessionView(managers.parentTeam, desk.sessionId)).resolves.toMatchObject({ id: desk.sessionId });
  });

  it.each([
    ["a team manager of the team without the right", "teamWithoutRight"],
    ["a team manager with the right, of another team", "otherTeam"],
    ["an API manager", "api"],
    ["an agent with Management Center access", "agentWithAccess"],
  ] as const)("%s finds nothing, and nothing is recorded", async (_, who) => {
    await expect(openSessionView(managers[who], desk.sessionId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(sessionViewTitle(managers[who], desk.sessionId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.sessionView.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: { startsWith: "sessionView." } } })).toBe(0);
  });

  it("a session that does not exist, or an ID that is no ID, is not found the same way", async () => {
    for (const id of ["c-does-not-exist", "", "../../etc", "x".repeat(500), 42, null])
      await expect(openSessionView(managers.company, id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a session that ended is viewable for an hour after its end, not later", async () => {
    await endSession(desk.customer, desk.sessionId);
    const view = await openSessionView(managers.company, desk.sessionId);
    expect(view).toMatchObject({ ending: "customer", endedAt: expect.any(Date) });
    await db.supportSession.update({
      where: { id: desk.sessionId },
      data: { endedAt: new Date(Date.now() - VIEWABLE_AFTER_END_MS - 1000) },
    });
    await expect(openSessionView(managers.company, desk.sessionId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a company manager also sees a session whose team was deleted since", async () => {
    await db.supportSession.update({ where: { id: desk.sessionId }, data: { teamId: "deleted-team" } });
    await expect(openSessionView(managers.company, desk.sessionId)).resolves.toMatchObject({ id: desk.sessionId });
    await expect(openSessionView(managers.team, desk.sessionId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the audit log", () => {
  it("records a view as an opened row and a closed row with from and to; reloads are the same view", async () => {
    const first = await openSessionView(managers.company, desk.sessionId);
    await openSessionView(managers.company, desk.sessionId); // a reload, or the page without JavaScript refreshing
    const opened = await auditRows("sessionView.opened");
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ actorId: managers.company.userId, actorLabel: managers.company.loginId });
    expect(summaryOf(opened[0]!)).toEqual({ sessionNumber: await number(), viewId: first.viewId });
    expect(await auditRows("sessionView.closed")).toHaveLength(0);

    await closeSessionView(managers.company, desk.sessionId);
    const closed = await auditRows("sessionView.closed");
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatchObject({ actorId: managers.company.userId, actorLabel: managers.company.loginId });
    const summary = summaryOf(closed[0]!);
    expect(summary).toMatchObject({ sessionNumber: await number(), viewId: first.viewId, closedBy: "closed" });
    expect(new Date(String(summary.from)).getTime()).toBeLessThanOrEqual(new Date(String(summary.to)).getTime());

    // Schließen again (a second tab, a resubmitted form) closes nothing more.
    await closeSessionView(managers.company, desk.sessionId);
    expect(await auditRows("sessionView.closed")).toHaveLength(1);
    // Opening it again is a new view.
    const second = await openSessionView(managers.company, desk.sessionId);
    expect(second.viewId).not.toBe(first.viewId);
    expect(await auditRows("sessionView.opened")).toHaveLength(2);
  });

  it("Schließen is not found for whoever may not view the session and has no view of it", async () => {
    for (const who of ["teamWithoutRight", "otherTeam", "api", "agentWithAccess"] as const)
      await expect(closeSessionView(managers[who], desk.sessionId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(closeSessionView(managers.company, desk.sessionId)).resolves.toBeUndefined();
  });

  it("Schließen still ends one's own open view after the right was taken away", async () => {
    await openSessionView(managers.team, desk.sessionId);
    await db.managerProfile.update({ where: { userId: managers.team.userId }, data: { rights: "[]" } });
    await closeSessionView(managers.team, desk.sessionId);
    expect((await auditRows("sessionView.closed")).map(summaryOf)).toEqual([
      expect.objectContaining({ closedBy: "closed" }),
    ]);
  });

  it("a view nobody looks at any more (no JavaScript, no Schließen) closes as of its last page load", async () => {
    const session = { id: desk.sessionId, number: await number() };
    const loaded = new Date(Date.now() - 10 * 60_000);
    const viewId = await beginViewing(managers.company, session, { now: loaded });
    expect(await closeLapsedViews(new Date(loaded.getTime() + VIEW_LAPSE_MS))).toBe(0);
    expect(await closeLapsedViews()).toBe(1);
    expect(await closeLapsedViews()).toBe(0);
    const [closed] = await auditRows("sessionView.closed");
    expect(summaryOf(closed!)).toMatchObject({ viewId, to: loaded.toISOString(), closedBy: "lapsed", seconds: 0 });
    expect(await db.sessionView.findUniqueOrThrow({ where: { id: viewId } })).toMatchObject({
      closedAt: loaded,
      closedBy: "lapsed",
    });
  });

  it("a lapsed view that is opened again is closed first, and a new one begins", async () => {
    const session = { id: desk.sessionId, number: await number() };
    const old = await beginViewing(managers.company, session, { now: new Date(Date.now() - 10 * 60_000) });
    const fresh = await beginViewing(managers.company, session);
    expect(fresh).not.toBe(old);
    expect((await auditRows("sessionView.closed")).map(summaryOf)).toEqual([
      expect.objectContaining({ viewId: old, closedBy: "lapsed" }),
    ]);
  });
});

/** Reads a stream in the background: everything it sent so far, and whether the server ended it. */
function follow(response: Response) {
  expect(response.status).toBe(200);
  const seen = { text: "", ended: false };
  void (async () => {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    for (let next = await reader.read(); !next.done; next = await reader.read())
      seen.text += decoder.decode(next.value);
    seen.ended = true;
  })().catch(() => undefined);
  return seen;
}

const eventsUrl = (sessionId = desk.sessionId) => `${BASE}/manager/sessions/${sessionId}/view/events`;
const openStream = (signal = abort.signal, sessionId = desk.sessionId) =>
  viewEvents(new Request(eventsUrl(sessionId), { signal }), { params: Promise.resolve({ sessionId }) });

describe("the live stream of the view", () => {
  it("follows the session, and ends the view when the browser leaves", async () => {
    await postMessage(desk.customer, desk.sessionId, "Hallo");
    const leave = new AbortController();
    const stream = follow(await openStream(leave.signal));
    await until(() => stream.text.includes("Hallo"), "the transcript so far arrived");
    await postMessage(desk.agent, desk.sessionId, "Ich sehe nach");
    await until(() => stream.text.includes("Ich sehe nach"), "the agent's message arrived live");
    expect(await auditRows("sessionView.opened")).toHaveLength(1);
    expect(await auditRows("sessionView.closed")).toHaveLength(0);

    leave.abort();
    await until(async () => (await auditRows("sessionView.closed")).length === 1, "the view was closed");
    expect(summaryOf((await auditRows("sessionView.closed"))[0]!)).toMatchObject({ closedBy: "streamEnded" });
  });

  it("continues the view the page opened; Schließen ends the view and then the stream", async () => {
    const view = await openSessionView(managers.company, desk.sessionId);
    const stream = follow(await openStream());
    await until(() => stream.text.startsWith("retry:"), "the stream opened");
    expect(await auditRows("sessionView.opened")).toHaveLength(1);

    await closeSessionView(managers.company, desk.sessionId);
    pastAccessRecheck();
    await postMessage(desk.customer, desk.sessionId, "Geheim nach dem Schließen");
    await until(() => stream.ended, "the stream ended");
    expect(stream.text).not.toContain("Geheim");
    const closed = await auditRows("sessionView.closed");
    expect(closed.map(summaryOf)).toEqual([expect.objectContaining({ viewId: view.viewId, closedBy: "closed" })]);
  });

  it("ends when the team manager loses the right, before sending more", async () => {
    signedIn(managers.team);
    const stream = follow(await openStream());
    await postMessage(desk.customer, desk.sessionId, "Erste Nachricht");
    await until(() => stream.text.includes("Erste Nachricht"), "the first message arrived");

    await db.managerProfile.update({ where: { userId: managers.team.userId }, data: { rights: "[]" } });
    pastAccessRecheck();
    await postMessage(desk.customer, desk.sessionId, "Meine PIN ist 1234");
    await until(() => stream.ended, "the stream ended");
    expect(stream.text).not.toContain("PIN");
    await until(async () => (await auditRows("sessionView.closed")).length === 1, "the view was closed");
  });

  it("ends when the manager's browser session ends", async () => {
    const stream = follow(await openStream());
    await until(() => stream.text.startsWith("retry:"), "the stream opened");
    await db.session.deleteMany({ where: { id: managers.company.sessionId } });
    pastAccessRecheck();
    await postMessage(desk.customer, desk.sessionId, "Noch jemand da?");
    await until(() => stream.ended, "the stream ended");
    expect(stream.text).not.toContain("Noch jemand da?");
  });

  it.each([
    ["signed out", null],
    ["a team manager without the right", "teamWithoutRight"],
    ["a team manager of another team", "otherTeam"],
    ["an API manager", "api"],
    ["an agent with Management Center access", "agentWithAccess"],
  ] as const)("is not found for %s", async (_, who) => {
    signedIn(who === null ? null : managers[who]);
    expect((await openStream()).status).toBe(404);
    expect(await db.sessionView.count()).toBe(0);
  });

  it("is not found for a session that does not exist", async () => {
    expect((await openStream(abort.signal, "does-not-exist")).status).toBe(404);
  });
});

describe("files offered in the session", () => {
  const download = (fileId: string, sessionId = desk.sessionId) =>
    viewFile(new Request(`${BASE}/manager/sessions/${sessionId}/view/files/${fileId}`), {
      params: Promise.resolve({ sessionId, fileId }),
    });

  it("are listed and can be downloaded by the manager, which the audit log records", async () => {
    process.env.LOTSE_MIN_FREE_DISK_BYTES = "0";
    const sent = await sendFile(desk.customer, desk.sessionId, {
      name: "fehler.txt",
      contentType: "text/plain",
      bytes: new TextEncoder().encode("Fehler 0x42"),
    });
    const view = await openSessionView(managers.company, desk.sessionId);
    expect(view.files).toEqual([
      { id: sent.id, name: "fehler.txt", size: 11, direction: "toAgent", at: expect.any(Date) },
    ]);
    const response = await download(sent.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("fehler.txt");
    expect(await response.text()).toBe("Fehler 0x42");
    expect((await auditRows("sessionView.fileDownloaded")).map(summaryOf)).toEqual([
      { sessionNumber: await number(), fileId: sent.id, name: "fehler.txt" },
    ]);

    for (const who of [null, "teamWithoutRight", "otherTeam", "api", "agentWithAccess"] as const) {
      signedIn(who === null ? null : managers[who]);
      expect((await download(sent.id)).status, String(who)).toBe(404);
    }
    signedIn(managers.company);
    expect((await download("not-a-file")).status).toBe(404);
    expect((await download(sent.id, "another-session")).status).toBe(404);
    delete process.env.LOTSE_MIN_FREE_DISK_BYTES;
  });
});

describe("the customer and the agent cannot tell", () => {
  it("watching writes nothing to the session, the activity log or the presence, and says nothing on the bus", async () => {
    process.env.LOTSE_MIN_FREE_DISK_BYTES = "0";
    await postMessage(desk.customer, desk.sessionId, "Hallo");
    const sent = await sendFile(desk.agent, desk.sessionId, {
      name: "anleitung.txt",
      contentType: "text/plain",
      bytes: new TextEncoder().encode("Schritt 1"),
    });
    const snapshot = async () => ({
      events: await db.sessionEvent.findMany({ orderBy: { id: "asc" } }),
      activity: await db.activityEvent.findMany({ orderBy: { id: "asc" } }),
      presence: await db.agentPresence.findMany({ orderBy: { agentId: "asc" } }),
      session: await db.supportSession.findUniqueOrThrow({ where: { id: desk.sessionId } }),
      request: await db.supportRequest.findFirstOrThrow({ where: { session: { id: desk.sessionId } } }),
      agentPage: await agentSessionView(desk.agents.anna, desk.sessionId),
      agentTranscript: await eventsAfter(desk.agent, desk.sessionId, 0),
      customerPage: await customerRequestView(desk.portal.slug!, desk.token),
      customerTranscript: await eventsAfter(desk.customer, desk.sessionId, 0),
    });
    const before = await snapshot();
    const published: string[] = [];
    const offs = [sessionChannel(desk.sessionId), PRESENCE_CHANNEL, "requests"].map((channel) =>
      eventBus.subscribe(channel, () => published.push(channel)),
    );
    try {
      for (const who of [managers.company, managers.team]) {
        signedIn(who);
        await openSessionView(who, desk.sessionId);
        const leave = new AbortController();
        const stream = follow(await openStream(leave.signal));
        await until(() => stream.text.includes("Hallo"), "the stream sent the transcript");
        expect((await download(sent.id)).status).toBe(200);
        leave.abort();
        await closeSessionView(who, desk.sessionId);
      }
      await until(async () => (await auditRows("sessionView.closed")).length === 2, "both views were closed");
      expect(published).toEqual([]);
      expect(await snapshot()).toEqual(before);
      // What watching did write: the managers' own record of it.
      expect(await auditRows("sessionView.opened")).toHaveLength(2);
      expect(await auditRows("sessionView.closed")).toHaveLength(2);
    } finally {
      offs.forEach((off) => off());
      delete process.env.LOTSE_MIN_FREE_DISK_BYTES;
    }
  });

  const download = (fileId: string) =>
    viewFile(new Request(`${BASE}/manager/sessions/${desk.sessionId}/view/files/${fileId}`), {
      params: Promise.resolve({ sessionId: desk.sessionId, fileId }),
    });
});
