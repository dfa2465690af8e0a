import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { loadForest, provisionsThroughApi, requireCompanyManager } from "@/lib/access/management-scope";
import { parseRights, type TeamManagerRight } from "@/lib/access/rights";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";
import type { TeamForest } from "@/lib/teams/team-forest";

export type TeamManagerEntry = {
  id: string;
  loginId: string;
  email: string;
  name: string;
  disabled: boolean;
  teams: { id: string; path: string }[];
  rights: TeamManagerRight[];
};

/**
 * Team managers may be read by company managers and — read only — by API managers through a token
 * (decision record 28: only company managers add or change managers). Company and API managers are
 * not listed here, and nothing of a password ever is.
 */
function requireManagerReader(actor: Principal): void {
  if (!provisionsThroughApi(actor)) requireCompanyManager(actor);
}

const entrySelect = {
  id: true,
  loginId: true,
  email: true,
  disabled: true,
  manager: { select: { name: true, rights: true, teams: { select: { teamId: true } } } },
} satisfies Prisma.UserSelect;

const teamManagers = { kind: "manager", manager: { role: "team" } } satisfies Prisma.UserWhereInput;

function entryOf(user: Prisma.UserGetPayload<{ select: typeof entrySelect }>, forest: TeamForest): TeamManagerEntry {
  return {
    id: user.id,
    loginId: user.loginId,
    email: user.email,
    name: user.manager?.name ?? "",
    disabled: user.disabled,
    teams: (user.manager?.teams ?? [])
      .map((t) => ({ id: t.teamId, path: forest.path(t.teamId) }))
      .sort((a, b) => a.path.localeCompare(b.path) || (a.id < b.id ? -1 : 1)),
    rights: parseRights(user.manager?.rights ?? "[]"),
  };
}

/** Team managers by login ID (unique), `take` of them after the login ID `after`. */
export async function listTeamManagerDirectory(
  actor: Principal,
  { after, take }: { after?: string; take: number },
): Promise<TeamManagerEntry[]> {
  requireManagerReader(actor);
  const [users, forest] = await Promise.all([
    db.user.findMany({
      where: { ...teamManagers, ...(after ? { loginId: { gt: after } } : {}) },
      orderBy: { loginId: "asc" },
      take,
      select: entrySelect,
    }),
    loadForest(),
  ]);
  return users.map((user) => entryOf(user, forest));
}

export async function getTeamManagerEntry(actor: Principal, id: string): Promise<TeamManagerEntry> {
  requireManagerReader(actor);
  const [user, forest] = await Promise.all([
    db.user.findFirst({ where: { id, ...teamManagers }, select: entrySelect }),
    loadForest(),
  ]);
  if (!user) throw new NotFoundError("manager");
  return entryOf(user, forest);
}
