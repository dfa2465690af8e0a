// Puts an organisation straight into a running e2e server's database, for specs whose flow under
// test is not the creation of that organisation (the server re-reads the database on every request):
//
//   DATABASE_URL=file:<abs path> npx tsx --tsconfig scripts/tsconfig.json e2e/support/seed-organisation.ts '<json spec>'
//
// The spec names everything with keys; the script prints { teams: {key: id}, users: {key: id},
// bulkEntries: {key: id}, portals, subPortals, hoursSets, holidaySets, requests, emails } as JSON on its last line
// of output. Specs call it through seed() in organisation.ts.
import { db } from "@/lib/db/client";
import type { TeamManagerRight } from "@/lib/access/rights";
import type { ManagerRole } from "@/lib/auth/principal";
import { newRequestToken } from "@/lib/support-requests/request-token";
import {
  createApiTokenRecord,
  createSupportSessionRecord,
  createTeamRecord,
  createUserRecord,
} from "@/prisma/factories";
import { inTransaction } from "@/lib/db/transaction";
import { forgetDay } from "@/lib/reports/rollup";
import { computeOwedMonths } from "@/lib/monthly-reports/compute";
import { PORTAL_SUBMISSION_RATE_LIMIT, PORTAL_SUBMISSION_SCOPE } from "@/lib/support-requests/rate-limit";
import { randomInt, randomUUID } from "node:crypto";
import { pathToFileURL } from "node:url";
import { SORT_ORDERS } from "@/lib/dashboard/monitor-kinds";
import { moveIntoPlace, writeIncoming } from "@/lib/live/file-storage";

export type SeedTeam = {
  key: string;
  name: string;
  parent?: string;
  /** Stored function settings, e.g. { screenSharing: false }. */
  functions?: Record<string, boolean>;
  maxSessions?: number;
  /** Cap on concurrently signed-in agents (the console's available logins). */
  availableLogins?: number;
  /** Sent automatically as the first message of each session. */
  greeting?: string;
  /** The console's canned messages and URLs, one per entry. */
  cannedMessages?: string[];
  cannedUrls?: string[];
};

export type SeedUser = {
  key: string;
  kind: "manager" | "agent";
  loginId: string;
  password: string;
  language?: "de" | "en";
  /** Managers */
  role?: ManagerRole;
  name?: string;
  teams?: string[];
  rights?: TeamManagerRight[];
  /** Agents */
  firstName?: string;
  lastName?: string;
  /** A team of this seed (its key), or one that exists already (`teamId`). */
  team?: string;
  teamId?: string;
  managementCenterAccess?: boolean;
  /** Deaktiviert: cannot sign in, and their API tokens stop working. */
  disabled?: boolean;
};

/** A Masseneingabe of a manager (user key); a running one has prepared `processed` of `total` (default: all). */
export type SeedBulkEntry = {
  key: string;
  manager: string;
  status: "running" | "done" | "failed";
  total: number;
  processed?: number;
};

/** A portal with its sub-portals (the first one is what /p/<slug> shows) and the teams serving each. */
export type SeedPortal = {
  key: string;
  name: string;
  slug: string;
  type?: "agentSelection" | "questionBox" | "contactButton" | "connectionCode";
  /** Stored portal features, e.g. { fileTransferSend: false }. */
  features?: Record<string, boolean>;
  /** Stored field settings, as lib/portals/portal-fields.ts reads them. */
  fields?: Record<
    string,
    { shown: boolean; required: boolean; label?: { de: string; en: string }; help?: { de: string; en: string } }
  >;
  welcomeDe?: string;
  welcomeEn?: string;
  deleted?: boolean;
  /** Receives a summary of every completed session. */
  completedSessionEmail?: string;
  subPortals: { key: string; name: string; slug: string; teams?: string[] }[];
};

/** Seven days, Monday first, as lib/business-hours/week.ts stores them. */
export type SeedWeek = { mode: "open" | "closed" | "ranges"; ranges?: { from: string; to: string }[] }[];

