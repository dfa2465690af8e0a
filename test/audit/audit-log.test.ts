// The Protokoll (issue 14): who may read which entries, what each filter finds, paging that neither
// skips nor repeats an entry (ties in time included), the export equal to the pages, and a catalog
// that knows every action the code writes, in both languages. Real SQLite.
import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/principal";
import { AUDIT_ACTIONS, AUDIT_AREAS, AUDIT_OBJECT_TYPES } from "@/lib/audit/audit-catalog";
import { type AuditFilter, parseAuditFilter } from "@/lib/audit/audit-filter";
import {
  AUDIT_COUNT_LIMIT,
  AUDIT_PAGE_SIZE,
  type AuditCursor,
  auditEntriesForExport,
  listAuditEntries,
} from "@/lib/audit/audit-log";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { allMessages } from "@/lib/i18n/messages";
import { createTeamRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";

beforeEach(resetDatabase);

const NONE: AuditFilter = { from: null, to: null, actor: null, area: null, objectType: null, objectId: null };
const T0 = Date.parse("2026-11-20T12:00:00Z");

type Entry = { at: number; actor?: string; action: string; targetType: string; targetId?: string | null };

/** Audit rows as writeAudit leaves them, at given times (several may share one). */
async function entries(list: Entry[]) {
  await db.auditLog.createMany({
    data: list.map((entry) => ({
      at: new Date(entry.at),
      actorLabel: entry.actor ?? "chef@lotse.test",
      action: entry.action,
      area: entry.action.split(".")[0]!,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      summary: "{}",
      ip: "10.0.0.1",
      userAgent: "Test",
    })),
  });
}

async function all(actor: Principal, filter: AuditFilter = NONE) {
  const seen: string[] = [];
  let after: AuditCursor | null = null;
  for (;;) {
    const page = await listAuditEntries(actor, filter, after);
    seen.push(...page.rows.map((row) => row.id));
    if (!page.next) return seen;
    after = page.next;
  }
}

async function people() {
  const a = await createTeamRecord("Vertrieb");
  const aSub = await createTeamRecord("Vertrieb Nord", a.id);
  const b = await createTeamRecord("Technik");
  const company = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" }));
  const teamWithRight = await signedInPrincipal(
    await createUserRecord({ kind: "manager", role: "team", teamIds: [a.id], rights: ["viewAuditLog"] }),
  );
  const teamWithout = await signedInPrincipal(
    await createUserRecord({ kind: "manager", role: "team", teamIds: [a.id], rights: ["addDeleteAgents"] }),
  );
  const agentA = await createUserRecord({ kind: "agent", teamIds: [aSub.id], managementCenterAccess: true });
  const agentB = await createUserRecord({ kind: "agent", teamIds: [b.id] });
  const admin = await signedInPrincipal(await createUserRecord({ kind: "admin" }));
  return { a, aSub, b, company, teamWithRight, teamWithout, agentA, agentB, admin };
}

describe("who reads the Protokoll", () => {
  it("company managers and the administrator everything; a team manager with the right their teams and agents; nobody else", async () => {
    const p = await people();
    await entries([
      { at: T0, action: "team.updated", targetType: "team", targetId: p.a.id },
      { at: T0 + 1, action: "team.updated", targetType: "team", targetId: p.aSub.id },
      { at: T0 + 2, action: "team.updated", targetType: "team", targetId: p.b.id },
      { at: T0 + 3, action: "agent.updated", targetType: "user", targetId: p.agentA.id },
      { at: T0 + 4, action: "agent.updated", targetType: "user", targetId: p.agentB.id },
      { at: T0 + 5, action: "portal.updated", targetType: "portal", targetId: "p1" },
      { at: T0 + 6, action: "account.grants_updated", targetType: "account", targetId: null },
    ]);
    expect(await all(p.company)).toHaveLength(7);
    expect(await all(p.admin)).toHaveLength(7);
    const own = await listAuditEntries(p.teamWithRight, NONE);
    expect(own.rows.map((row) => [row.targetType, row.targetId])).toEqual([
      ["user", p.agentA.id],
      ["team", p.aSub.id],
      ["team", p.a.id],
    ]);
    // A filter cannot widen the scope.
    expect((await listAuditEntries(p.teamWithRight, { ...NONE, objectType: "team", objectId: p.b.id })).rows).toEqual(
      [],
    );
    await expect(listAuditEntries(p.teamWithout, NONE)).rejects.toThrow(NotFoundError);
    const agent = await signedInPrincipal(p.agentA, "manager");
    await expect(listAuditEntries(agent, NONE)).rejects.toThrow(NotFoundError);
    await expect(auditEntriesForExport(p.teamWithout, NONE)).rejects.toThrow(NotFoundError);
  });
});

describe("filters and paging", () => {
  it("pages newest first through ties in time, each entry once; the export lists the same", async () => {
    const p = await people();
    // 130 entries in 13 instants: ten share each.
    await entries(
      Array.from({ length: 130 }, (_, i) => ({
        at: T0 + Math.floor(i / 10) * 1000,
        action: i % 2 ? "team.updated" : "auth.signed_in",
        targetType: i % 2 ? "team" : "user",
        targetId: `t${i % 3}`,
      })),
    );
    const ids = await all(p.company);
    expect(ids).toHaveLength(130);
    expect(new Set(ids).size).toBe(130);
    const exported = [...(await auditEntriesForExport(p.company, NONE))];
    expect(exported.map((row) => row.id)).toEqual(ids);
    const times = exported.map((row) => row.at.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    const first = await listAuditEntries(p.company, NONE);
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.count).toBe(130);
  });

  it("filters by days on the viewer's clock, actor, kind of change and object", async () => {
    const p = await people();
    // 23:30 on 19 November in Berlin is 22:30 UTC: it belongs to the 19th there.
    await entries([
      { at: Date.parse("2026-11-19T22:30:00Z"), action: "team.created", targetType: "team", targetId: "x" },
      { at: Date.parse("2026-11-19T23:30:00Z"), action: "team.updated", targetType: "team", targetId: "x" },
      { at: Date.parse("2026-11-20T22:59:00Z"), action: "auth.signed_in", targetType: "user", targetId: "u" },
      {
        at: Date.parse("2026-11-20T23:00:00Z"),
        action: "auth.signed_in",
        targetType: "user",
        targetId: "u",
        actor: "anna@lotse.test",
      },
    ]);
    const find = async (fields: Record<string, string>) =>
      (await listAuditEntries(p.company, parseAuditFilter(fields, "Europe/Berlin"))).rows.map((row) => row.action);
    expect(await find({ from: "2026-11-20", to: "2026-11-20" })).toEqual(["auth.signed_in", "team.updated"]);
    expect(await find({ to: "2026-11-19" })).toEqual(["team.created"]);
    expect(await find({ actor: "Anna@Lotse.test" })).toEqual(["auth.signed_in"]);
    expect(await find({ area: "team" })).toEqual(["team.updated", "team.created"]);
    expect(await find({ objectType: "user", objectId: "u" })).toHaveLength(2);
    expect(await find({ objectType: "team" })).toHaveLength(2);
  });

  it("stops counting past the limit", async () => {
    const p = await people();
    await entries(
      Array.from({ length: AUDIT_COUNT_LIMIT + 5 }, (_, i) => ({
        at: T0 + i,
        action: "auth.signed_in",
        targetType: "user",
      })),
    );
    expect((await listAuditEntries(p.company, NONE)).count).toBe(AUDIT_COUNT_LIMIT + 1);
  });

  it("refuses a filter it cannot read, field by field", () => {
    const refused = (fields: Record<string, string>) => {
      try {
        parseAuditFilter(fields, "Europe/Berlin");
      } catch (error) {
        if (error instanceof ValidationError) return error.fieldErrors;
        throw error;
      }
      return null;
    };
    expect(refused({ from: "2026-02-30" })).toEqual({ from: "reportDateInvalid" });
    expect(refused({ from: "2026-11-20", to: "2026-11-19" })).toEqual({ to: "reportEndBeforeStart" });
    expect(refused({ area: "passwords" })).toEqual({ area: "auditFilterInvalid" });
    expect(refused({ objectType: "table" })).toEqual({ objectType: "auditFilterInvalid" });
    expect(refused({ objectId: "x" })).toEqual({ objectType: "auditFilterInvalid" });
    expect(refused({ objectType: "team", objectId: "x' OR 1=1" })).toEqual({ objectId: "auditFilterInvalid" });
    expect(refused({ actor: "a".repeat(201) })).toEqual({ actor: "auditActorTooLong" });
    expect(refused({})).toBeNull();
  });
});

describe("the catalog", () => {
  it("writes the area with every entry", async () => {
    await db.$transaction((tx) =>
      writeAudit(tx, { actor: { type: "system", label: "test" }, action: "team.created", targetType: "team" }),
    );
    expect(await db.auditLog.findFirstOrThrow({ select: { area: true, actorLabel: true } })).toEqual({
      area: "team",
      actorLabel: "system:test",
    });
  });

  it("knows every action the code writes", () => {
    const written = new Set<string>();
    const walk = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === "generated" ? [] : walk(full);
        return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
      });
    const root = path.resolve(import.meta.dirname, "../..");
    for (const file of [...walk(path.join(root, "lib")), ...walk(path.join(root, "app"))]) {
      const source = fs.readFileSync(file, "utf8");
      // `action: "team.created"`, `action: x ? "a.b" : "c.d"`, and the spelled-out maps (created: "…").
      for (const match of source.matchAll(/\b(?:action|created|updated|deleted):\s*([^,\n}]+)/g))
        for (const literal of match[1]!.matchAll(/"([a-z][A-Za-z]*(?:_[a-z]+)*\.[a-z][A-Za-z_]*)"/g))
          written.add(literal[1]!);
    }
    expect(written.size).toBeGreaterThan(40);
    expect([...written].filter((action) => !(AUDIT_ACTIONS as readonly string[]).includes(action))).toEqual([]);
  });

  it("has the words for every action, area and object in both languages", () => {
    for (const messages of Object.values(allMessages)) {
      const log = messages.AuditLog as unknown as {
        actions: Record<string, Record<string, string>>;
        areas: Record<string, string>;
        objects: Record<string, string>;
      };
      for (const action of AUDIT_ACTIONS) {
        const [area, what] = action.split(".") as [string, string];
        expect(log.actions[area]?.[what], action).toBeTruthy();
      }
      for (const area of AUDIT_AREAS) expect(log.areas[area], area).toBeTruthy();
      for (const type of AUDIT_OBJECT_TYPES) expect(log.objects[type], type).toBeTruthy();
    }
  });
});
