// The authorization matrix of the live Dashboard (issue 11) — its pages, fragments and monitors,
// signing agents and managers out, cancelling requests — and of the Sitzungseinsicht. How the
// matrix works: e2e/support/authorization-matrix.ts.
//
// Runs in the js project only: these are plain HTTP requests, the browser's JavaScript plays no part.
import { createHash } from "node:crypto";
import { expect, test } from "./support/fixtures";
import {
  matrixNames,
  matrixOrganisation,
  NOBODY,
  openMatrix,
  outsiders,
  PRINCIPALS,
  secondCompanyManager,
  targetAgent,
} from "./support/authorization-matrix";
import { de } from "./support/messages";
import { seed } from "./support/organisation";

test("authorization matrix: Dashboard and Sitzungseinsicht", async ({ lotse, browser, baseURL, javaScriptEnabled }) => {
  test.skip(javaScriptEnabled === false, "plain HTTP requests: once (js project) is enough");
  test.setTimeout(240_000);
  const names = matrixNames();
  const { t, pw, login } = names;
  const org = await seed(
    baseURL,
    matrixOrganisation(names, {
      users: [
        secondCompanyManager(names),
        targetAgent(names, "A"),
        targetAgent(names, "B"),
        {
          key: "agentDashA",
          kind: "agent",
          firstName: "Dash",
          lastName: "A",
          loginId: login("agent-dash-a"),
          password: pw,
          team: "A",
        },
        {
          key: "agentDashB",
          kind: "agent",
          firstName: "Dash",
          lastName: "B",
          loginId: login("agent-dash-b"),
          password: pw,
          team: "B",
        },
      ],
      // Team A serves P; nobody serves Q.
      portals: [
        {
          key: "P",
          name: `Matrix Portal ${t}`,
          slug: `mx-portal-${t}`,
          subPortals: [{ key: "PS1", name: "Allgemein", slug: "allgemein", teams: ["A"] }],
        },
        {
          key: "Q",
          name: `Matrix Fremd ${t}`,
          slug: `mx-fremd-${t}`,
          subPortals: [{ key: "QS1", name: "Allgemein", slug: "allgemein" }],
        },
      ],
      // A waiting request on Q; on PS1 (team A's), for the Dashboard.
      requests: [
        { key: "Q1", subPortal: "QS1", customerName: "Wartend Eins" },
        { key: "D1", subPortal: "PS1", customerName: "Dashboard Eins" },
        { key: "RA", subPortal: "PS1", customerName: "Kunde von Anna" },
        { key: "RB", subPortal: "PS1", customerName: "Kunde von Berta" },
      ],
      // Running sessions of an agent in team A and one in team B, for the Sitzungseinsicht.
      sessions: [
        { key: "SA", request: "RA", agent: "agentA", messages: [{ author: "customer", text: "Hallo A" }] },
        { key: "SB", request: "RB", agent: "agentB", messages: [{ author: "customer", text: "Hallo B" }] },
      ],
      // The Dashboard: agents at their consoles in teams A and B, monitors of the company manager.
      consoles: ["agentDashA", "agentDashB"],
      monitors: [
        { key: "Magents", owner: "company", kind: "agents", name: "Matrix Mitarbeiter" },
        { key: "Mqueues", owner: "company", kind: "queues", name: "Matrix Warteschlangen" },
        { key: "Mmanagers", owner: "company", kind: "managers", name: "Matrix Manager" },
      ],
    }),
  );
  const SS = org.sessions as Record<"SA" | "SB", { id: string; number: string }>;
  const T = org.teams as Record<"A" | "B", string>;
  type UserKey =
    | "company"
    | "teamA"
    | "teamB"
    | "api"
    | "agentMC"
    | "agentNoAccess"
    | "company2"
    | "agentA"
    | "agentB"
    | "agentDashA"
    | "agentDashB";
  const U = org.users as Record<UserKey, string>;
  const M = org.monitors as Record<"Magents" | "Mqueues" | "Mmanagers", string>;
  const R = org.requests as Record<"Q1" | "D1", { id: number; token: string }>;
  const matrix = await openMatrix({ lotse, browser, baseURL, names, users: org.users });
  const { contexts, rows, db, checkPage, run, managers: matrixManagers } = matrix;

  await test.step("Sitzungseinsicht pages", async () => {
    // Sitzungseinsicht (issue 11): company managers every session; team managers with the right, their teams'.
    await checkPage("GET /manager/sessions/<A's session>/view", `/manager/sessions/${SS.SA.id}/view`, [
      "company",
      "teamA",
    ]);
    await checkPage("GET /manager/sessions/<B's session>/view (no right)", `/manager/sessions/${SS.SB.id}/view`, [
      "company",
    ]);
    await checkPage("GET /manager/sessions/<unknown>/view", "/manager/sessions/unknown-session/view", []);
  });

  // ---------------------------------------------------------------- the Dashboard (issue 11)
  await test.step("Dashboard pages", async () => {
    await checkPage("GET /manager/dashboard", "/manager/dashboard", ["company", "teamA", "teamB"]);
    // The live Dashboard's fragment route: the monitor's body as plain HTML for its owner; everyone
    // else gets no HTML, and htmx's HX-Refresh (the page reloads and shows what is theirs).
    for (const principal of PRINCIPALS) {
      const allowed = principal === "company";
      const response = await contexts[principal].request.get(`/manager/dashboard/fragments/${M.Magents}`, {
        maxRedirects: 0,
      });
      const body = await response.text();
      const signedOut = principal === "signedOut" || principal === "agentNoAccess";
      const pass = allowed
        ? response.status() === 200 && body.includes(`id="monitor-${M.Magents}-body"`)
        : response.status() === (signedOut ? 401 : 404) && response.headers()["hx-refresh"] === "true" && body === "";
      rows.push({
        kind: "page",
        resource: "GET /manager/dashboard/fragments/<company's> (htmx)",
        principal,
        expected: allowed ? "allow" : "deny",
        observed: String(response.status()),
        pass,
      });
    }
    await checkPage(
      "GET /manager/dashboard/monitors/<company's>/settings",
      `/manager/dashboard/monitors/${M.Magents}/settings`,
      ["company"],
    );
    await checkPage(
      "GET /manager/dashboard/agents/<team A's agent>/sign-out",
      `/manager/dashboard/agents/${U.agentDashA}/sign-out`,
      ["company", "teamA"],
    );
    await checkPage(
      "GET /manager/dashboard/agents/<team B's agent>/sign-out (team B lacks the right)",
      `/manager/dashboard/agents/${U.agentDashB}/sign-out`,
      ["company"],
    );
    // Anfrage abbrechen asks first: team B's manager lacks the right, team A's teams do not serve Q.
    await checkPage(
      "GET /manager/dashboard/requests/<on team A's sub-portal>/cancel",
      `/manager/dashboard/requests/${R.D1.id}/cancel`,
      ["company", "teamA"],
    );
    await checkPage(
      "GET /manager/dashboard/requests/<on Q's sub-portal>/cancel",
      `/manager/dashboard/requests/${R.Q1.id}/cancel`,
      ["company"],
    );
    await checkPage("GET /manager/dashboard/requests/<forged id>/cancel", "/manager/dashboard/requests/1.5/cancel", []);
    // Abmelden of a manager: company managers only, never themselves, and only managers.
    await checkPage(
      "GET /manager/dashboard/managers/<team A's manager>/sign-out",
      `/manager/dashboard/managers/${U.teamA}/sign-out`,
      ["company"],
    );
    await checkPage(
      "GET /manager/dashboard/managers/<company manager>/sign-out (oneself for company)",
      `/manager/dashboard/managers/${U.company}/sign-out`,
      [],
    );
    await checkPage(
      "GET /manager/dashboard/managers/<an agent>/sign-out",
      `/manager/dashboard/managers/${U.agentMC}/sign-out`,
      [],
    );
  });
  const monitorsOf = (ownerId: string) =>
    db<{ kind: string; name: string }>(
      "SELECT kind, name FROM DashboardMonitor WHERE ownerId = ? ORDER BY createdAt",
      ownerId,
    );
  // The monitors of the matrix's own people: other specs add theirs to the same server meanwhile.
  const allMonitors = () =>
    db(
      `SELECT id, ownerId, name, shared FROM DashboardMonitor WHERE ownerId IN (${matrixManagers.map(() => "?").join(", ")}) ORDER BY id`,
      ...matrixManagers,
    );
  await run({
    name: "dashboard: addMonitor",
    capture: "/manager/dashboard",
    form: 'main form:has(select[name="kind"])',
    success: /^\/manager\/dashboard(#monitor-[^ ]+)? \+ notice:monitorAdded$/,
    snapshot: allMonitors,
    attempts: [
      ...outsiders(NOBODY, [["kind", "agents"]]),
      // Only company managers watch managers: a team manager gets the form back.
      { principal: "teamB", expected: "deny", fields: [["kind", "managers"]], deniedWith: "formError" },
      {
        principal: "teamB",
        expected: "allow",
        fields: [["kind", "queues"]],
        verify: () => expect(monitorsOf(U.teamB)).toEqual([{ kind: "queues", name: de.Dashboard.kinds.queues }]),
      },
    ],
  });
  await run({
    name: "dashboard: saveMonitorSettings",
    capture: `/manager/dashboard/monitors/${M.Magents}/settings`,
    form: 'main form:has(input[name="monitorId"])',
    success: /^\/manager\/dashboard(#monitor-[^ ]+)? \+ notice:monitorSaved$/,
    snapshot: allMonitors,
    attempts: [
      // Someone else's monitor (not shared, so not even visible to them).
      ...outsiders(
        ["teamA", "teamB", ...NOBODY],
        [
          ["monitorId", M.Magents],
          ["name", "Übernommen"],
          ["sortOrder", "name"],
          ["shared", "on"],
        ],
      ),
      // A team the company manager manages, but a team manager's team only for that manager.
      {
        principal: "company",
        expected: "allow",
        fields: [
          ["monitorId", M.Magents],
          ["name", "Matrix Mitarbeiter A"],
          ["sortOrder", "status"],
          ["teamIds", T.A],
        ],
        verify: () =>
          expect(db("SELECT name, sortOrder, teamIds, shared FROM DashboardMonitor WHERE id = ?", M.Magents)).toEqual([
            { name: "Matrix Mitarbeiter A", sortOrder: "status", teamIds: JSON.stringify([T.A]), shared: 0 },
          ]),
      },
    ],
  });
  const presenceOf = (agentId: string) => db("SELECT agentId FROM AgentPresence WHERE agentId = ?", agentId);
  const consoleOf = (agentId: string) =>
    createHash("sha256")
      .update(
        String(
          db<{ sessionId: string }>("SELECT sessionId FROM AgentPresence WHERE agentId = ?", agentId)[0]?.sessionId,
        ),
      )
      .digest("base64url")
      .slice(0, 22);
  await run({
    name: "dashboard: signOutAgent",
    capture: `/manager/dashboard/agents/${U.agentDashA}/sign-out`,
    form: 'main form:has(input[name="agentId"])',
    success: /^\/manager\/dashboard \+ notice:agentSignedOutByManager$/,
    snapshot: () => [presenceOf(U.agentDashA), presenceOf(U.agentDashB)],
    attempts: [
      // Team B's manager lacks "Mitarbeiter abmelden"; team A's manager has it, but not for team B.
      ...outsiders(
        ["teamB", ...NOBODY],
        [
          ["agentId", U.agentDashA],
          ["console", consoleOf(U.agentDashA)],
        ],
      ),
      ...outsiders(
        ["teamA"],
        [
          ["agentId", U.agentDashB],
          ["console", consoleOf(U.agentDashB)],
        ],
        "other team",
      ),
      {
        principal: "teamA",
        expected: "allow",
        fields: [
          ["agentId", U.agentDashA],
          ["console", consoleOf(U.agentDashA)],
        ],
        verify: () => expect(presenceOf(U.agentDashA)).toEqual([]),
      },
    ],
  });
  const requestStatus = (id: number) => db("SELECT status FROM SupportRequest WHERE id = ?", id);
  await run({
    name: "dashboard: cancelRequest",
    capture: `/manager/dashboard/requests/${R.D1.id}/cancel`,
    form: 'main form:has(input[name="requestId"])',
    success: /^\/manager\/dashboard \+ notice:requestCancelled$/,
    snapshot: () => [requestStatus(R.D1.id), requestStatus(R.Q1.id)],
    attempts: [
      // Team B's manager lacks "Anfragen abbrechen"; team A's teams do not serve Q.
      ...outsiders(["teamB", ...NOBODY], [["requestId", String(R.D1.id)]]),
      ...outsiders(["teamA"], [["requestId", String(R.Q1.id)]], "a sub-portal team A does not serve"),
      ...outsiders(["teamA"], [["requestId", "not-a-number"]], "forged id"),
      {
        principal: "teamA",
        expected: "allow",
        fields: [["requestId", String(R.D1.id)]],
        verify: () => expect(requestStatus(R.D1.id)).toEqual([{ status: "cancelled" }]),
      },
    ],
  });
  const sessionsOf = (userId: string) => db("SELECT COUNT(*) AS n FROM Session WHERE userId = ?", userId);
  await run({
    name: "dashboard: signOutManager",
    capture: `/manager/dashboard/managers/${U.teamA}/sign-out`,
    form: 'main form:has(input[name="userId"])',
    success: /^\/manager\/dashboard \+ notice:managerSignedOut$/,
    snapshot: () => [sessionsOf(U.teamB), sessionsOf(U.company)],
    attempts: [
      ...outsiders(["teamA", "teamB", ...NOBODY], [["userId", U.teamB]]),
      // Not oneself, and nobody who is not a manager.
      ...outsiders(["company"], [["userId", U.company]], "oneself"),
      ...outsiders(["company"], [["userId", U.agentMC]], "an agent"),
      // company2 has no session: nothing to end, but allowed (and audited).
      { principal: "company", expected: "allow", fields: [["userId", U.company2]] },
    ],
  });
  await run({
    name: "dashboard: closeMonitor",
    capture: "/manager/dashboard",
    form: `main form:has(input[name="monitorId"][value="${M.Mqueues}"])`,
    success: /^\/manager\/dashboard \+ notice:monitorRemoved$/,
    snapshot: allMonitors,
    attempts: [
      ...outsiders(["teamA", "teamB", ...NOBODY], [["monitorId", M.Mqueues]]),
      {
        principal: "company",
        expected: "allow",
        fields: [["monitorId", M.Mqueues]],
        verify: () => expect(db("SELECT id FROM DashboardMonitor WHERE id = ?", M.Mqueues)).toEqual([]),
      },
    ],
  });

  // Sitzungseinsicht › Schließen: ends the manager's own view; for a session they may not view, not found.
  const openViews = (sessionId: string, managerId: string) =>
    db<{ n: number }>(
      "SELECT count(*) AS n FROM SessionView WHERE sessionId = ? AND managerId = ? AND closedAt IS NULL",
      sessionId,
      managerId,
    )[0]!.n;
  // (A view nobody looks at lapses by itself; only Schließen closes with "closed".)
  const closedViews = () => db("SELECT id FROM SessionView WHERE closedBy = 'closed' ORDER BY id");
  await run({
    name: "sessions: closeSessionView",
    capture: `/manager/sessions/${SS.SA.id}/view?back=/manager/home`,
    form: 'main form:has(input[name="sessionId"])',
    success: /^\/manager\/(home|dashboard)$/,
    snapshot: closedViews,
    attempts: [
      { principal: "teamB", expected: "deny", fields: [["sessionId", SS.SA.id]], note: "another team's session" },
      { principal: "teamA", expected: "deny", fields: [["sessionId", SS.SB.id]], note: "another team's session" },
      ...outsiders(NOBODY, [["sessionId", SS.SA.id]]),
      {
        principal: "company",
        expected: "allow",
        fields: [
          ["sessionId", SS.SA.id],
          ["back", "/manager/home"],
        ],
        verify: () => expect(openViews(SS.SA.id, U.company)).toBe(0),
      },
      {
        principal: "teamA",
        expected: "allow",
        fields: [
          ["sessionId", SS.SA.id],
          ["back", "https://evil.example/"],
        ],
        note: "a foreign way back leads to the dashboard",
        verify: () => expect(openViews(SS.SA.id, U.teamA)).toBe(0),
      },
    ],
  });
  await matrix.report("live");
});
