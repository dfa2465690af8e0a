import { db } from "@/lib/db/client";
import { createPortalRecord, createTeamRecord, createUserRecord } from "@/prisma/factories";

const CLOSED_WEEK = JSON.stringify(Array.from({ length: 7 }, () => ({ mode: "closed", ranges: [] })));

/** Business hours closed all week, with a closed message, assigned to the portal. */
export async function closeAllWeek(
  portalId: string,
  message = { de: "Wir sind im Urlaub.", en: "We are on holiday." },
) {
  const set = await db.businessHoursSet.create({
    data: {
      name: "Nie",
      timeZone: "Europe/Berlin",
      week: CLOSED_WEEK,
      closedMessageDe: message.de,
      closedMessageEn: message.en,
    },
  });
  await db.portalBusinessHours.create({ data: { portalId, setId: set.id } });
  return set;
}

/** A holiday on one calendar day (Europe/Berlin) for the portal. */
export async function holidayOn(portalId: string, date: string, name = "Weihnachten") {
  const set = await db.holidaySet.create({
    data: {
      name: "Feiertage",
      timeZone: "Europe/Berlin",
      dates: { create: { name, startDate: date, endDate: date } },
    },
  });
  await db.portalHolidaySet.create({ data: { portalId, setId: set.id } });
  return set;
}

/** An agent-selection portal with two sub-portals; "Drucker" is served by team A, "Netz" by team B. */
export async function agentSelectionPortal() {
  const teamA = await createTeamRecord("Drucker-Team");
  const teamB = await createTeamRecord("Netz-Team");
  // Sub-portals created together may share a timestamp: assign the teams by slug, not by position.
  const portal = await createPortalRecord({
    type: "agentSelection",
    subPortals: ["Drucker", "Netz"],
  });
  const drucker = portal.subPortals.find((s) => s.slug === "drucker")!;
  const netz = portal.subPortals.find((s) => s.slug === "netz")!;
  await db.teamSubPortal.createMany({
    data: [
      { teamId: teamA.id, subPortalId: drucker.id },
      { teamId: teamB.id, subPortalId: netz.id },
    ],
  });
  const agent = (firstName: string, teamId: string, disabled = false) =>
    createUserRecord({ kind: "agent", firstName, teamIds: [teamId], disabled });
  const agents = {
    paula: await agent("Paula", teamA.id),
    anton: await agent("Anton", teamA.id),
    gesperrt: await agent("Gesperrt", teamA.id, true),
    nora: await agent("Nora", teamB.id),
  };
  // At their consoles and available (a customer can only choose those): all but Anton.
  const now = new Date();
  await db.agentPresence.createMany({
    data: [agents.paula, agents.gesperrt, agents.nora].map((a) => ({
      agentId: a.id,
      sessionId: `console-${a.id}`,
      status: "available",
      teamId: a.agent!.teamId,
      signedInAt: now,
      statusAt: now,
      lastSeenAt: now,
    })),
  });
  return { portal, drucker, netz, teamA, teamB, agents };
}
