import "server-only";
import { db } from "@/lib/db/client";
import type { AuditEntryRow } from "./audit-log";

/** "team:<id>" → what the Protokoll calls that object now. */
export type ObjectNames = Map<string, string>;

export const objectKey = (type: string, id: string) => `${type}:${id}`;

/**
 * The current names of the objects a page of entries is about, read in one query per kind. An
 * object that no longer exists has no name here; its entry may still carry one in its summary.
 */
export async function objectNamesOf(rows: AuditEntryRow[]): Promise<ObjectNames> {
  const ids = (type: string) => [
    ...new Set(rows.filter((row) => row.targetType === type && row.targetId).map((row) => row.targetId!)),
  ];
  const [teams, users, portals, subPortals, hours, holidays, sessions, savedReports, apiTokens] = await Promise.all([
    db.team.findMany({ where: { id: { in: ids("team") } }, select: { id: true, name: true } }),
    db.user.findMany({
      where: { id: { in: ids("user") } },
      select: {
        id: true,
        loginId: true,
        manager: { select: { name: true } },
        agent: { select: { firstName: true, lastName: true } },
      },
    }),
    db.portal.findMany({ where: { id: { in: ids("portal") } }, select: { id: true, name: true } }),
    db.subPortal.findMany({
      where: { id: { in: ids("subPortal") } },
      select: { id: true, name: true, portal: { select: { name: true } } },
    }),
    db.businessHoursSet.findMany({ where: { id: { in: ids("businessHoursSet") } }, select: { id: true, name: true } }),
    db.holidaySet.findMany({ where: { id: { in: ids("holidaySet") } }, select: { id: true, name: true } }),
    db.supportSession.findMany({ where: { id: { in: ids("supportSession") } }, select: { id: true, number: true } }),
    db.savedReport.findMany({ where: { id: { in: ids("savedReport") } }, select: { id: true, name: true } }),
    db.apiToken.findMany({ where: { id: { in: ids("apiToken") } }, select: { id: true, name: true, prefix: true } }),
  ]);
  const names: ObjectNames = new Map();
  for (const team of teams) names.set(objectKey("team", team.id), team.name);
  for (const user of users) {
    const person = user.manager?.name ?? (user.agent ? `${user.agent.firstName} ${user.agent.lastName}`.trim() : null);
    names.set(objectKey("user", user.id), person ? `${person} (${user.loginId})` : user.loginId);
  }
  for (const portal of portals) names.set(objectKey("portal", portal.id), portal.name);
  for (const sub of subPortals) names.set(objectKey("subPortal", sub.id), `${sub.portal.name} › ${sub.name}`);
  for (const set of hours) names.set(objectKey("businessHoursSet", set.id), set.name);
  for (const set of holidays) names.set(objectKey("holidaySet", set.id), set.name);
  for (const session of sessions) names.set(objectKey("supportSession", session.id), session.number);
  for (const report of savedReports) names.set(objectKey("savedReport", report.id), report.name);
  // A token by its name and first characters: names repeat, and the prefix is what its holder sees.
  for (const token of apiTokens) names.set(objectKey("apiToken", token.id), `${token.name} (${token.prefix}…)`);
  return names;
}
