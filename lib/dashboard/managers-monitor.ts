import "server-only";
import { db } from "@/lib/db/client";

export type ManagerMonitorRow = {
  userId: string;
  name: string;
  role: "company" | "team";
  /** The earliest of their Management Center sign-ins still valid. */
  signedInAt: Date;
  lastSeenAt: Date;
  sessions: number;
  /** The session numbers this manager has open in the Sitzungseinsicht right now. */
  viewing: string[];
};

/** Manager (company managers only): managers signed in to the Management Center now. */
export async function managerRows(viewerId: string, { now, sortOrder }: { now: Date; sortOrder: string }) {
  const sessions = await db.session.findMany({
    where: {
      realm: "manager",
      expiresAt: { gt: now },
      user: { kind: "manager", disabled: false, manager: { role: { in: ["company", "team"] } } },
    },
    select: {
      createdAt: true,
      lastSeenAt: true,
      user: { select: { id: true, loginId: true, manager: { select: { name: true, role: true } } } },
    },
  });
  const views = await db.sessionView.findMany({
    where: { closedAt: null },
    select: { managerId: true, sessionNumber: true },
    orderBy: { openedAt: "asc" },
  });
  const byUser = new Map<string, ManagerMonitorRow>();
  for (const session of sessions) {
    const known = byUser.get(session.user.id);
    if (known) {
      known.sessions++;
      if (session.createdAt < known.signedInAt) known.signedInAt = session.createdAt;
      if (session.lastSeenAt > known.lastSeenAt) known.lastSeenAt = session.lastSeenAt;
      continue;
    }
    byUser.set(session.user.id, {
      userId: session.user.id,
      name: session.user.manager?.name ?? session.user.loginId,
      role: session.user.manager?.role === "company" ? "company" : "team",
      signedInAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      sessions: 1,
      viewing: [...new Set(views.filter((v) => v.managerId === session.user.id).map((v) => v.sessionNumber))],
    });
  }
  const rows = [...byUser.values()].map((row) => ({ ...row, self: row.userId === viewerId }));
  return sortOrder === "signedInSince"
    ? rows.sort((a, b) => a.signedInAt.getTime() - b.signedInAt.getTime())
    : rows.sort((a, b) => a.name.localeCompare(b.name, "de"));
}