type SeedSetCommon = {
  key: string;
  name: string;
  timeZone: string;
  closedMessageDe?: string;
  closedMessageEn?: string;
  portals?: string[];
};
export type SeedHoursSet = SeedSetCommon & { week: SeedWeek };
export type SeedHolidaySet = SeedSetCommon & {
  dates: { name: string; startDate: string; endDate?: string; everyYear?: boolean }[];
};

/** A customer's request, as the public portal stores it (for history that must survive deletions). */
export type SeedRequest = {
  key: string;
  /** A sub-portal of this seed (its key), or one that exists already (its id). */
  subPortal?: string;
  subPortalId?: string;
  customerName: string;
  problem?: string;
  language?: "de" | "en";
};

/**
 * A support session between a seeded agent and a seeded request (accepted as the console would,
 * without its activity rows), with a few chat messages; for specs whose subject is not the chat.
 */
export type SeedSession = {
  key: string;
  request: string;
  agent: string;
  messages?: { author: "agent" | "customer"; text: string }[];
};

/** A mail that failed to leave and waits in the outbox for its next attempt (an hour away). */
export type SeedFailedEmail = { key: string; recipient: string; subject: string; lastError: string };

/** A Dashboard monitor as "Einen Monitor hinzufügen" leaves it; `activatedHoursAgo` moves its (re)activation back. */
export type SeedMonitor = {
  key: string;
  owner: string;
  kind: "agents" | "managers" | "activeRequests" | "queues" | "portals";
  name: string;
  sortOrder?: string;
  shared?: boolean;
  activatedHoursAgo?: number;
};

/**
 * A session of the past for the reports (issue 12): it arrived, was accepted and perhaps ended at
 * these times, with its outcome and survey ratings; written with the activity rows the live loop
 * writes (submitted, posted, accepted, ended), so every report sees it as it would a real one.
 */
export type SeedPastSession = {
  key: string;
  subPortal: string;
  agent: string;
  customerName: string;
  arrivedAt: string;
  startedAt: string;
  endedAt?: string;
  outcome?: "resolved" | "unresolved" | "unknown";
  customerRating?: number;
  customerComment?: string;
  agentRating?: number;
  notes?: string;
  /** What it left for Sitzungsinformationen (issue 13): chat lines a second apart from its start, */
  messages?: { author: "agent" | "customer"; text: string }[];
  /** files offered in it (written to the server's data folder), */
  files?: { name: string; direction: "toCustomer" | "toAgent"; text: string }[];
  /** the customer's system information, */
  diagnostics?: Record<string, unknown>;
  /** or that the retention job forgot all of it (its facts stay). */
  contentPurged?: boolean;
};

/** An activity row of the past: a request nobody took, a decline, a sign-in (issue 12). */
export type SeedActivity = {
  type: "submitted" | "posted" | "declined" | "noAgentResponse" | "abandoned" | "agentSignedIn" | "agentSignedOut";
  at: string;
  subPortal?: string;
  agent?: string;
};

/**
 * A report in someone's Meine Berichte: its parameters as the report's address has them, and an
 * E-Mail-Zustellung whose first delivery is a day away.
 */
export type SeedSavedReport = {
  key: string;
  owner: string;
  name: string;
  params: Record<string, string>;
  schedule?: {
    frequency: "daily" | "weekly" | "monthly";
    weekday?: number;
    monthDay?: number;
    time: string;
    format: "csv" | "xlsx" | "html";
  };
};

/**
 * A monthly report of someone's (issue 15), created now: the month that ended last is computed at
 * once from what the seed wrote before it, as the page's "Speichern" does. `params` as the report's
 * address has them, without a period.
 */
export type SeedMonthlyReport = {
  key: string;
  owner: string;
  name: string;
  params: Record<string, string>;
  format?: "csv" | "xlsx" | "pdf";
};

/** An API token of an API manager (user key); its secret comes back in the result. */
export type SeedApiToken = { key: string; owner: string; name?: string; expiresAt?: string; revoked?: boolean };

