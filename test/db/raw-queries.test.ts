// The raw SQL statements (principalOfSession's join, the sign-in throttle's upsert, the Protokoll's
// page and count, the chat's insert and reading, the session checks, the waiting time's rank)
// against a real migrated SQLite file: each parses its rows with a zod schema, so a column that a
// migration renames or retypes fails here, and the values arrive as the code reads them.
import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { auditEntriesForExport, listAuditEntries } from "@/lib/audit/audit-log";
import type { AuditFilter } from "@/lib/audit/audit-filter";
import type { Realm } from "@/lib/auth/principal";
import { principalOfSession } from "@/lib/auth/session";
import { claimSignInAttempt, MAX_FAILED_ATTEMPTS } from "@/lib/auth/throttle";
import { db } from "@/lib/db/client";
import { sqlBoolean, sqlDate, sqlInteger } from "@/lib/db/sql-row";
import { loadEventsAfter, postMessage } from "@/lib/live/messages";
import { openSessionIdOf } from "@/lib/live/participant";
import {
  createPortalRecord,
  createSupportSessionRecord,
  createTeamRecord,
  createUserRecord,
  signedInPrincipal,
} from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";

beforeEach(resetDatabase);

const CREATED = new Date("2026-11-20T08:15:30.123Z");

async function sessionOf(userId: string, realm: Realm, times: { expiresAt?: Date; lastSeenAt?: Date } = {}) {
  const session = await db.session.create({
    data: {
      id: randomBytes(16).toString("hex"),
      userId,
      realm,
      createdAt: CREATED,
      expiresAt: times.expiresAt ?? new Date(Date.now() + 3_600_000),
      lastSeenAt: times.lastSeenAt ?? new Date(),
    },
  });
  return session.id;
}

describe("SQLite's representations", () => {
  it("reads what Prisma hands back and what SQLite itself does (the streamed export) alike", () => {
    expect(sqlInteger.parse(3n)).toBe(3);
    expect(sqlInteger.parse(3)).toBe(3);
    expect(sqlBoolean.parse(true)).toBe(true);
    expect(sqlBoolean.parse(1)).toBe(true);
    expect(sqlBoolean.parse(0n)).toBe(false);
    expect(sqlDate.parse(CREATED)).toEqual(CREATED);
    expect(sqlDate.parse("2026-11-20T08:15:30.123+00:00")).toEqual(CREATED);
    expect(sqlDate.parse(CREATED.getTime())).toEqual(CREATED);
    expect(() => sqlBoolean.parse("yes")).toThrow();
    expect(() => sqlDate.parse("yesterday")).toThrow();
    expect(() => sqlInteger.parse(null)).toThrow();
  });
});

describe("principalOfSession's join", () => {
  it("gives an agent's principal with the session's own creation time", async () => {
    const agent = await createUserRecord({ kind: "agent", firstName: "Ada", lastName: "Lovelace", language: "de" });
    const id = await sessionOf(agent.id, "agent");
    expect(await principalOfSession(id, "agent")).toEqual({
      type: "user",
      userId: agent.id,
      kind: "agent",
      managerRole: null,
      loginId: agent.loginId,
      displayName: "Ada Lovelace",
      email: agent.email,
      language: "de",
      timeZone: "Europe/Berlin",
      mustChangePassword: false,
      sessionId: id,
      sessionCreatedAt: CREATED,
    });
  });

  it("reads the agent's grant, a manager's profile, and the user's disabled flag", async () => {
    const granted = await createUserRecord({ kind: "agent", managementCenterAccess: true });
    const plain = await createUserRecord({ kind: "agent", managementCenterAccess: false });
    const manager = await createUserRecord({ kind: "manager", name: "Grace Hopper", role: "team" });
    const disabled = await createUserRecord({ kind: "manager", disabled: true });
    expect((await principalOfSession(await sessionOf(granted.id, "manager"), "manager"))?.userId).toBe(granted.id);
    expect(await principalOfSession(await sessionOf(plain.id, "manager"), "manager")).toBeNull();
    expect(await principalOfSession(await sessionOf(manager.id, "manager"), "manager")).toMatchObject({
      displayName: "Grace Hopper",
      managerRole: "team",
    });
    expect(await principalOfSession(await sessionOf(disabled.id, "manager"), "manager")).toBeNull();
  });

  it("compares the session's times as dates: expired is out, an old last-seen is moved on", async () => {
    const admin = await createUserRecord({ kind: "admin" });
    const expired = await sessionOf(admin.id, "admin", { expiresAt: new Date(Date.now() - 1000) });
    expect(await principalOfSession(expired, "admin")).toBeNull();
    const idle = await sessionOf(admin.id, "admin", { lastSeenAt: new Date(Date.now() - 3_600_000) });
    expect(await principalOfSession(idle, "admin")).not.toBeNull();
    const seen = await db.session.findUniqueOrThrow({ where: { id: idle } });
    expect(Date.now() - seen.lastSeenAt.getTime()).toBeLessThan(60_000);
  });
});

