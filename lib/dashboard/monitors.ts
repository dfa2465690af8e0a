import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import type { Principal } from "@/lib/auth/principal";
import { type ManagementScope, managementScope, managesTeam } from "@/lib/access/management-scope";
import { writeAudit } from "@/lib/audit/write-audit";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import type { FieldErrors } from "@/lib/errors/error-key";
import { eventBus } from "@/lib/events/event-bus";
import { DASHBOARD_CHANNEL } from "./channels";
import {
  FILTERS,
  isMonitorKind,
  kindsFor,
  MAX_MONITORS,
  type MonitorKind,
  SORT_ORDERS,
  timedOut,
} from "./monitor-kinds";
import type { MonitorFilters } from "./watch";

/** A monitor as a viewer's dashboard shows it. */
export type MonitorView = {
  id: string;
  kind: MonitorKind;
  name: string;
  filters: MonitorFilters;
  sortOrder: string;
  shared: boolean;
  /** The viewer owns it: only the owner changes its settings and removes it for everyone. */
  own: boolean;
  ownerName: string;
  activatedAt: Date;
  timedOut: boolean;
};

type MonitorRow = Awaited<ReturnType<typeof loadRows>>[number];

const ids = (json: string): string[] => {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
};

function viewOf(row: MonitorRow, viewerId: string, now: Date): MonitorView {
  return {
    id: row.id,
    kind: isMonitorKind(row.kind) ? row.kind : "agents",
    name: row.name,
    filters: { teamIds: ids(row.teamIds), portalIds: ids(row.portalIds), agentIds: ids(row.agentIds) },
    sortOrder: row.sortOrder,
    shared: row.shared,
    own: row.ownerId === viewerId,
    ownerName: row.owner.manager?.name ?? row.owner.loginId,
    activatedAt: row.activatedAt,
    timedOut: timedOut(row.activatedAt, now),
  };
}

function loadRows(where: object) {
  return db.dashboardMonitor.findMany({
    where,
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    include: { owner: { select: { loginId: true, manager: { select: { name: true } } } } },
  });
}

/** Who has a dashboard: company and team managers (the manual: "für alle Unternehmens- und Team-Manager"). */
export async function dashboardScope(actor: Principal): Promise<ManagementScope> {
  if (actor.kind !== "manager") throw new NotFoundError();
  return managementScope(actor);
}

/**
 * Whether a viewer sees a monitor shared by another manager: the Manager monitor only for company
 * managers, and a monitor limited to teams only for those who manage one of them.
 */
function sharedMonitorVisible(scope: ManagementScope, view: MonitorView): boolean {
  if (view.kind === "managers") return scope.kind === "company";
  if (scope.kind === "company" || view.filters.teamIds.length === 0) return true;
  return view.filters.teamIds.some((id) => scope.forest.subtree(id).some((team) => managesTeam(scope, team.id)));
}

/**
 * The viewer's dashboard: their own monitors, then those other managers share with them (unless
 * closed here). `scope` is the viewer's dashboardScope when the caller has it already (the live
 * stream and the fragment route run this for every change: loading the scope costs two queries).
 */
export async function dashboardMonitors(
  actor: Principal,
  now = new Date(),
  scope?: ManagementScope,
): Promise<MonitorView[]> {
  scope ??= await dashboardScope(actor);
  const rows = await loadRows({
    OR: [
      { ownerId: actor.userId },
      { shared: true, ownerId: { not: actor.userId }, hiddenFor: { none: { userId: actor.userId } } },
    ],
  });
  const views = rows.map((row) => viewOf(row, actor.userId, now));
  return [...views.filter((v) => v.own), ...views.filter((v) => !v.own && sharedMonitorVisible(scope, v))];
}

/** One monitor the viewer sees, or not found. */
export async function dashboardMonitor(
  actor: Principal,
  monitorId: string,
  now = new Date(),
  scope?: ManagementScope,
): Promise<MonitorView> {
  const monitor = (await dashboardMonitors(actor, now, scope)).find((view) => view.id === monitorId);
  if (!monitor) throw new NotFoundError("monitor");
  return monitor;
}

/** "Einen Monitor hinzufügen": a monitor of that kind with its defaults, at the end of the dashboard. */
export async function addMonitor(actor: Principal, kind: unknown, defaultName: (kind: MonitorKind) => string) {
  const scope = await dashboardScope(actor);
  if (!isMonitorKind(kind) || !kindsFor(scope.kind).includes(kind))
    throw new ValidationError({ kind: "monitorKindRequired" });
  const created = await inTransaction(async (tx) => {
    const count = await tx.dashboardMonitor.count({ where: { ownerId: actor.userId } });
    if (count >= MAX_MONITORS) throw new ValidationError({ kind: "monitorLimit" });
    const monitor = await tx.dashboardMonitor.create({
      data: {
        ownerId: actor.userId,
        kind,
        name: defaultName(kind),
        sortOrder: SORT_ORDERS[kind][0],
        position: count,
      },
    });
    await writeAudit(tx, {
      actor,
      action: "dashboard.monitorAdded",
      targetType: "dashboardMonitor",
      targetId: monitor.id,
      summary: { kind },
    });
    return monitor;
  });
  eventBus.publish(DASHBOARD_CHANNEL, { type: "monitors" });
  return created.id;
}