export type SeedSpec = {
  savedReports?: SeedSavedReport[];
  monthlyReports?: SeedMonthlyReport[];
  pastSessions?: SeedPastSession[];
  activity?: SeedActivity[];
  teams?: SeedTeam[];
  users?: SeedUser[];
  bulkEntries?: SeedBulkEntry[];
  portals?: SeedPortal[];
  hoursSets?: SeedHoursSet[];
  holidaySets?: SeedHolidaySet[];
  requests?: SeedRequest[];
  /** Portal IDs whose request ceiling (300 in 10 minutes) is reached right now. */
  portalCeilingReached?: string[];
  /** Agents (user keys) signed in to the console and available, as after their sign-in at /agent. */
  consoles?: string[];
  failedEmails?: SeedFailedEmail[];
  monitors?: SeedMonitor[];
  sessions?: SeedSession[];
  apiTokens?: SeedApiToken[];
};
export type SeedResult = {
  teams: Record<string, string>;
  users: Record<string, string>;
  bulkEntries: Record<string, string>;
  portals: Record<string, string>;
  subPortals: Record<string, string>;
  hoursSets: Record<string, string>;
  holidaySets: Record<string, string>;
  /** Request number (SupportRequest.id) and the customer's token (the database holds its hash). */
  requests: Record<string, { id: number; token: string }>;
  /** Outbox rows (OutboxEmail.id). */
  emails: Record<string, string>;
  monitors: Record<string, string>;
  /** SupportSession.id and its nine-digit number. */
  sessions: Record<string, { id: string; number: string }>;
  savedReports: Record<string, string>;
  /** MonthlyReport.id, and the ids of its computed months by month ("2026-11"). */
  monthlyReports: Record<string, { id: string; months: Record<string, string> }>;
  /** ApiToken.id and the secret to send as "Authorization: Bearer …". */
  apiTokens: Record<string, { id: string; secret: string }>;
};

