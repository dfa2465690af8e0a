import "server-only";
import { db } from "@/lib/db/client";
import type { ManagementScope } from "@/lib/access/management-scope";
import { parseFunctionSettings } from "@/lib/agent-functions/catalog";
import { resolveSessionLimit } from "@/lib/agent-functions/resolve";
import { teamLevelsOfAll } from "@/lib/teams/teams";
import { type Watch, within } from "./watch";

/** Verfügbar · In Sitzung (n) · Beschäftigt (at the session limit: takes no more) · Abwesend */
export type AgentMonitorStatus = "available" | "inSession" | "busy" | "away";

export type AgentMonitorRow = {
  agentId: string;
  name: string;
  teamName: string | null;
  status: AgentMonitorStatus;
  openSessions: number;
  /** Since when the agent is in this status. */
  statusSince: Date;
  sessionsToday: number;
  signedInAt: Date;
};

/** Mitarbeiter: every agent signed in to the console whom the viewer watches. */
export async function agentsMonitorRows(
  scope: ManagementScope,
  watch: Watch,
  { todayStart, sortOrder }: { todayStart: Date; sortOrder: string },
): Promise<AgentMonitorRow[]> {
  const presences = await db.agentPresence.findMany({
    where: {
      ...(watch.teamIds ? { teamId: { in: [...watch.teamIds] } } : {}),
      agentId: within(watch.agentIds),
    },
  });
  if (presences.length === 0) return [];
  const agentIds = presences.map((p) => p.agentId);
  const [profiles, open, today, lastEnded, levels] = await Promise.all([
    db.agentProfile.findMany({
      where: { userId: { in: agentIds } },
      select: {
        userId: true,
        firstName: true,
        lastName: true,
        functions: true,
        maxSessions: true,
        team: { select: { id: true, name: true } },
      },
    }),
    db.supportSession.groupBy({
      by: ["agentId"],
      where: { agentId: { in: agentIds }, endedAt: null },
      _count: { _all: true },
      _min: { startedAt: true },
    }),
    db.supportSession.groupBy({
      by: ["agentId"],
      where: { agentId: { in: agentIds }, startedAt: { gte: todayStart } },
      _count: { _all: true },
    }),
    db.supportSession.groupBy({
      by: ["agentId"],
      where: { agentId: { in: agentIds }, endedAt: { gte: todayStart } },
      _max: { endedAt: true },
    }),
    teamLevelsOfAll(scope.forest),
  ]);
  const profileOf = new Map(profiles.map((p) => [p.userId, p]));
  const openOf = new Map(open.map((row) => [row.agentId, row]));
  const todayOf = new Map(today.map((row) => [row.agentId, row._count._all]));
  const lastEndOf = new Map(lastEnded.map((row) => [row.agentId, row._max.endedAt]));
  const rows = presences.flatMap((presence): AgentMonitorRow[] => {
    const profile = profileOf.get(presence.agentId);
    if (!profile) return [];
    const openCount = openOf.get(presence.agentId)?._count._all ?? 0;
    const limit = resolveSessionLimit(
      parseFunctionSettings(profile.functions),
      profile.maxSessions,
      levels(profile.team?.id ?? null),
    ).limit;
    const status: AgentMonitorStatus =
      presence.status === "away" ? "away" : openCount >= limit ? "busy" : openCount > 0 ? "inSession" : "available";
    const lastEnd = lastEndOf.get(presence.agentId);
    const since =
      openCount > 0 && status !== "away"
        ? (openOf.get(presence.agentId)?._min.startedAt ?? presence.statusAt)
        : lastEnd && lastEnd > presence.statusAt
          ? lastEnd
          : presence.statusAt;
    return [
      {
        agentId: presence.agentId,
        name: `${profile.lastName}, ${profile.firstName}`,
        teamName: profile.team?.name ?? null,
        status,
        openSessions: openCount,
        statusSince: since,
        sessionsToday: todayOf.get(presence.agentId) ?? 0,
        signedInAt: presence.signedInAt,
      },
    ];
  });
  return rows.sort(agentOrder(sortOrder));
}

const STATUS_ORDER: Record<AgentMonitorStatus, number> = { available: 0, inSession: 1, busy: 2, away: 3 };

function agentOrder(sortOrder: string) {
  const byName = (a: AgentMonitorRow, b: AgentMonitorRow) => a.name.localeCompare(b.name, "de");
  switch (sortOrder) {
    case "status":
      return (a: AgentMonitorRow, b: AgentMonitorRow) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byName(a, b);
    case "statusSince":
      return (a: AgentMonitorRow, b: AgentMonitorRow) =>
        a.statusSince.getTime() - b.statusSince.getTime() || byName(a, b);
    case "team":
      return (a: AgentMonitorRow, b: AgentMonitorRow) =>
        (a.teamName ?? "").localeCompare(b.teamName ?? "", "de") || byName(a, b);
    default:
      return byName;
  }
}
