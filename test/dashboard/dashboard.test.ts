import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import {
  agentSignOutPreview,
  cancelRequest,
  cancellationPreview,
  managerSignOutPreview,
  signOutAgent,
  signOutManager,
} from "@/lib/dashboard/dashboard-actions";
import { fingerprintOf, monitorContent } from "@/lib/dashboard/monitor-content";
import { MONITOR_TIMEOUT_MS } from "@/lib/dashboard/monitor-kinds";
import {
  addMonitor,
  closeMonitor,
  dashboardMonitor,
  dashboardMonitors,
  dashboardScope,
  reactivateMonitor,
  updateMonitorSettings,
} from "@/lib/dashboard/monitors";
import { keyFigures } from "@/lib/dashboard/key-figures";
import { setConsoleStatus, signInToConsole } from "@/lib/live/presence";
import { acceptRequest } from "@/lib/live/accept-request";
import type { Principal } from "@/lib/auth/principal";
import { createPortalRecord, createTeamRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { newRequestToken } from "@/lib/support-requests/request-token";
import { resetDatabase } from "@/test/reset-database";
import { eventBus } from "@/lib/events/event-bus";
import { QUEUE_CHANNEL } from "@/lib/live/channels";

beforeEach(resetDatabase);

const name = (kind: string) => `Monitor ${kind}`;

/** Two teams, each serving its own portal; a company manager, a team manager of "Support" with rights, agents. */
async function desk() {
  const support = await createTeamRecord("Support");
  const sales = await createTeamRecord("Vertrieb");
  const supportPortal = await createPortalRecord({ name: "Kundendienst", teamIds: [support.id] });
  const salesPortal = await createPortalRecord({ name: "Verkauf", teamIds: [sales.id] });
  const company = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company", name: "Chefin" }));
  const lead = await signedInPrincipal(
    await createUserRecord({
      kind: "manager",
      role: "team",
      name: "Teamleitung",
      teamIds: [support.id],
      rights: ["logOutAgents", "cancelRequests", "supervisorViewing"],
    }),
  );
  const leadWithoutRights = await signedInPrincipal(
    await createUserRecord({ kind: "manager", role: "team", name: "Ohne Rechte", teamIds: [support.id] }),
  );
  const agent = async (teamId: string, firstName: string) =>
    signedInPrincipal(
      await createUserRecord({ kind: "agent", teamIds: [teamId], firstName, lastName: "Muster" }),
      "agent",
    );
  const anna = await agent(support.id, "Anna");
  const sven = await agent(sales.id, "Sven");
  const request = async (portal: typeof supportPortal, customerName: string) => {
    const sub = portal.subPortals[0]!;
    const row = await db.supportRequest.create({
      data: {
        token: newRequestToken().hash,
        subPortalId: sub.id,
        portalName: portal.name,
        subPortalName: sub.name,
        portalType: portal.type,
        language: "de",
        customerName,
      },
    });
    // As submitting through the portal does: the live parts hear of it (and caches start over).
    eventBus.publish(QUEUE_CHANNEL, { type: "submitted", requestId: row.id });
    return row.id;
  };
  return { support, sales, supportPortal, salesPortal, company, lead, leadWithoutRights, anna, sven, request };
}

async function contentOf(actor: Principal, monitorId: string, now = new Date()) {
  const monitor = await dashboardMonitor(actor, monitorId, now);
  return monitorContent(actor, await dashboardScope(actor), monitor, now);
}

describe("monitors on the dashboard", () => {
  it("company and team managers add monitors; only company managers watch managers; agents have no dashboard", async () => {
    const d = await desk();
    const id = await addMonitor(d.company, "managers", name);
    expect((await dashboardMonitors(d.company)).map((m) => [m.id, m.kind, m.name, m.own])).toEqual([
      [id, "managers", "Monitor managers", true],
    ]);
    await expect(addMonitor(d.lead, "managers", name)).rejects.toThrow(ValidationError);
    await expect(addMonitor(d.lead, "nonsense", name)).rejects.toThrow(ValidationError);
    await addMonitor(d.lead, "agents", name);
    const agentWithAccess = await signedInPrincipal(
      await createUserRecord({ kind: "agent", teamIds: [d.support.id], managementCenterAccess: true }),
    );
    await expect(dashboardMonitors(agentWithAccess)).rejects.toThrow(NotFoundError);
    await expect(addMonitor(agentWithAccess, "agents", name)).rejects.toThrow(NotFoundError);
    const api = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "api" }));
    await expect(dashboardMonitors(api)).rejects.toThrow(NotFoundError);
    expect(await db.auditLog.count({ where: { action: "dashboard.monitorAdded" } })).toBe(2);
  });

  it("settings stay within the owner's scope and only the owner changes them", async () => {
    const d = await desk();
    const id = await addMonitor(d.lead, "activeRequests", name);
    const settings = {
      name: "Meine Anfragen",
      sortOrder: "newestFirst",
      shared: true,
      teamIds: [],
      portalIds: [],
      agentIds: [],
    };
    await expect(updateMonitorSettings(d.lead, id, { ...settings, teamIds: [d.sales.id] })).rejects.toMatchObject({
      fieldErrors: { teamIds: "monitorTeamsInvalid" },
    });
    await expect(
      updateMonitorSettings(d.lead, id, { ...settings, portalIds: [d.salesPortal.id] }),
    ).rejects.toMatchObject({
      fieldErrors: { portalIds: "monitorPortalsInvalid" },
    });
    await expect(updateMonitorSettings(d.lead, id, { ...settings, agentIds: [d.sven.userId] })).rejects.toMatchObject({
      fieldErrors: { agentIds: "monitorAgentsInvalid" },
    });
    await expect(updateMonitorSettings(d.lead, id, { ...settings, name: " ", sortOrder: "x" })).rejects.toMatchObject({
      fieldErrors: { name: "monitorNameRequired", sortOrder: "sortOrderInvalid" },
    });
    // Someone else's monitor, even a company manager's view of it, is not theirs to change.
    await expect(updateMonitorSettings(d.company, id, settings)).rejects.toThrow(NotFoundError);
    await updateMonitorSettings(d.lead, id, { ...settings, teamIds: [d.support.id], agentIds: [d.anna.userId] });
    expect(await dashboardMonitor(d.lead, id)).toMatchObject({
      name: "Meine Anfragen",
      sortOrder: "newestFirst",
      shared: true,
      filters: { teamIds: [d.support.id], portalIds: [], agentIds: [d.anna.userId] },
    });
  });

  it("a shared monitor shows on other managers' dashboards, each sees only their scope; closing hides it for one, the owner's close for all", async () => {
    const d = await desk();
    const id = await addMonitor(d.company, "agents", name);
    await signInToConsole(d.anna);
    await signInToConsole(d.sven);
    expect(await dashboardMonitors(d.lead)).toEqual([]);
    await updateMonitorSettings(d.company, id, {
      name: "Alle",
      sortOrder: "name",
      shared: true,
      teamIds: [],
      portalIds: [],
      agentIds: [],
    });
    const shared = await dashboardMonitor(d.lead, id);
    expect(shared).toMatchObject({ own: false, ownerName: "Chefin" });
    const rows = async (actor: Principal) => {
      const content = await contentOf(actor, id);
      return content.kind === "agents" ? content.rows.map((r) => r.name) : [];
    };
    expect(await rows(d.company)).toEqual(["Muster, Anna", "Muster, Sven"]);
    expect(await rows(d.lead)).toEqual(["Muster, Anna"]);
    await closeMonitor(d.lead, id);
    expect(await dashboardMonitors(d.lead)).toEqual([]);
    expect(await dashboardMonitors(d.leadWithoutRights)).toHaveLength(1);
    await closeMonitor(d.company, id);
    expect(await dashboardMonitors(d.leadWithoutRights)).toEqual([]);
    expect(await db.dashboardMonitor.count()).toBe(0);
  });

  it("times out 12 hours after it was (re)activated and starts again on Reaktivieren", async () => {
    const d = await desk();
    const id = await addMonitor(d.company, "portals", name);
    const added = (await db.dashboardMonitor.findUniqueOrThrow({ where: { id } })).activatedAt;
    const later = new Date(added.getTime() + MONITOR_TIMEOUT_MS + 1000);
    expect(
      (await dashboardMonitor(d.company, id, new Date(added.getTime() + MONITOR_TIMEOUT_MS - 1000))).timedOut,
    ).toBe(false);
    expect((await dashboardMonitor(d.company, id, later)).timedOut).toBe(true);
    await reactivateMonitor(d.company, id, later);
    expect((await dashboardMonitor(d.company, id, later)).timedOut).toBe(false);
  });

  it("signing out leaves the monitors where they are: they belong to the manager, not the browser", async () => {
    const d = await desk();
    await addMonitor(d.company, "queues", name);
    await db.session.deleteMany({ where: { userId: d.company.userId } });
    const again = await signedInPrincipal(
      await db.user.findUniqueOrThrow({ where: { id: d.company.userId }, include: { manager: true, agent: true } }),
    );
    expect((await dashboardMonitors(again)).map((m) => m.kind)).toEqual(["queues"]);
  });
});