/** Seeds `spec` into the database of DATABASE_URL; the keys of everything created map to their ids. */
export async function seedOrganisation(spec: SeedSpec): Promise<SeedResult> {
  const result: SeedResult = {
    teams: {},
    users: {},
    bulkEntries: {},
    portals: {},
    subPortals: {},
    hoursSets: {},
    holidaySets: {},
    monitors: {},
    requests: {},
    emails: {},
    sessions: {},
    savedReports: {},
    monthlyReports: {},
    apiTokens: {},
  };
  const teamId = (key: string) => {
    const id = result.teams[key];
    if (!id) throw new Error(`unknown team key ${key} (teams must be listed after their parent)`);
    return id;
  };
  for (const team of spec.teams ?? []) {
    const row = await createTeamRecord(team.name, team.parent ? teamId(team.parent) : null);
    if (
      team.functions ||
      team.maxSessions ||
      team.availableLogins ||
      team.greeting ||
      team.cannedMessages ||
      team.cannedUrls
    ) {
      await db.team.update({
        where: { id: row.id },
        data: {
          functions: JSON.stringify(team.functions ?? {}),
          maxSessions: team.maxSessions ?? null,
          availableLogins: team.availableLogins ?? null,
          greeting: team.greeting ?? "",
          cannedMessages: (team.cannedMessages ?? []).join("\n"),
          cannedUrls: (team.cannedUrls ?? []).join("\n"),
        },
      });
    }
    result.teams[team.key] = row.id;
  }
  for (const user of spec.users ?? []) {
    const row = await createUserRecord({
      kind: user.kind,
      loginId: user.loginId,
      password: user.password,
      language: user.language ?? "de",
      role: user.role,
      name: user.name,
      firstName: user.firstName,
      lastName: user.lastName,
      managementCenterAccess: user.managementCenterAccess,
      disabled: user.disabled,
      teamIds:
        user.kind === "manager"
          ? (user.teams ?? []).map(teamId)
          : user.team
            ? [teamId(user.team)]
            : user.teamId
              ? [user.teamId]
              : [],
      rights: user.rights,
    });
    if (user.kind === "agent" && user.firstName && user.lastName) {
      // The factory's screen name is the first name; search text as the app writes it.
      await db.agentProfile.update({
        where: { userId: row.id },
        data: {
          searchText: [user.firstName, user.lastName, user.firstName, user.loginId].join(" ").toLocaleLowerCase(),
        },
      });
    }
    result.users[user.key] = row.id;
  }
  for (const job of spec.bulkEntries ?? []) {
    const managerId = result.users[job.manager];
    if (!managerId) throw new Error(`unknown user key ${job.manager}`);
    const row = await db.bulkEntry.create({
      data: {
        managerId,
        status: job.status,
        total: job.total,
        processed: job.processed ?? job.total,
        created: job.status === "done" ? job.total : 0,
      },
    });
    result.bulkEntries[job.key] = row.id;
  }
  await seedPortals(spec, result, teamId);
  await seedSessions(spec, result);
  await seedHistory(spec, result);
  for (const saved of spec.savedReports ?? []) {
    const row = await db.savedReport.create({
      data: {
        ownerId: result.users[saved.owner]!,
        name: saved.name,
        params: JSON.stringify(saved.params),
        expiresAt: new Date(Date.now() + 90 * 24 * 60 * 60 * 1000),
        schedule: saved.schedule
          ? {
              create: {
                frequency: saved.schedule.frequency,
                weekday: saved.schedule.weekday ?? null,
                monthDay: saved.schedule.monthDay ?? null,
                time: saved.schedule.time,
                format: saved.schedule.format,
                timeZone: "Europe/Berlin",
                nextAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
              },
            }
          : undefined,
      },
    });
    result.savedReports[saved.key] = row.id;
  }
  for (const email of spec.failedEmails ?? []) {
    const row = await db.outboxEmail.create({
      data: {
        recipient: email.recipient,
        subject: email.subject,
        html: `<p>${email.subject}</p>`,
        text: email.subject,
        attempts: 3,
        lastError: email.lastError,
        lastAttemptAt: new Date(),
        nextAttemptAt: new Date(Date.now() + 60 * 60 * 1000),
      },
    });
    result.emails[email.key] = row.id;
  }
  for (const monthly of spec.monthlyReports ?? []) {
    const row = await db.monthlyReport.create({
      data: {
        ownerId: result.users[monthly.owner] ?? monthly.owner,
        name: monthly.name,
        params: JSON.stringify(monthly.params),
        format: monthly.format ?? "csv",
      },
    });
    await computeOwedMonths(row.id);
    const months = await db.monthlyReportResult.findMany({ where: { monthlyReportId: row.id } });
    result.monthlyReports[monthly.key] = {
      id: row.id,
      months: Object.fromEntries(months.map((month) => [month.month, month.id])),
    };
  }
  for (const tokenSpec of spec.apiTokens ?? []) {
    const userId = result.users[tokenSpec.owner];
    if (!userId) throw new Error(`unknown user key ${tokenSpec.owner}`);
    const { token, secret } = await createApiTokenRecord({
      userId,
      name: tokenSpec.name,
      expiresAt: tokenSpec.expiresAt ? new Date(tokenSpec.expiresAt) : undefined,
      revokedAt: tokenSpec.revoked ? new Date() : null,
    });
    result.apiTokens[tokenSpec.key] = { id: token.id, secret };
  }
  return result;
}

