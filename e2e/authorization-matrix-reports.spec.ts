// The authorization matrix of Berichte (issue 12) with their e-mail delivery, Monatliche Berichte
// (issue 15), Sitzungsinformationen (issue 13) and the Protokoll (issue 14): pages, downloads and
// server actions. How the matrix works: e2e/support/authorization-matrix.ts.
//
// Runs in the js project only: these are plain HTTP requests, the browser's JavaScript plays no part.
import { expect, test } from "./support/fixtures";
import {
  type Fields,
  matrixNames,
  matrixOrganisation,
  NOBODY,
  openMatrix,
  outsiders,
  PRINCIPALS,
  targetAgent,
} from "./support/authorization-matrix";
import { de } from "./support/messages";
import { seed } from "./support/organisation";

test("authorization matrix: reports, session information and the audit log", async ({
  lotse,
  browser,
  baseURL,
  javaScriptEnabled,
}) => {
  test.skip(javaScriptEnabled === false, "plain HTTP requests: once (js project) is enough");
  test.setTimeout(240_000);
  const names = matrixNames();
  const { t } = names;
  const org = await seed(
    baseURL,
    matrixOrganisation(names, {
      users: [targetAgent(names, "A"), targetAgent(names, "B")],
      // Team A serves P.
      portals: [
        {
          key: "P",
          name: `Matrix Portal ${t}`,
          slug: `mx-portal-${t}`,
          subPortals: [{ key: "PS1", name: "Allgemein", slug: "allgemein", teams: ["A"] }],
        },
      ],
      savedReports: [
        { key: "Rcompany", owner: "company", name: "Matrix Woche", params: { type: "summary", period: "last7Days" } },
        {
          key: "Rscheduled",
          owner: "company",
          name: "Matrix Zustellung",
          params: { type: "summary", period: "last7Days" },
          schedule: { frequency: "weekly", weekday: 1, time: "07:00", format: "csv" },
        },
      ],
      // Monatliche Berichte (issue 15): the company manager's, with last month computed.
      monthlyReports: [{ key: "MRcompany", owner: "company", name: "Matrix Monat", params: { type: "summary" } }],
      // Ended sessions of teams A and B for Sitzungsinformationen (issue 13), A's with a file.
      pastSessions: [
        {
          key: "IA",
          subPortal: "PS1",
          agent: "agentA",
          customerName: "Info A",
          arrivedAt: new Date(Date.now() - 3_600_000).toISOString(),
          startedAt: new Date(Date.now() - 3_500_000).toISOString(),
          endedAt: new Date(Date.now() - 3_000_000).toISOString(),
          messages: [{ author: "customer", text: "Info A" }],
          files: [{ name: "a.txt", direction: "toAgent", text: "A" }],
        },
        {
          key: "IB",
          subPortal: "PS1",
          agent: "agentB",
          customerName: "Info B",
          arrivedAt: new Date(Date.now() - 3_600_000).toISOString(),
          startedAt: new Date(Date.now() - 3_500_000).toISOString(),
          endedAt: new Date(Date.now() - 3_000_000).toISOString(),
        },
      ],
    }),
  );
  const T = org.teams as Record<"A" | "B", string>;
  type UserKey = "company" | "teamA" | "teamB" | "api" | "agentMC" | "agentNoAccess" | "agentA" | "agentB";
  const U = org.users as Record<UserKey, string>;
  const matrix = await openMatrix({ lotse, browser, baseURL, names, users: org.users });
  const { contexts, rows, db, checkPage, run } = matrix;

  // ---------------------------------------------------------------- Berichte (issue 12)
  // Team A's manager holds every right, "Portalberichte nicht zulassen" too: no portal-wide figures.
  // Team A has no "Berichte" function, so the agent with Management Center access has no reports.
  const SR = org.savedReports as Record<"Rcompany" | "Rscheduled", string>;
  await test.step("Berichte pages and downloads", async () => {
    await checkPage("GET /manager/reports", "/manager/reports", ["company", "teamA", "teamB"]);
    await checkPage(
      "GET /manager/reports?type=summary&teamId=<A>",
      `/manager/reports?type=summary&period=today&teamId=${T.A}`,
      ["company", "teamA"],
    );
    await checkPage(
      "GET /manager/reports?type=portalsAndQueues (portal-wide)",
      "/manager/reports?type=portalsAndQueues&period=today",
      ["company", "teamB"],
    );
    await checkPage(
      "GET /manager/reports/details?figure=started&teamId=<B>",
      `/manager/reports/details?type=summary&period=today&teamId=${T.B}&figure=started`,
      ["company", "teamB"],
    );
    await checkPage("GET /manager/reports/saved/<company's>/edit", `/manager/reports/saved/${SR.Rcompany}/edit`, [
      "company",
    ]);
    await checkPage("GET /manager/reports/saved/<company's>/delete", `/manager/reports/saved/${SR.Rcompany}/delete`, [
      "company",
    ]);
    for (const principal of PRINCIPALS) {
      const allowed = principal === "company" || principal === "teamA";
      const response = await contexts[principal].request.get(
        `/manager/reports/export?type=sessionDetails&period=today&teamId=${T.A}&format=csv`,
        { maxRedirects: 0 },
      );
      const signedOut = principal === "signedOut" || principal === "agentNoAccess";
      const pass = allowed
        ? response.status() === 200 && (response.headers()["content-type"] ?? "").startsWith("text/csv")
        : response.status() === (signedOut ? 401 : 404);
      rows.push({
        kind: "page",
        resource: "GET /manager/reports/export?teamId=<A>&format=csv",
        principal,
        expected: allowed ? "allow" : "deny",
        observed: String(response.status()),
        pass,
      });
    }
  });
  // ---------------------------------------------------------------- Monatliche Berichte (issue 15)
  // Company managers, and team A's manager (every right, "Monatliche Berichte" too); team B's
  // manager holds no right. Monthly reports are personal: only the owner reads a month or deletes.
  const MR = org.monthlyReports as Record<"MRcompany", { id: string; months: Record<string, string> }>;
  const monthOfCompany = Object.values(MR.MRcompany.months)[0]!;
  await test.step("Monatliche Berichte pages and downloads", async () => {
    expect(monthOfCompany).toBeTruthy();
    await checkPage("GET /manager/reports/monthly", "/manager/reports/monthly", ["company", "teamA"]);
    await checkPage("GET /manager/reports/monthly?type=summary", "/manager/reports/monthly?type=summary", [
      "company",
      "teamA",
    ]);
    await checkPage("GET /manager/reports/monthly/new", "/manager/reports/monthly/new", ["company", "teamA"]);
    await checkPage("GET /manager/reports/monthly/<company's month>", `/manager/reports/monthly/${monthOfCompany}`, [
      "company",
    ]);
    await checkPage(
      "GET /manager/reports/monthly/delete/<company's>",
      `/manager/reports/monthly/delete/${MR.MRcompany.id}`,
      ["company"],
    );
    for (const format of ["csv", "pdf"] as const) {
      for (const principal of PRINCIPALS) {
        const allowed = principal === "company";
        const response = await contexts[principal].request.get(
          `/manager/reports/monthly/${monthOfCompany}/download?format=${format}`,
          { maxRedirects: 0 },
        );
        const signedOut = principal === "signedOut" || principal === "agentNoAccess";
        const type = format === "csv" ? "text/csv" : "application/pdf";
        const pass = allowed
          ? response.status() === 200 && (response.headers()["content-type"] ?? "").startsWith(type)
          : response.status() === (signedOut ? 401 : 404);
        rows.push({
          kind: "page",
          resource: `GET /manager/reports/monthly/<company's month>/download?format=${format}`,
          principal,
          expected: allowed ? "allow" : "deny",
          observed: String(response.status()),
          pass,
        });
      }
    }
  });
  // ---------------------------------------------------------------- Sitzungsinformationen (issue 13)
  // Company managers every ended session, team managers their teams'; the agent with Management
  // Center access has no "Sitzungswiedergabe" (team A's functions are the defaults): nothing.
  const IS = org.sessions as Record<"IA" | "IB", { id: string; number: string }>;
  await test.step("Sitzungsinformationen pages and files", async () => {
    await checkPage("GET /manager/session-information", "/manager/session-information", ["company", "teamA", "teamB"]);
    await checkPage("GET /manager/session-information/<A's session>", `/manager/session-information/${IS.IA.number}`, [
      "company",
      "teamA",
    ]);
    await checkPage("GET /manager/session-information/<B's session>", `/manager/session-information/${IS.IB.number}`, [
      "company",
      "teamB",
    ]);
    await checkPage("GET /manager/session-information/<unknown>", "/manager/session-information/999999999", []);
    const [file] = db<{ id: string }>("SELECT id FROM SessionFile WHERE sessionId = ?", IS.IA.id);
    for (const principal of PRINCIPALS) {
      const allowed = principal === "company" || principal === "teamA";
      const response = await contexts[principal].request.get(
        `/manager/session-information/${IS.IA.number}/files/${file!.id}`,
        { maxRedirects: 0 },
      );
      const pass = allowed ? response.status() === 200 && (await response.text()) === "A" : response.status() === 404;
      rows.push({
        kind: "page",
        resource: "GET /manager/session-information/<A's session>/files/<file>",
        principal,
        expected: allowed ? "allow" : "deny",
        observed: String(response.status()),
        pass,
      });
    }
    // Exports: team A's manager holds "Sitzungswiedergabe exportieren" (every right); B's session is not theirs.
    for (const [session, allowedFor] of [
      [IS.IA, ["company", "teamA"]],
      [IS.IB, ["company"]],
    ] as const) {
      for (const principal of PRINCIPALS) {
        const allowed = (allowedFor as readonly string[]).includes(principal);
        const response = await contexts[principal].request.get(
          `/manager/session-information/${session.number}/export/transcript.txt`,
          { maxRedirects: 0 },
        );
        const pass = allowed
          ? response.status() === 200 && (response.headers()["content-type"] ?? "").startsWith("text/plain")
          : response.status() === 404;
        rows.push({
          kind: "page",
          resource: `GET /manager/session-information/<${session === IS.IA ? "A" : "B"}'s session>/export/transcript.txt`,
          principal,
          expected: allowed ? "allow" : "deny",
          observed: String(response.status()),
          pass,
        });
      }
    }
  });
  // ---------------------------------------------------------------- Protokoll (issue 14)
  // Company managers read every entry; team A's manager holds "Protokoll einsehen" (every right),
  // team B's holds no right: no Protokoll. Agents, API managers: none.
  await test.step("Protokoll page and its CSV export", async () => {
    await checkPage("GET /manager/audit-log", "/manager/audit-log", ["company", "teamA"]);
    await checkPage("GET /manager/audit-log?area=team", "/manager/audit-log?area=team", ["company", "teamA"]);
    for (const principal of PRINCIPALS) {
      const allowed = principal === "company" || principal === "teamA";
      const response = await contexts[principal].request.get("/manager/audit-log/export?area=team", {
        maxRedirects: 0,
      });
      const pass = allowed
        ? response.status() === 200 && (response.headers()["content-type"] ?? "").startsWith("text/csv")
        : response.status() === 404;
      rows.push({
        kind: "page",
        resource: "GET /manager/audit-log/export?area=team",
        principal,
        expected: allowed ? "allow" : "deny",
        observed: String(response.status()),
        pass,
      });
    }
  });
  const savedReports = () => db("SELECT id, ownerId, name, params, expiresAt FROM SavedReport ORDER BY id");
  const reportFields = (teamId: string): Fields => [
    ["type", "summary"],
    ["period", "last7Days"],
    ["portal", ""],
    ["teamId", teamId],
    ["agentId", ""],
    ["grouping", "none"],
    ["name", "Übernommen"],
    ["intent", "save"],
  ];
  await run({
    name: "reports: save",
    capture: "/manager/reports",
    form: 'main form:has(select[name="type"])',
    success: /^\/manager\/reports(#my-reports)? \+ notice:reportSaved$/,
    snapshot: savedReports,
    attempts: [
      ...outsiders(NOBODY, reportFields("")),
      // A team the team manager does not manage: not found, nothing saved.
      { principal: "teamB", expected: "deny", fields: reportFields(T.A) },
      {
        principal: "teamA",
        expected: "allow",
        fields: reportFields(T.A),
        verify: () =>
          expect(db("SELECT name FROM SavedReport WHERE ownerId = ?", U.teamA)).toEqual([{ name: "Übernommen" }]),
      },
    ],
  });
  await run({
    name: "reports: runSavedReport",
    capture: "/manager/reports",
    form: 'main form:has(button[aria-label="Generieren: Matrix Woche"])',
    success: /^\/manager\/reports\?type=summary&period=last7Days$/,
    snapshot: savedReports,
    attempts: [
      ...outsiders(["teamA", "teamB", ...NOBODY], [["savedId", SR.Rcompany]]),
      { principal: "company", expected: "allow", fields: [["savedId", SR.Rcompany]] },
    ],
  });
  const schedules = () => db("SELECT * FROM ReportSchedule ORDER BY savedReportId");
  const scheduleFields = (teamId: string): Fields => [
    ...reportFields(teamId).filter(([name]) => name !== "intent"),
    ["deliveryFrequency", "weekly"],
    ["deliveryWeekday", "2"],
    ["deliveryMonthDay", "1"],
    ["deliveryTime", "08:15"],
    ["deliveryFormat", "xlsx"],
    ["intent", "schedule"],
  ];
  await run({
    name: "reports: schedule (E-Mail-Zustellung)",
    capture: "/manager/reports",
    form: 'main form:has(select[name="type"])',
    success: /^\/manager\/reports(#my-reports)? \+ notice:reportScheduled$/,
    snapshot: () => [savedReports(), schedules()],
    attempts: [
      ...outsiders(NOBODY, scheduleFields("")),
      // Team B's manager lacks "Berichte planen": not found, nothing saved.
      { principal: "teamB", expected: "deny", fields: scheduleFields(T.B) },
      // A team the team manager does not manage.
      { principal: "teamB", expected: "deny", fields: scheduleFields(T.A) },
      {
        principal: "teamA",
        expected: "allow",
        fields: scheduleFields(T.A),
        verify: () =>
          expect(
            db(
              "SELECT s.frequency, s.weekday, s.time, s.format FROM ReportSchedule s JOIN SavedReport r ON r.id = s.savedReportId WHERE r.ownerId = ?",
              U.teamA,
            ),
          ).toEqual([{ frequency: "weekly", weekday: 2, time: "08:15", format: "xlsx" }]),
      },
    ],
  });
  const scheduleOf = (id: string) =>
    db("SELECT paused, stoppedReason, nextAt FROM ReportSchedule WHERE savedReportId = ?", id);
  // Pausieren, then Fortsetzen of the company manager's series: only its owner may do either.
  for (const [what, button, notice, paused] of [
    ["pauseSchedule", de.Reports.delivery.pause, "schedulePaused", 1],
    ["resumeSchedule", de.Reports.delivery.resume, "scheduleResumed", 0],
  ] as const) {
    await run({
      name: `reports: ${what}`,
      capture: "/manager/reports",
      form: `main form:has(button[aria-label="${button}: Matrix Zustellung"])`,
      success: new RegExp(`^/manager/reports(#my-reports)? \\+ notice:${notice}$`),
      snapshot: schedules,
      attempts: [
        ...outsiders(["teamA", "teamB", ...NOBODY], [["savedId", SR.Rscheduled]]),
        {
          principal: "company",
          expected: "allow",
          fields: [["savedId", SR.Rscheduled]],
          verify: () => expect(scheduleOf(SR.Rscheduled)).toEqual([expect.objectContaining({ paused })]),
        },
      ],
    });
  }
  await run({
    name: "reports: deleteSavedReport",
    capture: `/manager/reports/saved/${SR.Rcompany}/delete`,
    form: 'main form:has(input[name="savedId"])',
    success: /^\/manager\/reports(#my-reports)? \+ notice:reportDeleted$/,
    snapshot: savedReports,
    attempts: [
      ...outsiders(["teamA", "teamB", ...NOBODY], [["savedId", SR.Rcompany]]),
      {
        principal: "company",
        expected: "allow",
        fields: [["savedId", SR.Rcompany]],
        verify: () => expect(db("SELECT id FROM SavedReport WHERE id = ?", SR.Rcompany)).toEqual([]),
      },
    ],
  });
  const monthlyReports = () =>
    db("SELECT id, ownerId, name, params, format FROM MonthlyReport ORDER BY id").concat(
      db("SELECT id, monthlyReportId, month FROM MonthlyReportResult ORDER BY id"),
    );
  const monthlyFields = (teamId: string): Fields => [
    ["name", "Übernommen monatlich"],
    ["type", "summary"],
    ["grouping", "none"],
    ["portal", ""],
    ["teamId", teamId],
    ["agentId", ""],
    ["format", "csv"],
  ];
  await run({
    name: "monthlyReports: create",
    capture: "/manager/reports/monthly/new",
    form: 'main form:has(select[name="format"])',
    success: /^\/manager\/reports\/monthly \+ notice:monthlyReportCreated$/,
    snapshot: monthlyReports,
    attempts: [
      // Team B's manager lacks the right "Monatliche Berichte".
      ...outsiders(["teamB", ...NOBODY], monthlyFields("")),
      // A team the team manager does not manage: not found, nothing saved.
      { principal: "teamA", expected: "deny", fields: monthlyFields(T.B) },
      {
        principal: "teamA",
        expected: "allow",
        fields: monthlyFields(T.A),
        verify: () =>
          expect(db("SELECT name FROM MonthlyReport WHERE ownerId = ?", U.teamA)).toEqual([
            { name: "Übernommen monatlich" },
          ]),
      },
    ],
  });
  await run({
    name: "monthlyReports: delete",
    capture: `/manager/reports/monthly/delete/${MR.MRcompany.id}`,
    form: 'main form:has(input[name="monthlyReportId"])',
    success: /^\/manager\/reports\/monthly \+ notice:monthlyReportDeleted$/,
    snapshot: monthlyReports,
    attempts: [
      // Another's monthly report is not found, whatever rights the viewer holds.
      ...outsiders(["teamA", "teamB", ...NOBODY], [["monthlyReportId", MR.MRcompany.id]]),
      {
        principal: "company",
        expected: "allow",
        fields: [["monthlyReportId", MR.MRcompany.id]],
        verify: () => {
          expect(db("SELECT id FROM MonthlyReport WHERE id = ?", MR.MRcompany.id)).toEqual([]);
          expect(db("SELECT id FROM MonthlyReportResult WHERE monthlyReportId = ?", MR.MRcompany.id)).toEqual([]);
        },
      },
    ],
  });
  await matrix.report("reports");
});