describe("what the monitors show", () => {
  it("Mitarbeiter: status, sessions today; Aktive Anfragen and Warteschlangen follow a request from waiting to a session", async () => {
    const d = await desk();
    const agents = await addMonitor(d.lead, "agents", name);
    const active = await addMonitor(d.lead, "activeRequests", name);
    const queues = await addMonitor(d.lead, "queues", name);
    await signInToConsole(d.anna);
    const digestBefore = fingerprintOf(await contentOf(d.lead, active));
    const requestId = await d.request(d.supportPortal, "Kim Kunde");
    await d.request(d.salesPortal, "Nicht meins");
    expect(fingerprintOf(await contentOf(d.lead, active))).not.toBe(digestBefore);
    expect(await contentOf(d.lead, active)).toMatchObject({
      rows: [{ state: "waiting", customerName: "Kim Kunde", portalName: "Kundendienst", number: null }],
    });
    expect(await contentOf(d.lead, queues)).toMatchObject({
      mayCancel: true,
      rows: [{ portalName: "Kundendienst", waiting: [{ customerName: "Kim Kunde" }], availableAgents: 1 }],
    });
    const { sessionId, number } = await acceptRequest(d.anna, requestId);
    expect(await contentOf(d.lead, active)).toMatchObject({
      rows: [{ state: "inSession", number, agentName: "Muster, Anna", teamName: "Support", viewSessionId: sessionId }],
    });
    expect(await contentOf(d.lead, agents)).toMatchObject({
      maySignOut: true,
      rows: [{ name: "Muster, Anna", status: "busy", openSessions: 1, sessionsToday: 1 }],
    });
    await setConsoleStatus(d.anna, "away");
    expect(await contentOf(d.lead, agents)).toMatchObject({ rows: [{ status: "away" }] });
    // Without the right, no Anzeigen link to the Sitzungseinsicht.
    const theirs = await addMonitor(d.leadWithoutRights, "activeRequests", name);
    expect(await contentOf(d.leadWithoutRights, theirs)).toMatchObject({
      rows: [{ state: "inSession", viewSessionId: null }],
    });
  });

  it("a content is computed once per change for everyone who would see the same, and anew after the next bus message", async () => {
    const d = await desk();
    const mine = await addMonitor(d.company, "activeRequests", name);
    const other = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" }));
    const theirs = await addMonitor(other, "activeRequests", name);
    const first = await contentOf(d.company, mine);
    // Same scope, same settings: the very same object, no second round of queries.
    expect(await contentOf(other, theirs)).toBe(first);
    // A row written without telling the bus is not seen until a message (or the next minute) …
    await db.supportRequest.updateMany({ data: { customerName: "Geändert" } });
    expect(await contentOf(d.company, mine)).toBe(first);
    await d.request(d.supportPortal, "Neu");
    expect((await contentOf(d.company, mine)).rows.map((r) => ("customerName" in r ? r.customerName : ""))).toEqual([
      "Neu",
    ]);
  });

  it("Portale: open now and today's figures, only the sub-portals the viewer's teams serve", async () => {
    const d = await desk();
    const portals = await addMonitor(d.company, "portals", name);
    await d.request(d.supportPortal, "A");
    const content = await contentOf(d.company, portals);
    expect(content).toMatchObject({
      rows: [
        { name: "Kundendienst", open: true, nextChange: null, waiting: 1 },
        { name: "Verkauf", open: true, waiting: 0 },
      ],
    });
    const theirs = await addMonitor(d.lead, "portals", name);
    expect((await contentOf(d.lead, theirs)).rows.map((r) => ("name" in r ? r.name : ""))).toEqual(["Kundendienst"]);
  });

  it("the Startseite's counters", async () => {
    const d = await desk();
    await signInToConsole(d.anna);
    await signInToConsole(d.sven);
    await d.request(d.supportPortal, "A");
    await d.request(d.salesPortal, "B");
    expect(await keyFigures(d.company)).toMatchObject({
      agentsOnline: 2,
      agentsAvailable: 2,
      requestsWaiting: 2,
      sessionsRunning: 0,
      portalsClosed: 0,
      portals: 2,
    });
    expect(await keyFigures(d.lead)).toMatchObject({ agentsOnline: 1, requestsWaiting: 1, portals: 1 });
  });
});