async function seedPortals(spec: SeedSpec, result: SeedResult, teamId: (key: string) => string) {
  const keyed = (map: Record<string, string>, kind: string) => (key: string) => {
    const id = map[key];
    if (!id) throw new Error(`unknown ${kind} key ${key}`);
    return id;
  };
  const portalId = keyed(result.portals, "portal");
  for (const portal of spec.portals ?? []) {
    const deletedAt = portal.deleted ? new Date() : null;
    const row = await db.portal.create({
      data: {
        name: portal.name,
        slug: portal.deleted ? null : portal.slug,
        type: portal.type ?? "questionBox",
        features: JSON.stringify(portal.features ?? {}),
        fields: JSON.stringify(portal.fields ?? {}),
        welcomeDe: portal.welcomeDe ?? "",
        welcomeEn: portal.welcomeEn ?? "",
        completedSessionEmail: portal.completedSessionEmail ?? null,
        deletedAt,
      },
    });
    result.portals[portal.key] = row.id;
    // One at a time, so that creation order (the sub-portals' list order) is the spec's order.
    for (const [index, sub] of portal.subPortals.entries()) {
      const subRow = await db.subPortal.create({
        data: {
          portalId: row.id,
          name: sub.name,
          slug: portal.deleted ? null : sub.slug,
          deletedAt,
          createdAt: new Date(Date.now() + index),
        },
      });
      result.subPortals[sub.key] = subRow.id;
      if (sub.teams?.length)
        await db.teamSubPortal.createMany({
          data: sub.teams.map((key) => ({ teamId: teamId(key), subPortalId: subRow.id })),
        });
    }
  }
  for (const set of spec.hoursSets ?? []) {
    const row = await db.businessHoursSet.create({
      data: {
        name: set.name,
        timeZone: set.timeZone,
        week: JSON.stringify(set.week.map((day) => ({ mode: day.mode, ranges: day.ranges ?? [] }))),
        closedMessageDe: set.closedMessageDe ?? "",
        closedMessageEn: set.closedMessageEn ?? "",
        portals: { create: (set.portals ?? []).map((key) => ({ portalId: portalId(key) })) },
      },
    });
    result.hoursSets[set.key] = row.id;
  }
  for (const set of spec.holidaySets ?? []) {
    const row = await db.holidaySet.create({
      data: {
        name: set.name,
        timeZone: set.timeZone,
        closedMessageDe: set.closedMessageDe ?? "",
        closedMessageEn: set.closedMessageEn ?? "",
        dates: {
          create: set.dates.map((d) => ({
            name: d.name,
            startDate: d.startDate,
            endDate: d.endDate ?? d.startDate,
            everyYear: d.everyYear ?? false,
          })),
        },
        portals: { create: (set.portals ?? []).map((key) => ({ portalId: portalId(key) })) },
      },
    });
    result.holidaySets[set.key] = row.id;
  }
  const subPortalId = keyed(result.subPortals, "sub-portal");
  for (const request of spec.requests ?? []) {
    const sub = await db.subPortal.findUniqueOrThrow({
      where: { id: request.subPortalId ?? subPortalId(request.subPortal ?? "") },
      include: { portal: true },
    });
    // The customer's key; the database keeps only its hash.
    const { token, hash } = newRequestToken();
    const row = await db.supportRequest.create({
      data: {
        token: hash,
        subPortalId: sub.id,
        portalName: sub.portal.name,
        subPortalName: sub.name,
        portalType: sub.portal.type,
        language: request.language ?? "de",
        customerName: request.customerName,
        problem: request.problem ?? "",
      },
    });
    result.requests[request.key] = { id: row.id, token };
  }
  // A console presence needs a live browser session, else the presence job signs it out.
  for (const key of spec.consoles ?? []) {
    const agentId = result.users[key];
    if (!agentId) throw new Error(`unknown user key ${key}`);
    const profile = await db.agentProfile.findUniqueOrThrow({ where: { userId: agentId } });
    const session = await db.session.create({
      data: { id: randomUUID(), userId: agentId, realm: "agent", expiresAt: new Date(Date.now() + 12 * 3_600_000) },
    });
    // No browser keeps a seeded console alive: seen "for the next hour", so the presence job (which
    // signs out consoles unseen for minutes) leaves it alone however long the test runs.
    await db.agentPresence.create({
      data: {
        agentId,
        sessionId: session.id,
        status: "available",
        teamId: profile.teamId,
        lastSeenAt: new Date(Date.now() + 3_600_000),
      },
    });
  }
  for (const monitor of spec.monitors ?? []) {
    const ownerId = result.users[monitor.owner];
    if (!ownerId) throw new Error(`unknown user key ${monitor.owner}`);
    const row = await db.dashboardMonitor.create({
      data: {
        ownerId,
        kind: monitor.kind,
        name: monitor.name,
        sortOrder: monitor.sortOrder ?? SORT_ORDERS[monitor.kind][0],
        shared: monitor.shared ?? false,
        activatedAt: new Date(Date.now() - (monitor.activatedHoursAgo ?? 0) * 3_600_000),
      },
    });
    result.monitors[monitor.key] = row.id;
  }
  // The portal's ceiling reached in the current window, as after a flood of forged requests.
  for (const portalId of spec.portalCeilingReached ?? []) {
    const data = { count: PORTAL_SUBMISSION_RATE_LIMIT.limit, windowStart: new Date() };
    await db.rateLimit.upsert({
      where: { key: `${PORTAL_SUBMISSION_SCOPE}:${portalId}` },
      create: { key: `${PORTAL_SUBMISSION_SCOPE}:${portalId}`, ...data },
      update: data,
    });
  }
}

