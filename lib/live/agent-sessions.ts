import "server-only";
import { db, type Prisma } from "@/lib/db/client";

/** How the console lists an agent's sessions, oldest first: the session page link, customer and portal. */
export async function agentSessionList(where: Prisma.SupportSessionWhereInput) {
  const sessions = await db.supportSession.findMany({
    where,
    orderBy: [{ startedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      number: true,
      startedAt: true,
      endedAt: true,
      endedBy: true,
      endReason: true,
      portalName: true,
      subPortalName: true,
      request: { select: { customerName: true } },
    },
  });
  return sessions.map(({ request, ...session }) => ({ ...session, customerName: request.customerName }));
}
