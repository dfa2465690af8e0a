// Builders for people and sessions, shared by the tests and the demo data.
import { randomBytes, randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { ManagerRole, Principal, Realm, UserKind } from "@/lib/auth/principal";
import { principalOf } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import type { TeamManagerRight } from "@/lib/access/rights";
import { newTokenSecret } from "@/lib/api/token-secret";

export const DEFAULT_TEST_PASSWORD = "Correct-horse-42";

type UserSpec = {
  kind: UserKind;
  loginId?: string;
  email?: string;
  password?: string;
  language?: Locale;
  timeZone?: string;
  role?: ManagerRole;
  name?: string;
  firstName?: string;
  lastName?: string;
  managementCenterAccess?: boolean;
  disabled?: boolean;
  /** Team managers: the teams they manage. Agents: their team (the first). */
  teamIds?: string[];
  rights?: TeamManagerRight[];
};

// Hashing is deliberately slow; factories hash each distinct password once.
const hashes = new Map<string, Promise<string>>();
function cachedHash(password: string) {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
}

export async function createTeamRecord(name: string, parentId: string | null = null) {
  return db.team.create({ data: { name, parentId } });
}

export async function createUserRecord(spec: UserSpec) {
  const loginId = spec.loginId ?? `${spec.kind}-${randomUUID().slice(0, 8)}@lotse.test`;
  return db.user.create({
    data: {
      kind: spec.kind,
      loginId,
      email: spec.email ?? loginId,
      passwordHash: await cachedHash(spec.password ?? DEFAULT_TEST_PASSWORD),
      language: spec.language ?? "en",
      timeZone: spec.timeZone ?? "Europe/Berlin",
      disabled: spec.disabled ?? false,
      ...(spec.kind === "manager"
        ? {
            manager: {
              create: {
                name: spec.name ?? "Test Manager",
                role: spec.role ?? "company",
                rights: JSON.stringify(spec.rights ?? []),
                teams: { create: (spec.teamIds ?? []).map((teamId) => ({ teamId })) },
              },
            },
          }
        : {}),
      ...(spec.kind === "agent"
        ? {
            agent: {
              create: {
                firstName: spec.firstName ?? "Test",
                lastName: spec.lastName ?? "Agent",
                screenName: spec.firstName ?? "Test",
                managementCenterAccess: spec.managementCenterAccess ?? false,
                teamId: spec.teamIds?.[0] ?? null,
                searchText:
                  `${spec.firstName ?? "Test"} ${spec.lastName ?? "Agent"} ${spec.firstName ?? "Test"} ${loginId}`.toLowerCase(),
              },
            },
          }
        : {}),
    },
    include: { manager: true, agent: true },
  });
}

/** Opens a session row for a user and returns the principal a request would carry. */
export async function signedInPrincipal(
  user: Awaited<ReturnType<typeof createUserRecord>>,
  realm: Realm = user.kind === "admin" ? "admin" : "manager",
): Promise<Principal> {
  const session = await db.session.create({
    data: { id: randomBytes(16).toString("hex"), userId: user.id, realm, expiresAt: new Date(Date.now() + 3600_000) },
  });
  return principalOf(user, session);
}

export type PortalSpec = {
  name?: string;
  slug?: string;
  type?: "agentSelection" | "questionBox" | "contactButton" | "connectionCode";
  subPortals?: string[];
  /** Teams that serve the first sub-portal. */
  teamIds?: string[];
  features?: Record<string, boolean>;
  fields?: Record<string, unknown>;
};

/** A portal with its sub-portals (named, slug = lower-cased name), the first served by `teamIds`. */
export async function createPortalRecord(spec: PortalSpec = {}) {
  const suffix = randomUUID().slice(0, 8);
  const slugOf = (name: string) =>
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
  const portal = await db.portal.create({
    data: {
      name: spec.name ?? `Portal ${suffix}`,
      slug: spec.slug ?? `portal-${suffix}`,
      type: spec.type ?? "questionBox",
      features: JSON.stringify(spec.features ?? {}),
      fields: JSON.stringify(spec.fields ?? {}),
      // Distinct creation times keep "the first sub-portal" (the one /p/<portal> shows) well defined.
      subPortals: {
        create: (spec.subPortals ?? ["Standard"]).map((name, i) => ({
          name,
          slug: slugOf(name),
          createdAt: new Date(Date.now() + i),
        })),
      },
    },
    include: { subPortals: { orderBy: { createdAt: "asc" } } },
  });
  const first = portal.subPortals[0]!;
  if (spec.teamIds?.length) {
    await db.teamSubPortal.createMany({ data: spec.teamIds.map((teamId) => ({ teamId, subPortalId: first.id })) });
  }
  return portal;
}

export type SessionSpec = {
  portal: { id: string; name: string; type: string };
  subPortal: { id: string; name: string };
  agent: { id: string; name: string; teamId: string | null; teamName: string };
  /** When the customer's request arrived; the session starts at `startedAt`. */
  arrivedAt: Date;
  startedAt: Date;
  endedAt?: Date | null;
  outcome?: string | null;
  customerName?: string;
  customerRating?: number | null;
  customerComment?: string;
  agentRating?: number | null;
  agentComment?: string;
};

/** An accepted request and its session, written directly (reports read them; nothing live happens). */
export async function createSupportSessionRecord(spec: SessionSpec) {
  const request = await db.supportRequest.create({
    data: {
      token: randomBytes(16).toString("hex"),
      subPortalId: spec.subPortal.id,
      portalName: spec.portal.name,
      subPortalName: spec.subPortal.name,
      portalType: spec.portal.type,
      status: "accepted",
      language: "de",
      customerName: spec.customerName ?? "",
      createdAt: spec.arrivedAt,
      closedAt: spec.startedAt,
    },
  });
  return db.supportSession.create({
    data: {
      number: String(100_000_000 + request.id),
      requestId: request.id,
      agentId: spec.agent.id,
      agentName: spec.agent.name,
      teamId: spec.agent.teamId,
      teamName: spec.agent.teamName,
      portalId: spec.portal.id,
      portalName: spec.portal.name,
      subPortalId: spec.subPortal.id,
      subPortalName: spec.subPortal.name,
      startedAt: spec.startedAt,
      waitMs: Math.max(0, spec.startedAt.getTime() - spec.arrivedAt.getTime()),
      endedAt: spec.endedAt ?? null,
      durationMs: spec.endedAt ? Math.max(0, spec.endedAt.getTime() - spec.startedAt.getTime()) : null,
      outcome: spec.outcome ?? null,
      customerRating: spec.customerRating ?? null,
      customerComment: spec.customerComment ?? "",
      agentRating: spec.agentRating ?? null,
      agentComment: spec.agentComment ?? "",
    },
  });
}

export type ApiTokenSpec = { userId: string; name?: string; expiresAt?: Date; revokedAt?: Date | null };

/** An API token row and its secret (only the hash is stored), as the Management Center would make it. */
export async function createApiTokenRecord(spec: ApiTokenSpec) {
  const { secret, prefix, secretHash } = newTokenSecret();
  const token = await db.apiToken.create({
    data: {
      userId: spec.userId,
      name: spec.name ?? "Test token",
      prefix,
      secretHash,
      expiresAt: spec.expiresAt ?? new Date(Date.now() + 30 * 24 * 3600_000),
      revokedAt: spec.revokedAt ?? null,
    },
  });
  return { token, secret };
}