async function seedSessions(spec: SeedSpec, result: SeedResult) {
  for (const session of spec.sessions ?? []) {
    const request = result.requests[session.request];
    const agentId = result.users[session.agent];
    if (!request || !agentId) throw new Error(`unknown request or agent of session ${session.key}`);
    const row = await db.supportRequest.findUniqueOrThrow({
      where: { id: request.id },
      include: { subPortal: true },
    });
    const agent = await db.agentProfile.findUniqueOrThrow({ where: { userId: agentId }, include: { team: true } });
    const now = new Date();
    await db.supportRequest.update({ where: { id: row.id }, data: { status: "accepted", closedAt: now } });
    const created = await db.supportSession.create({
      data: {
        number: String(100_000_000 + randomInt(900_000_000)),
        requestId: row.id,
        agentId,
        agentName: agent.screenName,
        teamId: agent.teamId,
        teamName: agent.team?.name ?? "",
        portalId: row.subPortal.portalId,
        portalName: row.portalName,
        subPortalId: row.subPortalId,
        subPortalName: row.subPortalName,
        startedAt: now,
        waitMs: Math.max(0, now.getTime() - row.createdAt.getTime()),
        events: {
          create: (session.messages ?? []).map((m) => ({
            type: "message",
            author: m.author,
            body: JSON.stringify({ text: m.text }),
          })),
        },
      },
    });
    result.sessions[session.key] = { id: created.id, number: created.number };
  }
}

/**
 * Past sessions and activity rows, with the names as they are now (as the live loop copies them).
 * Nothing real writes into a day that is over; this does, so it drops those days from the reports'
 * rollup (its job may have rolled them up already), as a late outcome or survey does.
 */
async function seedHistory(spec: SeedSpec, result: SeedResult) {
  const days = new Set(
    [
      ...(spec.pastSessions ?? []).flatMap((s) => [s.arrivedAt, s.startedAt, ...(s.endedAt ? [s.endedAt] : [])]),
      ...(spec.activity ?? []).map((a) => a.at),
    ].map((at) => new Date(at).toISOString().slice(0, 10)),
  );
  for (const day of days) await inTransaction((tx) => forgetDay(tx, day));
  const subPortalOf = async (key: string) => {
    const id = result.subPortals[key] ?? key;
    const sub = await db.subPortal.findUniqueOrThrow({ where: { id }, include: { portal: true } });
    return {
      portal: { id: sub.portal.id, name: sub.portal.name, type: sub.portal.type },
      subPortal: { id: sub.id, name: sub.name },
    };
  };
  const agentOf = async (key: string) => {
    const agent = await db.agentProfile.findUniqueOrThrow({
      where: { userId: result.users[key] ?? key },
      include: { team: true },
    });
    return { id: agent.userId, name: agent.screenName, teamId: agent.teamId, teamName: agent.team?.name ?? "" };
  };
  for (const past of spec.pastSessions ?? []) {
    const where = await subPortalOf(past.subPortal);
    const agent = await agentOf(past.agent);
    const created = await createSupportSessionRecord({
      ...where,
      agent,
      customerName: past.customerName,
      arrivedAt: new Date(past.arrivedAt),
      startedAt: new Date(past.startedAt),
      endedAt: past.endedAt ? new Date(past.endedAt) : null,
      outcome: past.outcome ?? null,
      customerRating: past.customerRating ?? null,
      customerComment: past.customerComment,
      agentRating: past.agentRating ?? null,
    });
    const base = {
      requestId: created.requestId,
      portalId: where.portal.id,
      portalName: where.portal.name,
      subPortalId: where.subPortal.id,
      subPortalName: where.subPortal.name,
    };
    const by = { agentId: agent.id, agentName: agent.name, teamId: agent.teamId, teamName: agent.teamName };
    await db.activityEvent.createMany({
      data: [
        { ...base, type: "submitted", at: new Date(past.arrivedAt) },
        { ...base, type: "posted", at: new Date(past.arrivedAt) },
        { ...base, ...by, sessionId: created.id, type: "accepted", at: new Date(past.startedAt) },
        ...(past.endedAt ? [{ ...base, ...by, sessionId: created.id, type: "ended", at: new Date(past.endedAt) }] : []),
      ],
    });
    await seedContent(created.id, past);
    result.sessions[past.key] = { id: created.id, number: created.number };
  }
  for (const row of spec.activity ?? []) {
    const where = row.subPortal ? await subPortalOf(row.subPortal) : null;
    const agent = row.agent ? await agentOf(row.agent) : null;
    await db.activityEvent.create({
      data: {
        type: row.type,
        at: new Date(row.at),
        portalId: where?.portal.id ?? null,
        portalName: where?.portal.name ?? null,
        subPortalId: where?.subPortal.id ?? null,
        subPortalName: where?.subPortal.name ?? null,
        agentId: agent?.id ?? null,
        agentName: agent?.name ?? null,
        teamId: agent?.teamId ?? null,
        teamName: agent?.teamName ?? null,
      },
    });
  }
}

