import "server-only";
import { db } from "@/lib/db/client";
import { type ManagementScope, hasRight } from "@/lib/access/management-scope";
import { type Watch, within } from "./watch";

/** A request still waiting (maybe offered to an agent right now), or a session running. */
export type ActiveRequestRow = {
  key: string;
  state: "waiting" | "offered" | "inSession";
  /** The nine-digit session number; none while the request waits. */
  number: string | null;
  requestId: number;
  customerName: string;
  portalName: string;
  subPortalName: string;
  teamName: string | null;
  agentName: string | null;
  /** Waiting since (request) or running since (session). */
  since: Date;
  /** The running session's id, when the viewer may open its Sitzungseinsicht. */
  viewSessionId: string | null;
};

/** Aktive Anfragen: waiting requests on the watched sub-portals and running sessions of the watched teams. */
export async function activeRequestRows(
  scope: ManagementScope,
  watch: Watch,
  { sortOrder }: { sortOrder: string },
): Promise<ActiveRequestRow[]> {
  const mayView = hasRight(scope, "supervisorViewing");
  const [waiting, sessions] = await Promise.all([
    db.supportRequest.findMany({
      where: {
        status: "waiting",
        subPortalId: within(watch.subPortalIds),
        ...(watch.agentIds
          ? { OR: [{ chosenAgentId: within(watch.agentIds) }, { offeredToId: within(watch.agentIds) }] }
          : {}),
      },
      select: {
        id: true,
        customerName: true,
        portalName: true,
        subPortalName: true,
        createdAt: true,
        offeredToId: true,
        chosenAgentId: true,
      },
      take: 500,
    }),
    db.supportSession.findMany({
      where: {
        endedAt: null,
        ...(watch.teamIds ? { teamId: { in: [...watch.teamIds] } } : {}),
        portalId: within(watch.portalIds),
        agentId: within(watch.agentIds),
      },
      select: {
        id: true,
        number: true,
        agentId: true,
        requestId: true,
        portalName: true,
        subPortalName: true,
        teamName: true,
        agentName: true,
        startedAt: true,
        request: { select: { customerName: true } },
      },
      take: 500,
    }),
  ]);
  // Agents by their full name, as the Mitarbeiter monitor shows them (a session copied the screen name).
  const addressed = [
    ...new Set([...waiting.flatMap((r) => [r.offeredToId, r.chosenAgentId]), ...sessions.map((s) => s.agentId)]),
  ].filter((id) => id !== null);
  const names = new Map(
    (
      await db.agentProfile.findMany({
        where: { userId: { in: addressed } },
        select: { userId: true, firstName: true, lastName: true },
      })
    ).map((a) => [a.userId, `${a.lastName}, ${a.firstName}`]),
  );
  const rows: ActiveRequestRow[] = [
    ...waiting.map((r) => {
      const agentId = r.offeredToId ?? r.chosenAgentId;
      return {
        key: `r${r.id}`,
        state: r.offeredToId ? ("offered" as const) : ("waiting" as const),
        number: null,
        requestId: r.id,
        customerName: r.customerName,
        portalName: r.portalName,
        subPortalName: r.subPortalName,
        teamName: null,
        agentName: agentId ? (names.get(agentId) ?? null) : null,
        since: r.createdAt,
        viewSessionId: null,
      };
    }),
    ...sessions.map((s) => ({
      key: `s${s.id}`,
      state: "inSession" as const,
      number: s.number,
      requestId: s.requestId,
      customerName: s.request.customerName,
      portalName: s.portalName,
      subPortalName: s.subPortalName,
      teamName: s.teamName,
      agentName: (s.agentId && names.get(s.agentId)) || s.agentName,
      since: s.startedAt,
      viewSessionId: mayView ? s.id : null,
    })),
  ];
  return rows.sort(activeOrder(sortOrder));
}

function activeOrder(sortOrder: string) {
  const oldest = (a: ActiveRequestRow, b: ActiveRequestRow) => a.since.getTime() - b.since.getTime();
  switch (sortOrder) {
    case "newestFirst":
      return (a: ActiveRequestRow, b: ActiveRequestRow) => -oldest(a, b);
    case "portal":
      return (a: ActiveRequestRow, b: ActiveRequestRow) =>
        `${a.portalName} ${a.subPortalName}`.localeCompare(`${b.portalName} ${b.subPortalName}`, "de") || oldest(a, b);
    default:
      return oldest;
  }
}