const idList = z.array(z.string().min(1).max(100)).max(500);

/** "Monitoreinstellungen" as the form sends them. */
export type MonitorSettingsInput = {
  name: string;
  sortOrder: string;
  shared: boolean;
  teamIds: string[];
  portalIds: string[];
  agentIds: string[];
};

/** The owner changes a monitor's settings; what it watches must lie within the owner's own scope. */
export async function updateMonitorSettings(actor: Principal, monitorId: string, input: MonitorSettingsInput) {
  const scope = await dashboardScope(actor);
  const monitor = await db.dashboardMonitor.findFirst({ where: { id: monitorId, ownerId: actor.userId } });
  if (!monitor || !isMonitorKind(monitor.kind)) throw new NotFoundError("monitor");
  const kind = monitor.kind;
  const errors: FieldErrors = {};
  const name = input.name.trim();
  if (!name) errors.name = "monitorNameRequired";
  else if (name.length > 100) errors.name = "tooLong";
  if (!(SORT_ORDERS[kind] as readonly string[]).includes(input.sortOrder)) errors.sortOrder = "sortOrderInvalid";
  const allowed = FILTERS[kind];
  const chosen = {
    teamIds: allowed.includes("teams") ? idList.catch([]).parse(input.teamIds) : [],
    portalIds: allowed.includes("portals") ? idList.catch([]).parse(input.portalIds) : [],
    agentIds: allowed.includes("agents") ? idList.catch([]).parse(input.agentIds) : [],
  };
  if (chosen.teamIds.some((id) => !managesTeam(scope, id))) errors.teamIds = "monitorTeamsInvalid";
  if (chosen.portalIds.length) {
    const visible = await watchablePortalIds(scope, chosen.portalIds);
    if (chosen.portalIds.some((id) => !visible.has(id))) errors.portalIds = "monitorPortalsInvalid";
  }
  if (chosen.agentIds.length) {
    const agents = await db.agentProfile.findMany({
      where: { userId: { in: chosen.agentIds } },
      select: { userId: true, teamId: true },
    });
    const mine = new Set(agents.filter((a) => managesTeam(scope, a.teamId)).map((a) => a.userId));
    if (chosen.agentIds.some((id) => !mine.has(id))) errors.agentIds = "monitorAgentsInvalid";
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  await inTransaction(async (tx) => {
    await tx.dashboardMonitor.update({
      where: { id: monitor.id },
      data: {
        name,
        sortOrder: input.sortOrder,
        shared: input.shared,
        teamIds: JSON.stringify([...new Set(chosen.teamIds)]),
        portalIds: JSON.stringify([...new Set(chosen.portalIds)]),
        agentIds: JSON.stringify([...new Set(chosen.agentIds)]),
      },
    });
    // A monitor shared anew shows again for those who had closed it before.
    if (input.shared && !monitor.shared)
      await tx.dashboardMonitorHidden.deleteMany({ where: { monitorId: monitor.id } });
    await writeAudit(tx, {
      actor,
      action: "dashboard.monitorChanged",
      targetType: "dashboardMonitor",
      targetId: monitor.id,
      summary: { name, sortOrder: input.sortOrder, shared: input.shared, ...chosen },
    });
  });
  eventBus.publish(DASHBOARD_CHANNEL, { type: "monitors" });
}

/** Portals a manager may watch: all for company managers, those with a sub-portal their teams serve for team managers. */
export async function watchablePortalIds(scope: ManagementScope, among?: string[]): Promise<Set<string>> {
  const rows = await db.portal.findMany({
    where: {
      deletedAt: null,
      ...(among ? { id: { in: among } } : {}),
      ...(scope.kind === "team"
        ? { subPortals: { some: { deletedAt: null, teams: { some: { teamId: { in: [...scope.teamIds] } } } } } }
        : {}),
    },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}

/**
 * "Schließen": the owner removes the monitor (for everyone it was shared with); another manager
 * removes a shared monitor from their own dashboard only.
 */
export async function closeMonitor(actor: Principal, monitorId: string) {
  const monitor = await dashboardMonitor(actor, monitorId);
  await inTransaction(async (tx) => {
    if (monitor.own) await tx.dashboardMonitor.delete({ where: { id: monitor.id } });
    else await tx.dashboardMonitorHidden.create({ data: { monitorId: monitor.id, userId: actor.userId } });
    await writeAudit(tx, {
      actor,
      action: monitor.own ? "dashboard.monitorRemoved" : "dashboard.sharedMonitorClosed",
      targetType: "dashboardMonitor",
      targetId: monitor.id,
      summary: { kind: monitor.kind, name: monitor.name },
    });
  });
  eventBus.publish(DASHBOARD_CHANNEL, { type: "monitors" });
}

/** After the 12-hour timeout: watching starts again for another 12 hours (for everyone who sees it). */
export async function reactivateMonitor(actor: Principal, monitorId: string, now = new Date()) {
  const monitor = await dashboardMonitor(actor, monitorId, now);
  await db.dashboardMonitor.update({ where: { id: monitor.id }, data: { activatedAt: now } });
  eventBus.publish(DASHBOARD_CHANNEL, { type: "monitors" });
}