/** A past session's transcript, files and diagnostics as the live loop leaves them, or its forgetting. */
async function seedContent(sessionId: string, past: SeedPastSession) {
  const started = new Date(past.startedAt).getTime();
  const at = (i: number) => new Date(started + (i + 1) * 1000);
  const events: { type: string; author: string; body: string; createdAt: Date }[] = (past.messages ?? []).map(
    (m, i) => ({ type: "message", author: m.author, body: JSON.stringify({ text: m.text }), createdAt: at(i) }),
  );
  for (const file of past.files ?? []) {
    const bytes = new TextEncoder().encode(file.text);
    const row = await db.sessionFile.create({
      data: { sessionId, direction: file.direction, name: file.name, contentType: "text/plain", size: bytes.length },
    });
    await moveIntoPlace(await writeIncoming(bytes), sessionId, row.id);
    events.push({
      type: "file",
      author: file.direction === "toCustomer" ? "agent" : "customer",
      body: JSON.stringify({ fileId: row.id, name: file.name, size: bytes.length }),
      createdAt: at(events.length),
    });
  }
  if (past.diagnostics) {
    events.push(
      { type: "diagnosticsRequested", author: "agent", body: "{}", createdAt: at(events.length) },
      { type: "diagnostics", author: "customer", body: "{}", createdAt: at(events.length + 1) },
    );
  }
  if (past.endedAt) events.push({ type: "ended", author: "system", body: "{}", createdAt: new Date(past.endedAt) });
  await db.sessionEvent.createMany({ data: events.map((event) => ({ ...event, sessionId })) });
  await db.supportSession.update({
    where: { id: sessionId },
    data: {
      notes: past.notes ?? "",
      diagnostics: past.diagnostics ? JSON.stringify(past.diagnostics) : null,
      ...(past.endedAt ? { endedBy: "agent" } : {}),
    },
  });
  if (past.contentPurged) {
    await db.sessionEvent.deleteMany({ where: { sessionId } });
    await db.sessionFile.deleteMany({ where: { sessionId } });
    await db.supportSession.update({
      where: { id: sessionId },
      data: { diagnostics: null, contentPurgedAt: new Date() },
    });
  }
}

// Run as a script (not imported by the seed server): one spec from the command line.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  seedOrganisation(JSON.parse(process.argv[2] ?? "{}") as SeedSpec).then(
    async (result) => {
      await db.$disconnect();
      console.log(JSON.stringify(result));
    },
    async (error) => {
      console.error(error);
      await db.$disconnect();
      process.exit(1);
    },
  );
}
