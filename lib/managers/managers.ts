import "server-only";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit, writeAuditMany } from "@/lib/audit/write-audit";
import { stopSchedulesOfDeletedUsers } from "@/lib/reports/delivery/report-schedules";
import { loadForest, requireCompanyManager } from "@/lib/access/management-scope";
import { parseRights } from "@/lib/access/rights";
import { readAccountGrants } from "@/lib/admin/account-grants";
import { keepUnavailableRights } from "@/lib/features/availability";
import { hashPassword } from "@/lib/auth/password";
import type { Principal } from "@/lib/auth/principal";
import { endSessionsOfUser } from "@/lib/auth/session";
import { defaultTimeZone } from "@/lib/config/env";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { apiManagerSchema, type ApiManagerInput, teamManagerSchema, type TeamManagerInput } from "./manager-input";
import { enqueueEmail } from "@/lib/mail/outbox";
import { emailChangeNoticeIfChanged } from "@/lib/users/email-change-notice";

export type ManagerSearch = { name?: string; loginId?: string; email?: string };

const contains = (value?: string) => (value?.trim() ? { contains: value.trim() } : undefined);

/** The "Manager" tab: team managers (or API managers), filtered by the search fields. */
export async function listManagers(actor: Principal, role: "team" | "api", search: ManagerSearch = {}) {
  requireCompanyManager(actor);
  const [users, forest] = await Promise.all([
    db.user.findMany({
      where: {
        kind: "manager",
        loginId: contains(search.loginId?.toLowerCase()),
        email: contains(search.email),
        manager: { role, name: contains(search.name) },
      },
      include: { manager: { include: { teams: true } } },
      orderBy: { loginId: "asc" },
    }),
    loadForest(),
  ]);
  return users.map((u) => ({
    id: u.id,
    loginId: u.loginId,
    email: u.email,
    name: u.manager?.name ?? "",
    teams: (u.manager?.teams ?? []).map((t) => forest.path(t.teamId)).sort(),
  }));
}

async function findManager(id: string, role: "team" | "api") {
  const user = await db.user.findFirst({
    where: { id, kind: "manager", manager: { role } },
    include: { manager: { include: { teams: true } } },
  });
  if (!user?.manager) throw new NotFoundError("manager");
  return { ...user, manager: user.manager };
}

export async function getTeamManager(actor: Principal, id: string) {
  requireCompanyManager(actor);
  const user = await findManager(id, "team");
  return {
    id: user.id,
    loginId: user.loginId,
    email: user.email,
    language: user.language,
    timeZone: user.timeZone,
    name: user.manager.name,
    teamIds: user.manager.teams.map((t) => t.teamId),
    rights: parseRights(user.manager.rights),
  };
}

async function assertLoginFree(loginId: string, exceptUserId?: string) {
  const holder = await db.user.findUnique({ where: { loginId }, select: { id: true } });
  if (holder && holder.id !== exceptUserId) throw new ValidationError({ loginId: "loginIdTaken" });
}

async function parseTeamManager(input: TeamManagerInput, { creating }: { creating: boolean }) {
  const parsed = teamManagerSchema.safeParse(input);
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  // Named together with the other faults, not in a second round once they are fixed.
  if (creating && !input.password) errors.password = "passwordRequired";
  if (parsed.success) {
    const known = await db.team.count({ where: { id: { in: parsed.data.teamIds } } });
    if (known !== new Set(parsed.data.teamIds).size) errors.teamIds = "teamsRequired";
  }
  if (!parsed.success || Object.keys(errors).length > 0) throw new ValidationError(errors);
  return parsed.data;
}

/** Creates a team or API manager (company managers are the Admin Center's) and audits it. */
async function insertManager(
  actor: Principal,
  person: { loginId: string; email: string; name: string; password: string },
  profile: { role: "team" | "api"; rights?: string[]; teamIds?: string[] },
) {
  await assertLoginFree(person.loginId);
  const passwordHash = await hashPassword(person.password);
  const teamIds = [...new Set(profile.teamIds ?? [])];
  return inTransaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        kind: "manager",
        loginId: person.loginId,
        email: person.email,
        passwordHash,
        language: actor.language,
        timeZone: defaultTimeZone(),
        manager: {
          create: {
            name: person.name,
            role: profile.role,
            rights: JSON.stringify(profile.rights ?? []),
            teams: { create: teamIds.map((teamId) => ({ teamId })) },
          },
        },
      },
    });
    await writeAudit(tx, {
      actor,
      action: "manager.created",
      targetType: "user",
      targetId: user.id,
      summary: {
        role: profile.role,
        loginId: person.loginId,
        email: person.email,
        name: person.name,
        teamIds,
        rights: profile.rights ?? [],
      },
    });
    return user;
  });
}