describe("the sign-in throttle's upsert", () => {
  it("returns each attempt's count until the lock, then nothing", async () => {
    const now = new Date();
    const claims = [];
    for (let i = 0; i <= MAX_FAILED_ATTEMPTS; i++)
      claims.push(await claimSignInAttempt("ada@lotse.test", "10.0.0.1", now));
    expect(claims).toEqual([
      ...Array.from({ length: MAX_FAILED_ATTEMPTS - 1 }, () => ({ allowed: true, locksLogin: false })),
      { allowed: true, locksLogin: true },
      { allowed: false },
    ]);
  });
});

describe("the Protokoll's page and count", () => {
  const NONE: AuditFilter = { from: null, to: null, actor: null, area: null, objectType: null, objectId: null };

  it("gives each column as the page shows it, from the page's query and the export alike", async () => {
    const admin = await signedInPrincipal(await createUserRecord({ kind: "admin" }));
    const at = new Date("2026-11-20T12:00:00.250Z");
    await db.auditLog.createMany({
      data: [
        {
          at,
          actorLabel: "chef@lotse.test",
          action: "agent.moved",
          area: "agent",
          targetType: "agent",
          targetId: "a1",
          summary: JSON.stringify({ to: "Support" }),
          ip: "10.0.0.1",
          userAgent: "Test",
        },
        {
          at: new Date(at.getTime() - 1000),
          actorLabel: "system",
          action: "auth.signed_out",
          area: "auth",
          targetType: "user",
          targetId: null,
          summary: "{}",
          ip: null,
          userAgent: null,
        },
      ],
    });
    const page = await listAuditEntries(admin, NONE);
    expect(page.count).toBe(2);
    expect(page.next).toBeNull();
    expect(page.rows).toEqual([
      {
        id: expect.any(String),
        at,
        actorLabel: "chef@lotse.test",
        action: "agent.moved",
        targetType: "agent",
        targetId: "a1",
        summary: { to: "Support" },
        ip: "10.0.0.1",
        userAgent: "Test",
      },
      {
        id: expect.any(String),
        at: new Date(at.getTime() - 1000),
        actorLabel: "system",
        action: "auth.signed_out",
        targetType: "user",
        targetId: null,
        summary: {},
        ip: null,
        userAgent: null,
      },
    ]);
    expect([...(await auditEntriesForExport(admin, NONE))]).toEqual(page.rows);
  });
});

describe("the chat's statements", () => {
  it("inserts a message, reads it back in order, and tells an open session from an ended one", async () => {
    const team = await createTeamRecord("Support");
    const agentUser = await createUserRecord({ kind: "agent", teamIds: [team.id] });
    const agent = await signedInPrincipal(agentUser, "agent");
    const portal = await createPortalRecord();
    const subPortal = portal.subPortals[0]!;
    const session = await createSupportSessionRecord({
      portal,
      subPortal,
      agent: { id: agentUser.id, name: "Test", teamId: team.id, teamName: team.name },
      arrivedAt: new Date(Date.now() - 60_000),
      startedAt: new Date(Date.now() - 30_000),
    });
    const participant = { kind: "agent", actor: agent } as const;
    expect(await openSessionIdOf(participant, session.id)).toEqual({ id: session.id, open: true });
    const first = await postMessage(participant, session.id, "Hallo");
    const second = await postMessage(participant, session.id, "Noch da?");
    expect(second.id).toBeGreaterThan(first.id);
    const events = await loadEventsAfter(session.id, 0, 10);
    expect(events.map(({ id, type, author, body }) => ({ id, type, author, body }))).toEqual([
      { id: first.id, type: "message", author: "agent", body: { text: "Hallo" } },
      { id: second.id, type: "message", author: "agent", body: { text: "Noch da?" } },
    ]);
    expect(events[0]!.at).toBeInstanceOf(Date);
    expect(Date.now() - events[0]!.at.getTime()).toBeLessThan(60_000);
    await db.supportSession.update({ where: { id: session.id }, data: { endedAt: new Date() } });
    expect(await openSessionIdOf(participant, session.id)).toEqual({ id: session.id, open: false });
  });
});