describe("acting from the dashboard", () => {
  it("Abmelden of an agent needs the right and the agent's team; it ends their sessions and is audited", async () => {
    const d = await desk();
    await signInToConsole(d.anna);
    await signInToConsole(d.sven);
    const requestId = await d.request(d.supportPortal, "Kim");
    const { number } = await acceptRequest(d.anna, requestId);
    await expect(agentSignOutPreview(d.leadWithoutRights, d.anna.userId)).rejects.toThrow(NotFoundError);
    await expect(agentSignOutPreview(d.lead, d.sven.userId)).rejects.toThrow(NotFoundError);
    const preview = await agentSignOutPreview(d.lead, d.anna.userId);
    expect(preview).toMatchObject({ name: "Anna Muster", openSessions: [{ number, customerName: "Kim" }] });
    // The browser session's id is a secret: the page carries only a digest of it.
    expect(preview.console).not.toBe(d.anna.sessionId);
    expect(await signOutAgent(d.lead, d.anna.userId, "someone-else")).toBe(false);
    expect(await signOutAgent(d.lead, d.anna.userId, preview.console)).toBe(true);
    expect(await db.agentPresence.findUnique({ where: { agentId: d.anna.userId } })).toBeNull();
    expect(await db.supportSession.findUniqueOrThrow({ where: { number } })).toMatchObject({ endReason: "signedOut" });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "agent.signedOutByManager" } })).toMatchObject({
      actorLabel: d.lead.loginId,
      targetId: d.anna.userId,
    });
    expect(
      JSON.parse(
        (await db.activityEvent.findFirstOrThrow({ where: { type: "agentSignedOut", agentId: d.anna.userId } })).data,
      ),
    ).toEqual({ reason: "signedOutByManager" });
  });

  it("Anfrage abbrechen needs the right and a sub-portal of the manager's teams; a request no longer waiting stays", async () => {
    const d = await desk();
    const mine = await d.request(d.supportPortal, "Kim");
    const other = await d.request(d.salesPortal, "Olaf");
    await expect(cancelRequest(d.leadWithoutRights, mine)).rejects.toThrow(NotFoundError);
    await expect(cancelRequest(d.lead, other)).rejects.toThrow(NotFoundError);
    await expect(cancelRequest(d.lead, 999_999)).rejects.toThrow(NotFoundError);
    expect(await cancelRequest(d.lead, mine)).toBe(true);
    expect(await cancelRequest(d.lead, mine)).toBe(false);
    expect(await db.supportRequest.findUniqueOrThrow({ where: { id: mine } })).toMatchObject({ status: "cancelled" });
    expect(await db.supportRequest.findUniqueOrThrow({ where: { id: other } })).toMatchObject({ status: "waiting" });
    expect(await cancelRequest(d.company, other)).toBe(true);
  });

  it("the Anfrage-abbrechen page asks with the same checks: right, sub-portal, a whole positive id; then says it no longer waits", async () => {
    const d = await desk();
    const mine = await d.request(d.supportPortal, "Kim");
    const other = await d.request(d.salesPortal, "Olaf");
    const unnamed = await d.request(d.supportPortal, "");
    await expect(cancellationPreview(d.leadWithoutRights, String(mine))).rejects.toThrow(NotFoundError);
    await expect(cancellationPreview(d.lead, String(other))).rejects.toThrow(NotFoundError);
    for (const bad of ["abc", "-1", "1.5", "", " 1", "0x1", "1e3", "999999", null, undefined, 1.5, -1, 0, {}])
      await expect(cancellationPreview(d.company, bad), String(bad)).rejects.toThrow(NotFoundError);
    const created = await db.supportRequest.findUniqueOrThrow({ where: { id: mine } });
    expect(await cancellationPreview(d.lead, String(mine))).toEqual({
      requestId: mine,
      customerName: "Kim",
      portalName: "Kundendienst",
      subPortalName: d.supportPortal.subPortals[0]!.name,
      since: created.createdAt,
      waiting: true,
    });
    expect(await cancellationPreview(d.lead, unnamed)).toMatchObject({ customerName: "", waiting: true });
    expect(await cancellationPreview(d.company, String(other))).toMatchObject({ customerName: "Olaf", waiting: true });
    // Nothing changed by looking.
    expect(await db.supportRequest.count({ where: { status: "waiting" } })).toBe(3);
    expect(await cancelRequest(d.lead, mine)).toBe(true);
    expect(await cancellationPreview(d.lead, String(mine))).toMatchObject({ requestId: mine, waiting: false });
  });

  it("company managers sign other managers out; team managers and oneself: not found", async () => {
    const d = await desk();
    await expect(signOutManager(d.lead, d.company.userId)).rejects.toThrow(NotFoundError);
    await expect(signOutManager(d.company, d.company.userId)).rejects.toThrow(NotFoundError);
    await expect(signOutManager(d.company, d.anna.userId)).rejects.toThrow(NotFoundError);
    await signOutManager(d.company, d.lead.userId);
    expect(await db.session.count({ where: { userId: d.lead.userId } })).toBe(0);
    expect(await db.session.count({ where: { userId: d.company.userId } })).toBe(1);
  });

  it("the manager Abmelden page asks with the same checks: company managers only, not oneself, only managers", async () => {
    const d = await desk();
    const api = await createUserRecord({ kind: "manager", role: "api", name: "Schnittstelle" });
    await expect(managerSignOutPreview(d.lead, d.company.userId)).rejects.toThrow(NotFoundError);
    await expect(managerSignOutPreview(d.lead, d.leadWithoutRights.userId)).rejects.toThrow(NotFoundError);
    await expect(managerSignOutPreview(d.company, d.company.userId)).rejects.toThrow(NotFoundError);
    await expect(managerSignOutPreview(d.company, d.anna.userId)).rejects.toThrow(NotFoundError);
    await expect(managerSignOutPreview(d.company, api.id)).rejects.toThrow(NotFoundError);
    for (const bad of ["", "nobody", null, undefined, 1, [d.lead.userId]])
      await expect(managerSignOutPreview(d.company, bad)).rejects.toThrow(NotFoundError);
    expect(await managerSignOutPreview(d.company, d.lead.userId)).toEqual({
      userId: d.lead.userId,
      name: "Teamleitung",
    });
    const otherCompany = await createUserRecord({ kind: "manager", role: "company", name: "Zweite Chefin" });
    expect(await managerSignOutPreview(d.company, otherCompany.id)).toEqual({
      userId: otherCompany.id,
      name: "Zweite Chefin",
    });
    // Looking signs nobody out.
    expect(await db.session.count({ where: { userId: d.lead.userId } })).toBe(1);
  });
});