/** "Manager hinzufügen": a team manager for one or more teams, with team-level rights. */
export async function createTeamManager(actor: Principal, input: TeamManagerInput) {
  requireCompanyManager(actor);
  const data = await parseTeamManager(input, { creating: true });
  // A right that is not available yet cannot be granted (a new manager has none stored).
  const rights = keepUnavailableRights(data.rights, []);
  return insertManager(actor, data, { role: "team", rights, teamIds: data.teamIds });
}

export async function updateTeamManager(actor: Principal, id: string, input: TeamManagerInput) {
  requireCompanyManager(actor);
  const before = await getTeamManager(actor, id);
  const parsed = await parseTeamManager(input, { creating: false });
  // A right that is not available yet keeps its stored value, whatever the form says.
  const data = { ...parsed, rights: keepUnavailableRights(parsed.rights, before.rights) };
  await assertLoginFree(data.loginId, id);
  const passwordHash = data.password ? await hashPassword(data.password) : undefined;
  const notice = await emailChangeNoticeIfChanged(before, data.email, actor.loginId);
  await inTransaction(async (tx) => {
    if (notice) await enqueueEmail(tx, notice);
    await tx.user.update({
      where: { id },
      data: {
        loginId: data.loginId,
        email: data.email,
        ...(passwordHash ? { passwordHash, passwordChangedAt: new Date(), mustChangePassword: true } : {}),
        manager: {
          update: {
            name: data.name,
            rights: JSON.stringify(data.rights),
            teams: { deleteMany: {}, create: [...new Set(data.teamIds)].map((teamId) => ({ teamId })) },
          },
        },
      },
    });
    // A new password or login ends the manager's sessions; teams and rights apply on the next request anyway.
    if (passwordHash || data.loginId !== before.loginId) await endSessionsOfUser(tx, id);
    await writeAudit(tx, {
      actor,
      action: "manager.updated",
      targetType: "user",
      targetId: id,
      summary: {
        before: {
          loginId: before.loginId,
          email: before.email,
          name: before.name,
          teamIds: before.teamIds,
          rights: before.rights,
        },
        after: {
          loginId: data.loginId,
          email: data.email,
          name: data.name,
          teamIds: data.teamIds,
          rights: data.rights,
        },
        ...(passwordHash ? { password: "reset" } : {}),
      },
    });
  });
}

/** "Ausgewählte Manager löschen": all or nothing; company managers are never deleted here. */
export async function deleteManagers(actor: Principal, ids: string[]) {
  requireCompanyManager(actor);
  const unique = [...new Set(ids)];
  const targets = await db.user.findMany({
    where: { id: { in: unique }, kind: "manager", manager: { role: { in: ["team", "api"] } } },
    include: { manager: true },
  });
  if (unique.length === 0 || targets.length !== unique.length) throw new NotFoundError("manager");
  await inTransaction(async (tx) => {
    await stopSchedulesOfDeletedUsers(tx, actor, unique);
    await tx.user.deleteMany({ where: { id: { in: unique } } });
    await writeAuditMany(
      tx,
      targets.map((user) => ({
        actor,
        action: "manager.deleted",
        targetType: "user",
        targetId: user.id,
        summary: { loginId: user.loginId, name: user.manager?.name, role: user.manager?.role },
      })),
    );
  });
  return targets.length;
}

export async function managerNames(actor: Principal, ids: string[]) {
  requireCompanyManager(actor);
  const users = await db.user.findMany({
    where: { id: { in: ids }, kind: "manager", manager: { role: { in: ["team", "api"] } } },
    include: { manager: true },
    orderBy: { loginId: "asc" },
  });
  return users.map((u) => ({ id: u.id, loginId: u.loginId, name: u.manager?.name ?? "" }));
}

/** Whether the API-Manager tab exists: an Admin Center grant. */
export async function mayCreateApiManagers(actor: Principal): Promise<boolean> {
  if (actor.kind !== "manager" || actor.managerRole !== "company") return false;
  return (await readAccountGrants()).companyManagersMayCreateApiManagers;
}

export async function createApiManager(actor: Principal, input: ApiManagerInput) {
  if (!(await mayCreateApiManagers(actor))) throw new NotFoundError();
  const parsed = apiManagerSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  return insertManager(actor, parsed.data, { role: "api" });
}
/** Every team, as "Parent › Child" paths, for the "teams managed" checkboxes. */
export async function assignableTeams(actor: Principal) {
  requireCompanyManager(actor);
  const forest = await loadForest();
  return forest
    .children(null)
    .flatMap((root) => forest.subtree(root.id))
    .map((team) => ({ id: team.id, path: forest.path(team.id) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
