import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { sessionFeatures } from "@/lib/live/session-features";
import { agentPortalFeatures } from "@/lib/portals/agent-portal-features";
import { listPortalAgents } from "@/lib/portals/portal-agents";
import { setTeamPortals } from "@/lib/portals/team-portals";
import { createPortalRecord } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { buildOrganisation } from "../organisation/org-fixture";

// The agent page's matrix, the portal's agent list and a running session resolve features from the
// same inputs (lib/features/feature-inputs.ts): for one agent in one portal they must agree, level
// by level, and each reads what it needs with a fixed number of statements.

let org: Awaited<ReturnType<typeof buildOrganisation>>;
let portal: Awaited<ReturnType<typeof createPortalRecord>>;

beforeEach(async () => {
  await resetDatabase();
  org = await buildOrganisation();
  portal = await createPortalRecord({
    name: "Kunden",
    subPortals: ["Allgemein"],
    features: { fileTransferSend: false, sessionRecording: true },
  });
  await setTeamPortals(org.principals.company, org.teams.support.id, [portal.subPortals[0]!.id]);
  await setTeamPortals(org.principals.company, org.teams.printers.id, [portal.subPortals[0]!.id]);
  // Support switches diagnostics off; Level 1 (between Support and Drucker) switches screen sharing
  // off; Paul in Drucker turns screen sharing back on for himself.
  await db.team.update({ where: { id: org.teams.support.id }, data: { functions: '{"diagnostics":false}' } });
  await db.team.update({ where: { id: org.teams.level1.id }, data: { functions: '{"screenSharing":false}' } });
  await db.agentProfile.update({
    where: { userId: org.agents.printers.id },
    data: { functions: '{"screenSharing":true}' },
  });
  await db.accountSettings.create({ data: { localRecordingAllowed: true } });
});

/** SQL statements the database connection prepares while `work` runs (one per query). */
async function statementsDuring<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const prepare = vi.spyOn(Database.prototype, "prepare");
  try {
    const result = await work();
    return { result, statements: prepare.mock.calls.length };
  } finally {
    prepare.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe("feature inputs, loaded once for every place that resolves features", () => {
  it("give the same value and reason for an agent in a portal on the agent page, the portal's list and in a session", async () => {
    const paul = org.agents.printers.id;
    const onAgentPage = (await agentPortalFeatures(org.principals.company, paul))[0]!.features;
    const inPortalList = (await listPortalAgents(org.principals.company, portal.id)).agents.find(
      (a) => a.id === paul,
    )!.features;
    const inSession = await sessionFeatures({ agentId: paul, portalId: portal.id });

    expect(inPortalList).toEqual(onAgentPage);
    expect(inSession).toEqual(onAgentPage);
    expect(onAgentPage.fileTransferSend).toEqual({ on: false, decidedBy: { level: "portal" } });
    expect(onAgentPage.screenSharing).toEqual({
      on: true,
      decidedBy: { level: "agentLevel", source: { kind: "agent" } },
    });
    expect(onAgentPage.diagnostics).toMatchObject({
      on: false,
      decidedBy: { level: "agentLevel", source: { kind: "team", teamName: "Support", inherited: true } },
    });
    expect(onAgentPage.sessionRecording.decidedBy).not.toEqual({ level: "account" });
  });

  it("read the grant and all team chains with one statement each, however many agents a page holds", async () => {
    const paul = org.agents.printers.id;
    // The numbers the three loaders had before they shared one (Sina and Paul have different chains
    // in the portal's list): a query per agent, per portal or per team would raise them.
    const counted = {
      agentPage: (await statementsDuring(() => agentPortalFeatures(org.principals.company, paul))).statements,
      portalList: (await statementsDuring(() => listPortalAgents(org.principals.company, portal.id))).statements,
      session: (await statementsDuring(() => sessionFeatures({ agentId: paul, portalId: portal.id }))).statements,
      // The session's agent was deleted: the portal and the grant only.
      sessionWithoutAgent: (await statementsDuring(() => sessionFeatures({ agentId: null, portalId: portal.id })))
        .statements,
    };
    expect(counted).toMatchInlineSnapshot(`
      {
        "agentPage": 6,
        "portalList": 10,
        "session": 5,
        "sessionWithoutAgent": 2,
      }
    `);
  });
});
