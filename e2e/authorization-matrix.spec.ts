// The authorization matrix of the organisation area (issue 3) and of portals, team portal
// assignment and business hours (issue 4): every page and every server action, against every kind
// of principal, as real HTTP requests. Denied actions are tried as forged
// multipart POSTs, the way a browser without JavaScript submits a form: the action's hidden
// $ACTION_* fields are read from a page where a permitted manager sees the form (they identify the
// action and are the same for everyone), the other fields carry the victim's IDs. A denial is proven
// by the response (never the action's success redirect) and by the database being unchanged.
//
// Runs in the js project only: these are plain HTTP requests, the browser's JavaScript plays no part.
import { createHash } from "node:crypto";
import type { APIResponse, Browser, BrowserContext, Page } from "@playwright/test";
import { TEAM_MANAGER_RIGHTS } from "@/lib/access/rights";
import { errorSummary } from "./support/error-summary";
import { expect, test } from "./support/fixtures";
import { de } from "./support/messages";
import { flashOf } from "./support/forged-requests";
import {
  dbQuery,
  password,
  seed,
  setApiManagerGrant,
  setPortalGrant,
  tag,
  withGrantsLock,
  type SeedWeek,
} from "./support/organisation";

const PRINCIPALS = ["company", "teamA", "teamB", "api", "agentMC", "agentNoAccess", "signedOut"] as const;
type PrincipalKey = (typeof PRINCIPALS)[number];
type Expectation = "allow" | "deny";

/** How a request ended, e.g. "200", "404", "303 → /manager". */
type Observed = { status: number; location: string | null; text: string };

type Row = {
  kind: "page" | "action";
  resource: string;
  principal: PrincipalKey;
  expected: Expectation;
  observed: string;
  pass: boolean;
  note?: string;
};

const ALL_RIGHTS = TEAM_MANAGER_RIGHTS;

const MATRIX_WEEK: SeedWeek = [
  ...Array.from({ length: 5 }, () => ({ mode: "ranges" as const, ranges: [{ from: "09:00", to: "17:00" }] })),
  { mode: "closed" },
  { mode: "closed" },
];

test.describe.configure({ mode: "serial" });

test("authorization matrix: pages and server actions × principals", async ({
  lotse,
  browser,
  baseURL,
  javaScriptEnabled,
}) => {
  test.skip(javaScriptEnabled === false, "plain HTTP requests: once (js project) is enough");
  test.setTimeout(420_000);
  const t = tag();
  const pw = password();
  const login = (who: string) => `mx-${who}-${t}@lotse.test`;

  // ---------------------------------------------------------------- the organisation
  const org = await seed(baseURL, {
    teams: [
      { key: "A", name: `Matrix A ${t}` },
      { key: "Asub", name: "A-Sub", parent: "A" },
      { key: "AsubDel", name: "A-Sub-Del", parent: "A" },
      { key: "B", name: `Matrix B ${t}` },
      { key: "Cdel", name: `Matrix C ${t}` },
    ],
    users: [
      {
        key: "company",
        kind: "manager",
        role: "company",
        name: `Matrix Company ${t}`,
        loginId: login("company"),
        password: pw,
      },
      {
        key: "company2",
        kind: "manager",
        role: "company",
        name: `Matrix Company 2 ${t}`,
        loginId: login("company2"),
        password: pw,
      },
      {
        key: "teamA",
        kind: "manager",
        role: "team",
        name: `Matrix Team A ${t}`,
        loginId: login("team-a"),
        password: pw,
        teams: ["A"],
        rights: [...ALL_RIGHTS],
      },
      {
        key: "teamB",
        kind: "manager",
        role: "team",
        name: `Matrix Team B ${t}`,
        loginId: login("team-b"),
        password: pw,
        teams: ["B"],
        rights: [],
      },
      { key: "api", kind: "manager", role: "api", name: `Matrix API ${t}`, loginId: login("api"), password: pw },
      {
        key: "victimTM",
        kind: "manager",
        role: "team",
        name: `Matrix Victim ${t}`,
        loginId: login("victim"),
        password: pw,
        teams: ["A"],
        rights: [],
      },
      {
        key: "victimTMDel",
        kind: "manager",
        role: "team",
        name: `Matrix Victim Del ${t}`,
        loginId: login("victim-del"),
        password: pw,
        teams: ["B"],
        rights: [],
      },
      {
        key: "agentMC",
        kind: "agent",
        firstName: "Mia",
        lastName: `Zugang ${t}`,
        loginId: login("agent-mc"),
        password: pw,
        team: "A",
        managementCenterAccess: true,
      },
      {
        key: "agentNoAccess",
        kind: "agent",
        firstName: "Nils",
        lastName: `Ohne ${t}`,
        loginId: login("agent-no"),
        password: pw,
        team: "A",
      },
      {
        key: "agentA",
        kind: "agent",
        firstName: "Anna",
        lastName: `Opfer ${t}`,
        loginId: login("agent-a"),
        password: pw,
        team: "A",
      },
      {
        key: "agentA2",
        kind: "agent",
        firstName: "Alex",
        lastName: `Sub ${t}`,
        loginId: login("agent-a2"),
        password: pw,
        team: "Asub",
      },
      {
        key: "agentADel",
        kind: "agent",
        firstName: "Adam",
        lastName: `Weg ${t}`,
        loginId: login("agent-a-del"),
        password: pw,
        team: "A",
      },
      {
        key: "agentB",
        kind: "agent",
        firstName: "Berta",
        lastName: `Opfer ${t}`,
        loginId: login("agent-b"),
        password: pw,
        team: "B",
      },
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
      // "Alle N Treffer": the search "Treffer <t>" matches one agent in A, one in A-Sub and one in B.
      ...(
        [
          ["agentAMatch1", "A"],
          ["agentAMatch2", "Asub"],
          ["agentBMatch", "B"],
        ] as const
      ).map(([key, team]) => ({
        key,
        kind: "agent" as const,
        firstName: key,
        lastName: `Treffer ${t}`,
        loginId: login(key.toLowerCase()),
        password: pw,
        team,
      })),
    ],
    bulkEntries: [{ key: "companyBulkEntry", manager: "company", status: "done", total: 2 }],
    // Team A serves portal P (so team A's manager, who holds "Geschäftszeiten verwalten", sees P's
    // business hours); nobody serves Q. Pdel and the sets named Del are there to be deleted.
    portals: [
      {
        key: "P",
        name: `Matrix Portal ${t}`,
        slug: `mx-portal-${t}`,
        subPortals: [
          { key: "PS1", name: "Allgemein", slug: "allgemein", teams: ["A"] },
          { key: "PS2", name: "Zweites", slug: "zweites" },
        ],
      },
      {
        key: "Pdel",
        name: `Matrix Portal Del ${t}`,
        slug: `mx-portal-del-${t}`,
        subPortals: [{ key: "PdelS1", name: "Allgemein", slug: "allgemein" }],
      },
      {
        key: "Q",
        name: `Matrix Fremd ${t}`,
        slug: `mx-fremd-${t}`,
        subPortals: [{ key: "QS1", name: "Allgemein", slug: "allgemein" }],
      },
    ],
    hoursSets: [
      { key: "HP", name: `Matrix Zeiten P ${t}`, timeZone: "Europe/Berlin", week: MATRIX_WEEK, portals: ["P"] },
      { key: "HQ", name: `Matrix Zeiten Q ${t}`, timeZone: "Europe/Berlin", week: MATRIX_WEEK, portals: ["Q"] },
      { key: "Hdel", name: `Matrix Zeiten Del ${t}`, timeZone: "Europe/Berlin", week: MATRIX_WEEK, portals: ["P"] },
    ],
    holidaySets: [
      {
        key: "HolP",
        name: `Matrix Feiertage P ${t}`,
        timeZone: "Europe/Berlin",
        dates: [{ name: "Neujahr", startDate: "2027-01-01", everyYear: true }],
        portals: ["P"],
      },
      {
        key: "HolQ",
        name: `Matrix Feiertage Q ${t}`,
        timeZone: "Europe/Berlin",
        dates: [{ name: "Neujahr", startDate: "2027-01-01", everyYear: true }],
        portals: ["Q"],
      },
      { key: "HolDel", name: `Matrix Feiertage Del ${t}`, timeZone: "Europe/Berlin", dates: [], portals: ["P"] },
    ],
    // Waiting requests on Q, for "Wartende Anfragen abbrechen"; on PS1 (team A's), for the Dashboard.
    requests: [
      { key: "Q1", subPortal: "QS1", customerName: "Wartend Eins" },
      { key: "Q2", subPortal: "QS1", customerName: "Wartend Zwei" },
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
    monitors: [
      { key: "Magents", owner: "company", kind: "agents", name: "Matrix Mitarbeiter" },
      { key: "Mqueues", owner: "company", kind: "queues", name: "Matrix Warteschlangen" },
      { key: "Mmanagers", owner: "company", kind: "managers", name: "Matrix Manager" },
    ],
  });
  const SS = org.sessions as Record<"SA" | "SB", { id: string; number: string }>;
  const P = org.portals as Record<"P" | "Pdel" | "Q", string>;
  const S = org.subPortals as Record<"PS1" | "PS2" | "PdelS1" | "QS1", string>;
  const H = org.hoursSets as Record<"HP" | "HQ" | "Hdel", string>;
  const Hol = org.holidaySets as Record<"HolP" | "HolQ" | "HolDel", string>;
  const T = org.teams as Record<"A" | "Asub" | "AsubDel" | "B" | "Cdel", string>;
  type UserKey =
    | "company"
    | "company2"
    | "teamA"
    | "teamB"
    | "api"
    | "victimTM"
    | "victimTMDel"
    | "agentMC"
    | "agentNoAccess"
    | "agentA"
    | "agentA2"
    | "agentADel"
    | "agentB"
    | "agentAMatch1"
    | "agentAMatch2"
    | "agentBMatch"
    | "agentDashA"
    | "agentDashB";
  const U = org.users as Record<UserKey, string>;
  const M = org.monitors as Record<"Magents" | "Mqueues" | "Mmanagers", string>;
  const R = org.requests as Record<"Q1" | "Q2" | "D1", { id: number; token: string }>;
  const db = <R = Record<string, unknown>>(sql: string, ...params: unknown[]) => dbQuery<R>(baseURL, sql, ...params);

  // ---------------------------------------------------------------- the principals
  const contexts = {} as Record<PrincipalKey, BrowserContext>;
  for (const key of ["company", "teamA", "teamB", "api", "agentMC"] as const) {
    const page = await lotse.newPage();
    await lotse.signIn(page, "manager", {
      loginId: login({ company: "company", teamA: "team-a", teamB: "team-b", api: "api", agentMC: "agent-mc" }[key]),
      password: pw,
    });
    contexts[key] = page.context();
  }
  await test.step("an agent without Management Center access cannot sign in", async () => {
    const page = await lotse.newPage();
    await lotse.attemptSignIn(page, "manager", { loginId: login("agent-no"), password: pw });
    await expect(errorSummary(page).getByRole("listitem")).toHaveText(de.Errors.signInElsewhere.agent);
    await page.goto("/manager/home");
    await expect(page).toHaveURL(/\/manager$/);
    contexts.agentNoAccess = page.context();
  });
  contexts.signedOut = await lotse.newContext();

  const rows: Row[] = [];
  const scratch = await scratchPage(browser);

  const observe = (response: APIResponse, text: string): Observed => {
    const raw = response.headers()["location"] ?? null;
    const location = raw
      ? (() => {
          const u = new URL(raw, baseURL);
          return u.pathname + u.search;
        })()
      : null;
    // The notice a redirect leaves for its page travels in a cookie (a flash): shown beside the URL.
    const flash = flashOf(response);
    return { status: response.status(), location: location && flash ? `${location} + ${flash}` : location, text };
  };
  const show = (o: Observed) => (o.location ? `${o.status} → ${o.location}` : String(o.status));
  const isSignInRedirect = (o: Observed) => o.status >= 300 && o.status < 400 && o.location === "/manager";

  // ---------------------------------------------------------------- pages
  async function checkPage(resource: string, url: string, allowed: PrincipalKey[]) {
    for (const principal of PRINCIPALS) {
      const expected: Expectation = allowed.includes(principal) ? "allow" : "deny";
      const response = await contexts[principal].request.get(url, { maxRedirects: 0 });
      const o = observe(response, await response.text());
      const signedOut = principal === "signedOut" || principal === "agentNoAccess";
      // (Every page carries the not-found text in its RSC payload, so look at the rendered heading.)
      const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(o.text)?.[1] ?? "";
      const pass =
        expected === "allow"
          ? o.status === 200 && heading !== "" && heading !== de.NotFound.title
          : signedOut
            ? isSignInRedirect(o)
            : // The not-found page itself, rendered on the server (scripts/lib/error-page-fallback.mjs).
              o.status === 404 && heading === de.NotFound.title;
      rows.push({
        kind: "page",
        resource,
        principal,
        expected,
        observed: show(o),
        pass,
        note: pass ? undefined : `h1: ${heading.slice(0, 80)}`,
      });
    }
  }

  const managerPages = (grant: "off" | "on") =>
    checkPage(`GET /manager/managers/api (grant ${grant})`, "/manager/managers/api", grant === "on" ? ["company"] : []);
  const portalPages = async (grant: "off" | "on") => {
    const editors: PrincipalKey[] = grant === "on" ? ["company"] : [];
    await checkPage(`GET /manager/portals/new (grant ${grant})`, "/manager/portals/new", editors);
    await checkPage(`GET /manager/portals/<P>/delete (grant ${grant})`, `/manager/portals/${P.P}/delete`, editors);
    await checkPage(
      `GET /manager/portals/<P>/sub-portals/<PS2>/delete (grant ${grant})`,
      `/manager/portals/${P.P}/sub-portals/${S.PS2}/delete`,
      editors,
    );
  };

  await test.step("pages", async () => {
    await checkPage("GET /manager/managers", "/manager/managers", ["company"]);
    await checkPage("GET /manager/managers/new", "/manager/managers/new", ["company"]);
    await checkPage("GET /manager/managers/<victim>", `/manager/managers/${U.victimTM}`, ["company"]);
    await checkPage("GET /manager/managers/delete?id=<victim>", `/manager/managers/delete?id=${U.victimTM}`, [
      "company",
    ]);
    await checkPage("GET /manager/teams", "/manager/teams", ["company", "teamA", "teamB"]);
    await checkPage("GET /manager/teams/new?name=x&parent=<A-sub>", `/manager/teams/new?name=x&parent=${T.Asub}`, [
      "company",
      "teamA",
    ]);
    await checkPage("GET /manager/teams/new?name=x (top level)", "/manager/teams/new?name=x", ["company"]);
    await checkPage("GET /manager/teams/<A>", `/manager/teams/${T.A}`, ["company", "teamA"]);
    await checkPage("GET /manager/teams/<B>", `/manager/teams/${T.B}`, ["company", "teamB"]);
    await checkPage("GET /manager/teams/<A-sub>/delete", `/manager/teams/${T.Asub}/delete`, ["company", "teamA"]);
    await checkPage("GET /manager/teams/<A>/delete (team manager's own root)", `/manager/teams/${T.A}/delete`, [
      "company",
    ]);
    await checkPage("GET /manager/agents", "/manager/agents", ["company", "teamA", "teamB"]);
    await checkPage("GET /manager/agents/new", "/manager/agents/new", ["company", "teamA"]);
    await checkPage("GET /manager/agents/new/confirm", "/manager/agents/new/confirm", ["company", "teamA"]);
    await checkPage("GET /manager/agents/bulk", "/manager/agents/bulk", ["company", "teamA"]);
    await checkPage(
      "GET /manager/agents/bulk/<company's bulk entry>",
      `/manager/agents/bulk/${org.bulkEntries.companyBulkEntry!}`,
      ["company"],
    );
    await checkPage("GET /manager/agents/<agent in A>", `/manager/agents/${U.agentA}`, ["company", "teamA"]);
    await checkPage("GET /manager/agents/<agent in B>", `/manager/agents/${U.agentB}`, ["company", "teamB"]);
    await checkPage(
      "GET /manager/agents/move?id=<agent in A>&team=<A>",
      `/manager/agents/move?id=${U.agentA}&team=${T.A}`,
      ["company", "teamA"],
    );
    await checkPage(
      "GET /manager/agents/move?id=<agent in A>&team=<B>",
      `/manager/agents/move?id=${U.agentA}&team=${T.B}`,
      ["company"],
    );
    await checkPage("GET /manager/agents/delete?id=<agent in A>", `/manager/agents/delete?id=${U.agentA}`, [
      "company",
      "teamA",
    ]);
    await checkPage("GET /manager/agents/delete?id=<agent in B> (no right)", `/manager/agents/delete?id=${U.agentB}`, [
      "company",
    ]);
    await checkPage(
      "GET /manager/agents/matches/move?team=<A>&to=<A-sub>",
      `/manager/agents/matches/move?q=&team=${T.A}&to=${T.Asub}`,
      ["company", "teamA"],
    );
    await checkPage(
      "GET /manager/agents/matches/move?team=<A>&to=<B>",
      `/manager/agents/matches/move?q=&team=${T.A}&to=${T.B}`,
      ["company"],
    );
    await checkPage(
      "GET /manager/agents/matches/move?team=<B>&to=<B>",
      `/manager/agents/matches/move?team=${T.B}&to=${T.B}`,
      ["company", "teamB"],
    );
    await checkPage("GET /manager/agents/matches/delete?team=<A>", `/manager/agents/matches/delete?team=${T.A}`, [
      "company",
      "teamA",
    ]);
    await checkPage(
      "GET /manager/agents/matches/delete?team=<B> (no right)",
      `/manager/agents/matches/delete?team=${T.B}`,
      ["company"],
    );

    // Portals: company managers see them whatever the Admin Center grant says (the pages that only
    // change portals are checked with the grant off and on, under the lock, below).
    await checkPage("GET /manager/portals", "/manager/portals", ["company"]);
    await checkPage("GET /manager/portals/<P>", `/manager/portals/${P.P}`, ["company"]);
    await checkPage("GET /manager/portals/<P>/sub-portals", `/manager/portals/${P.P}/sub-portals`, ["company"]);
    await checkPage("GET /manager/portals/<P>/sub-portals/<PS2>", `/manager/portals/${P.P}/sub-portals/${S.PS2}`, [
      "company",
    ]);
    await checkPage("GET /manager/portals/<P>/agents", `/manager/portals/${P.P}/agents`, ["company"]);
    await checkPage("GET /manager/portals/<P>/waiting-requests", `/manager/portals/${P.P}/waiting-requests`, [
      "company",
    ]);
    await checkPage(
      "GET /manager/portals/<P>/sub-portals/<Q's sub-portal>",
      `/manager/portals/${P.P}/sub-portals/${S.QS1}`,
      [],
    );
    // Teams › [team] › Portal: read-only for the team's own manager.
    await checkPage("GET /manager/teams/<A>/portal", `/manager/teams/${T.A}/portal`, ["company", "teamA"]);
    await checkPage("GET /manager/teams/<B>/portal", `/manager/teams/${T.B}/portal`, ["company", "teamB"]);
    // Geschäftszeiten (decision 7): team A's manager holds the right and his team serves P; B's does not hold it.
    await checkPage("GET /manager/business-hours", "/manager/business-hours", ["company", "teamA"]);
    await checkPage("GET /manager/business-hours?portal=<P>", `/manager/business-hours?portal=${P.P}`, [
      "company",
      "teamA",
    ]);
    await checkPage("GET /manager/business-hours?portal=<Q>", `/manager/business-hours?portal=${P.Q}`, ["company"]);
    await checkPage("GET /manager/business-hours/hours/new", "/manager/business-hours/hours/new", ["company"]);
    await checkPage("GET /manager/business-hours/hours/<P's set>", `/manager/business-hours/hours/${H.HP}`, [
      "company",
      "teamA",
    ]);
    await checkPage("GET /manager/business-hours/hours/<Q's set>", `/manager/business-hours/hours/${H.HQ}`, [
      "company",
    ]);
    await checkPage(
      "GET /manager/business-hours/hours/<P's set>/delete",
      `/manager/business-hours/hours/${H.HP}/delete`,
      ["company"],
    );
    await checkPage("GET /manager/business-hours/holidays/new", "/manager/business-hours/holidays/new", ["company"]);
    await checkPage("GET /manager/business-hours/holidays/<P's set>", `/manager/business-hours/holidays/${Hol.HolP}`, [
      "company",
      "teamA",
    ]);
    await checkPage("GET /manager/business-hours/holidays/<Q's set>", `/manager/business-hours/holidays/${Hol.HolQ}`, [
      "company",
    ]);
    await checkPage(
      "GET /manager/business-hours/holidays/<P's set>/delete",
      `/manager/business-hours/holidays/${Hol.HolP}/delete`,
      ["company"],
    );
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

  // -------------------------------------------------------------- actions
  type Fields = [string, string][];
  type Attempt = {
    principal: PrincipalKey;
    expected: Expectation;
    fields: Fields;
    note?: string;
    /** Page the POST goes to (default: where the form was captured). */
    path?: string;
    /**
     * A denial that answers with the form again (a validation error), not with "not found"; or, for
     * "all matches", with the confirmation page again because the set is not the one confirmed.
     */
    deniedWith?: "formError" | "ignored" | "stale";
    /** For allowed attempts: proves the change happened. */
    verify?: () => Promise<void> | void;
  };
  type ActionSpec = {
    name: string;
    capture: string;
    form: string;
    success: RegExp;
    /** The state a denied attempt must leave alone. */
    snapshot: () => unknown;
    attempts: Attempt[];
  };

  const captured = new Map<string, Fields>();
  async function actionFields(spec: ActionSpec): Promise<Fields> {
    if (!captured.has(spec.name)) {
      const response = await contexts.company.request.get(spec.capture);
      expect(response.status(), `capture page ${spec.capture}`).toBe(200);
      await scratch.setContent(await response.text());
      const form = scratch.locator(spec.form);
      await expect(form, `form ${spec.form} on ${spec.capture}`).toHaveCount(1);
      const fields = await form.evaluate((f: HTMLFormElement) =>
        [...new FormData(f)]
          .filter(([name]) => name.startsWith("$ACTION"))
          .map(([name, value]) => [name, String(value)] as [string, string]),
      );
      expect(fields.length, `$ACTION fields in ${spec.form}`).toBeGreaterThan(0);
      captured.set(spec.name, fields);
    }
    return captured.get(spec.name)!;
  }

  async function post(principal: PrincipalKey, path: string, fields: Fields): Promise<Observed> {
    const form = new FormData();
    for (const [name, value] of fields) form.append(name, value);
    const response = await contexts[principal].request.post(path, {
      multipart: form,
      headers: { Origin: baseURL! },
      maxRedirects: 0,
    });
    return observe(response, await response.text());
  }

  /** What a no-JS POST to an action that calls notFound() gets back, besides the 404 status. */
  const notFoundBodies = { emptyShell: 0, notFoundPage: 0, other: 0 };

  async function run(spec: ActionSpec) {
    await test.step(`action ${spec.name}`, async () => {
      const hidden = await actionFields(spec);
      for (const attempt of spec.attempts) {
        const before = JSON.stringify(spec.snapshot());
        const o = await post(attempt.principal, attempt.path ?? spec.capture, [...hidden, ...attempt.fields]);
        const after = JSON.stringify(spec.snapshot());
        const succeeded = o.status === 303 && !!o.location && spec.success.test(o.location);
        let pass: boolean;
        if (attempt.expected === "allow") {
          pass = succeeded;
          if (pass && attempt.verify) {
            try {
              await attempt.verify();
            } catch (error) {
              pass = false;
              attempt.note = `${attempt.note ?? ""} verify failed: ${(error as Error).message.split("\n")[0]}`;
            }
          }
        } else {
          const signedOut = attempt.principal === "signedOut" || attempt.principal === "agentNoAccess";
          const refusedAsExpected = signedOut
            ? isSignInRedirect(o)
            : attempt.deniedWith === "formError"
              ? o.status === 200 && !succeeded
              : attempt.deniedWith === "ignored"
                ? true
                : attempt.deniedWith === "stale"
                  ? o.status === 303 &&
                    /^\/manager\/agents\/matches\/.* \+ notice:selectionChanged$/.test(o.location ?? "")
                  : o.status === 404;
          pass = before === after && refusedAsExpected && (attempt.deniedWith === "ignored" || !succeeded);
          if (o.status === 404) {
            const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(o.text)?.[1];
            notFoundBodies[
              o.text.includes('id="__next_error__"')
                ? "emptyShell"
                : h1 === de.NotFound.title
                  ? "notFoundPage"
                  : "other"
            ]++;
          }
          if (before !== after) attempt.note = `${attempt.note ?? ""} DATA CHANGED: ${before} → ${after}`;
        }
        rows.push({
          kind: "action",
          resource: spec.name,
          principal: attempt.principal,
          expected: attempt.expected,
          observed: show(o),
          pass,
          note: attempt.note,
        });
      }
    });
  }

  /** The same denied attempt for every principal that may not use the action at all. */
  const outsiders = (principals: PrincipalKey[], fields: Fields, note?: string): Attempt[] =>
    principals.map((principal) => ({ principal, expected: "deny", fields, note }));
  const NOBODY: PrincipalKey[] = ["api", "agentMC", "agentNoAccess", "signedOut"];

  const team = (id: string) =>
    db<{ name: string; parentId: string | null; greeting: string; functions: string }>(
      "SELECT name, parentId, greeting, functions FROM Team WHERE id = ?",
      id,
    )[0] ?? null;
  const teamsNamed = (name: string) => db("SELECT id, parentId FROM Team WHERE name = ?", name);
  const agent = (id: string) =>
    db(
      "SELECT u.loginId, u.passwordHash, a.firstName, a.lastName, a.customField, a.teamId, a.managementCenterAccess, a.functions FROM User u JOIN AgentProfile a ON a.userId = u.id WHERE u.id = ?",
      id,
    )[0] ?? null;
  const userByLogin = (loginId: string) => db("SELECT id, kind FROM User WHERE loginId = ?", loginId)[0] ?? null;
  const manager = (id: string) =>
    db(
      "SELECT u.loginId, m.name, m.rights, (SELECT group_concat(teamId) FROM ManagerTeam WHERE managerId = m.userId) AS teams FROM User u JOIN ManagerProfile m ON m.userId = u.id WHERE u.id = ?",
      id,
    )[0] ?? null;
  const pendingOf = (managerId: string) =>
    db<{ id: string; loginId: string }>(
      "SELECT id, loginId FROM PendingAgent WHERE managerId = ? ORDER BY createdAt",
      managerId,
    );
  const bulkEntriesOf = (managerId: string) => db("SELECT id FROM BulkEntry WHERE managerId = ?", managerId);
  const matrixManagers = [U.company, U.teamA, U.teamB, U.api, U.agentMC];

  const teamFields = (o: { teamId?: string; name: string; parentId: string; greeting?: string }): Fields => [
    ...(o.teamId ? ([["teamId", o.teamId]] as Fields) : []),
    ["name", o.name],
    ["parentId", o.parentId],
    ["availableLogins", ""],
    ["greeting", o.greeting ?? ""],
    ["cannedMessages", ""],
    ["cannedUrls", ""],
    ["maxSessions", ""],
  ];

  // Teams ---------------------------------------------------------------------------------
  const newName = (who: string) => `Neu ${who} ${t}`;
  await run({
    name: "teams: startNewTeam",
    capture: "/manager/teams",
    form: 'main form:has(input[name="name"])',
    success: /^\/manager\/teams\/new\?/,
    snapshot: () => [teamsNamed(newName("x")).length],
    attempts: [
      {
        principal: "teamB",
        expected: "deny",
        fields: [
          ["name", newName("x")],
          ["parentId", T.Asub],
        ],
        note: "sub-team of a foreign team",
      },
      {
        principal: "teamB",
        expected: "deny",
        fields: [
          ["name", newName("x")],
          ["parentId", T.B],
        ],
        note: "own team, without the right",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: [
          ["name", newName("x")],
          ["parentId", ""],
        ],
        note: "top-level team",
      },
      ...outsiders(NOBODY, [
        ["name", newName("x")],
        ["parentId", T.Asub],
      ]),
      {
        principal: "teamA",
        expected: "allow",
        fields: [
          ["name", newName("x")],
          ["parentId", T.Asub],
        ],
      },
      {
        principal: "company",
        expected: "allow",
        fields: [
          ["name", newName("x")],
          ["parentId", ""],
        ],
      },
    ],
  });

  await run({
    name: "teams: createTeam",
    capture: `/manager/teams/new?name=x&parent=${T.Asub}`,
    form: 'main form:has(input[name="availableLogins"])',
    success: /^\/manager\/teams\/[^/?]+ \+ notice:teamCreated$/,
    snapshot: () => [teamsNamed(newName("forged")).length],
    attempts: [
      {
        principal: "teamB",
        expected: "deny",
        fields: teamFields({ name: newName("forged"), parentId: T.Asub }),
        note: "under a foreign team",
      },
      {
        principal: "teamB",
        expected: "deny",
        fields: teamFields({ name: newName("forged"), parentId: T.B }),
        note: "own team, without the right",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: teamFields({ name: newName("forged"), parentId: "" }),
        note: "top-level team",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: teamFields({ name: newName("forged"), parentId: T.B }),
        note: "under a foreign team",
      },
      ...outsiders(NOBODY, teamFields({ name: newName("forged"), parentId: T.Asub })),
      {
        principal: "teamA",
        expected: "allow",
        fields: teamFields({ name: newName("teamA"), parentId: T.Asub }),
        verify: () => expect(teamsNamed(newName("teamA"))).toEqual([expect.objectContaining({ parentId: T.Asub })]),
      },
      {
        principal: "company",
        expected: "allow",
        fields: teamFields({ name: newName("company"), parentId: "" }),
        verify: () => expect(teamsNamed(newName("company"))).toEqual([expect.objectContaining({ parentId: null })]),
      },
    ],
  });

  const nameA = team(T.A)!.name;
  const nameB = team(T.B)!.name;
  await run({
    name: "teams: updateTeam",
    capture: `/manager/teams/${T.A}`,
    form: 'main form:has(input[name="teamId"])',
    success: /^\/manager\/teams\/[^/?]+ \+ notice:saved$/,
    snapshot: () => [team(T.A), team(T.B)],
    attempts: [
      {
        principal: "teamB",
        expected: "deny",
        fields: teamFields({ teamId: T.A, name: nameA, parentId: "", greeting: "forged" }),
        note: "foreign team",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: teamFields({ teamId: T.B, name: nameB, parentId: "", greeting: "forged" }),
        note: "foreign team",
        path: `/manager/teams/${T.A}`,
      },
      {
        principal: "teamA",
        expected: "deny",
        deniedWith: "formError",
        fields: teamFields({ teamId: T.A, name: nameA, parentId: T.B }),
        note: "move own root under a foreign team",
      },
      ...outsiders(NOBODY, teamFields({ teamId: T.A, name: nameA, parentId: "", greeting: "forged" })),
      {
        principal: "teamA",
        expected: "allow",
        fields: teamFields({ teamId: T.A, name: nameA, parentId: "", greeting: `Hallo von A ${t}` }),
        verify: () => expect(team(T.A)?.greeting).toBe(`Hallo von A ${t}`),
      },
      {
        principal: "teamB",
        expected: "allow",
        path: `/manager/teams/${T.B}`,
        fields: teamFields({ teamId: T.B, name: nameB, parentId: "", greeting: `Hallo von B ${t}` }),
        note: "own team's settings need no right",
        verify: () => expect(team(T.B)?.greeting).toBe(`Hallo von B ${t}`),
      },
    ],
  });

  await run({
    name: "teams: deleteTeam",
    capture: `/manager/teams/${T.Asub}/delete`,
    form: 'main form:has(input[name="teamId"])',
    success: /^\/manager\/teams \+ notice:teamDeleted$/,
    snapshot: () => [team(T.A), team(T.Asub), team(T.B)],
    attempts: [
      { principal: "teamB", expected: "deny", fields: [["teamId", T.Asub]], note: "foreign sub-team" },
      { principal: "teamB", expected: "deny", fields: [["teamId", T.B]], note: "own root team" },
      { principal: "teamA", expected: "deny", fields: [["teamId", T.A]], note: "own root team" },
      { principal: "teamA", expected: "deny", fields: [["teamId", T.B]], note: "foreign team" },
      ...outsiders(NOBODY, [["teamId", T.Asub]]),
      {
        principal: "teamA",
        expected: "allow",
        fields: [["teamId", T.AsubDel]],
        path: `/manager/teams/${T.AsubDel}/delete`,
        verify: () => expect(team(T.AsubDel)).toBeNull(),
      },
      {
        principal: "company",
        expected: "allow",
        fields: [["teamId", T.Cdel]],
        path: `/manager/teams/${T.Cdel}/delete`,
        verify: () => expect(team(T.Cdel)).toBeNull(),
      },
    ],
  });

  // Agents: the pending list ----------------------------------------------------------------
  const pendingLogin = (who: string) => `mx-pending-${who}-${t}@lotse.test`;
  const agentFields = (loginId: string, teamId: string): Fields => [
    ["loginId", loginId],
    ["email", ""],
    ["firstName", "Paula"],
    ["lastName", `Pending ${t}`],
    ["screenName", ""],
    ["password", pw],
    ["teamId", teamId],
    ["customField", ""],
  ];
  const allPending = () => matrixManagers.map((id) => pendingOf(id).map((p) => p.loginId));
  await run({
    name: "agents: addPendingAgent",
    capture: "/manager/agents/new",
    form: 'main form:has(input[name="firstName"])',
    success: /^\/manager\/agents\/new\?team=[^&]+ \+ notice:addedToList$/,
    snapshot: allPending,
    attempts: [
      {
        principal: "teamB",
        expected: "deny",
        fields: agentFields(pendingLogin("forged"), T.B),
        note: "own team, without the right",
      },
      { principal: "teamB", expected: "deny", fields: agentFields(pendingLogin("forged"), T.A), note: "foreign team" },
      {
        principal: "teamA",
        expected: "deny",
        deniedWith: "formError",
        fields: agentFields(pendingLogin("forged"), T.B),
        note: "foreign team",
      },
      ...outsiders(NOBODY, agentFields(pendingLogin("forged"), T.A)),
      {
        principal: "company",
        expected: "allow",
        fields: agentFields(pendingLogin("company"), T.A),
        verify: () => expect(pendingOf(U.company).map((p) => p.loginId)).toEqual([pendingLogin("company")]),
      },
      { principal: "teamA", expected: "allow", fields: agentFields(pendingLogin("a1"), T.Asub) },
      {
        principal: "teamA",
        expected: "allow",
        fields: agentFields(pendingLogin("a2"), T.A),
        verify: () =>
          expect(pendingOf(U.teamA).map((p) => p.loginId)).toEqual([pendingLogin("a1"), pendingLogin("a2")]),
      },
    ],
  });

  const companyPending = pendingOf(U.company)[0]!.id;
  const teamAPending = () => pendingOf(U.teamA);
  await run({
    name: "agents: pendingList (remove)",
    capture: "/manager/agents/new",
    form: 'main form:has(input[name="pendingIds"])',
    success: /^\/manager\/agents\/new \+ notice:removedFromList$/,
    snapshot: allPending,
    attempts: [
      {
        principal: "teamB",
        expected: "deny",
        fields: [
          ["pendingIds", companyPending],
          ["intent", "remove"],
        ],
      },
      {
        principal: "teamA",
        expected: "deny",
        deniedWith: "ignored",
        fields: [
          ["pendingIds", companyPending],
          ["intent", "remove"],
        ],
        note: "another manager's entry: ignored (the list is scoped to the signed-in manager)",
      },
      ...outsiders(NOBODY, [
        ["pendingIds", companyPending],
        ["intent", "remove"],
      ]),
      {
        principal: "teamA",
        expected: "allow",
        fields: [
          ["pendingIds", teamAPending()[1]!.id],
          ["intent", "remove"],
        ],
        verify: () => expect(teamAPending().map((p) => p.loginId)).toEqual([pendingLogin("a1")]),
      },
    ],
  });
  await run({
    name: "agents: pendingList (create)",
    capture: "/manager/agents/new",
    form: 'main form:has(input[name="pendingIds"])',
    success: /^\/manager\/agents\/new\/confirm$/,
    snapshot: allPending,
    attempts: [
      { principal: "teamB", expected: "deny", fields: [["intent", "create"]], note: "without the right" },
      ...outsiders(NOBODY, [["intent", "create"]]),
      { principal: "teamA", expected: "allow", fields: [["intent", "create"]] },
    ],
  });

  await run({
    name: "agents: createPendingAgents",
    capture: "/manager/agents/new/confirm",
    form: "main form",
    success: /^\/manager\/agents \+ notice:agentsCreated:\d+$/,
    snapshot: () => [allPending(), userByLogin(pendingLogin("company")), userByLogin(pendingLogin("a1"))],
    attempts: [
      { principal: "teamB", expected: "deny", fields: [], note: "without the right" },
      ...outsiders(NOBODY, []),
      {
        principal: "teamA",
        expected: "allow",
        fields: [],
        verify: () => {
          expect(userByLogin(pendingLogin("a1"))).toEqual({ id: expect.any(String), kind: "agent" });
          expect(userByLogin(pendingLogin("company"))).toBeNull();
          expect(teamAPending()).toEqual([]);
        },
      },
    ],
  });

  // Agents: Masseneingabe --------------------------------------------------------------------
  const bulkLogin = (who: string) => `mx-bulk-${who}-${t}@lotse.test`;
  const bulkLine = (teamPath: [string, string], loginId: string) =>
    `${teamPath[0]},${teamPath[1]},${loginId},Bruno,Bulk ${t},${pw},Bruno,`;
  await run({
    name: "agents: startBulkEntry",
    capture: "/manager/agents/bulk",
    form: 'main form:has(textarea[name="bulkText"])',
    success: /^\/manager\/agents\/bulk\/[^/?]+$/,
    snapshot: () => [userByLogin(bulkLogin("forged")), ...matrixManagers.map((id) => bulkEntriesOf(id).length)],
    attempts: [
      {
        principal: "teamB",
        expected: "deny",
        fields: [["bulkText", bulkLine(["", nameB], bulkLogin("forged"))]],
        note: "own team, without the right",
      },
      {
        principal: "teamA",
        expected: "deny",
        deniedWith: "formError",
        fields: [["bulkText", bulkLine(["", nameB], bulkLogin("forged"))]],
        note: "foreign team: reported as unknown",
      },
      ...outsiders(NOBODY, [["bulkText", bulkLine(["", nameA], bulkLogin("forged"))]]),
      {
        principal: "teamA",
        expected: "allow",
        fields: [["bulkText", bulkLine([nameA, "A-Sub"], bulkLogin("a"))]],
        verify: async () => {
          await expect
            .poll(() => userByLogin(bulkLogin("a")), { timeout: 15_000 })
            .toEqual({ id: expect.any(String), kind: "agent" });
        },
      },
    ],
  });

  // Agents: edit -------------------------------------------------------------------------------
  const agentUpdate = (
    id: string,
    o: {
      loginId: string;
      firstName: string;
      lastName: string;
      teamId: string;
      customField?: string;
      mc?: boolean;
      newPassword?: string;
    },
  ): Fields => [
    ["agentId", id],
    ["loginId", o.loginId],
    ["firstName", o.firstName],
    ["lastName", o.lastName],
    ["screenName", o.firstName],
    ["email", o.loginId],
    ["customField", o.customField ?? ""],
    ["teamId", o.teamId],
    ...(o.mc ? ([["managementCenterAccess", "on"]] as Fields) : []),
    ["newPassword", o.newPassword ?? ""],
    ["maxSessions", ""],
    ["function.diagnostics", "off"],
  ];
  const annaA = { loginId: login("agent-a"), firstName: "Anna", lastName: `Opfer ${t}`, teamId: T.A };
  const bertaB = { loginId: login("agent-b"), firstName: "Berta", lastName: `Opfer ${t}`, teamId: T.B };
  await run({
    name: "agents: updateAgent",
    capture: `/manager/agents/${U.agentA}`,
    form: 'main form:has(input[name="agentId"])',
    success: /^\/manager\/agents\/[^/?]+ \+ notice:saved$/,
    snapshot: () => [agent(U.agentA), agent(U.agentB), agent(U.agentMC)],
    attempts: [
      {
        principal: "teamB",
        expected: "deny",
        fields: agentUpdate(U.agentA, { ...annaA, customField: "forged", mc: true }),
        note: "foreign agent",
      },
      {
        principal: "teamB",
        expected: "deny",
        fields: agentUpdate(U.agentB, { ...bertaB, firstName: "Forged" }),
        note: "own agent's name, without the right",
        path: `/manager/agents/${U.agentB}`,
      },
      {
        principal: "teamB",
        expected: "deny",
        fields: agentUpdate(U.agentB, { ...bertaB, newPassword: "Forged-password-1" }),
        note: "own agent's password, without the right",
        path: `/manager/agents/${U.agentB}`,
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: agentUpdate(U.agentB, { ...bertaB, customField: "forged" }),
        note: "foreign agent",
      },
      {
        principal: "teamA",
        expected: "deny",
        deniedWith: "formError",
        fields: agentUpdate(U.agentA, { ...annaA, teamId: T.B }),
        note: "into a foreign team",
      },
      {
        principal: "agentMC",
        expected: "deny",
        fields: agentUpdate(U.agentMC, {
          loginId: login("agent-mc"),
          firstName: "Mia",
          lastName: `Zugang ${t}`,
          teamId: T.A,
          customField: "self",
        }),
        note: "itself",
      },
      ...outsiders(NOBODY, agentUpdate(U.agentA, { ...annaA, customField: "forged", mc: true })),
      {
        principal: "teamA",
        expected: "allow",
        fields: agentUpdate(U.agentA, { ...annaA, customField: `von A ${t}` }),
        verify: () =>
          expect(agent(U.agentA)).toMatchObject({ customField: `von A ${t}`, functions: '{"diagnostics":false}' }),
      },
      {
        principal: "teamB",
        expected: "allow",
        path: `/manager/agents/${U.agentB}`,
        fields: agentUpdate(U.agentB, { ...bertaB, customField: `von B ${t}` }),
        note: "own agent, no name change",
        verify: () => expect(agent(U.agentB)).toMatchObject({ customField: `von B ${t}` }),
      },
    ],
  });

  // Agents: list selection, move, delete -------------------------------------------------------
  await run({
    name: "agents: agentSelection",
    capture: "/manager/agents",
    form: 'main form:has(input[name="agentIds"])',
    success: /^\/manager\/agents\/(matches\/)?(move|delete)\?/,
    snapshot: () => [agent(U.agentA)],
    attempts: [
      ...outsiders(NOBODY, [
        ["agentIds", U.agentA],
        ["intent", "delete"],
        ["returnTo", "/manager/agents"],
      ]),
      {
        principal: "company",
        expected: "allow",
        fields: [
          ["agentIds", U.agentA],
          ["intent", "move"],
          ["targetTeamId", T.Asub],
          ["returnTo", "/manager/agents"],
        ],
      },
      {
        principal: "teamB",
        expected: "deny",
        fields: [
          ["agentIds", U.agentB],
          ["intent", "delete"],
          ["returnTo", "/manager/agents"],
        ],
        note: "delete, without the right",
      },
      {
        principal: "teamB",
        expected: "allow",
        fields: [
          ["agentIds", U.agentB],
          ["intent", "move"],
          ["targetTeamId", T.B],
          ["returnTo", "/manager/agents"],
        ],
      },
      {
        principal: "teamB",
        expected: "deny",
        fields: [
          ["matches", "on"],
          ["q", ""],
          ["team", ""],
          ["intent", "delete"],
        ],
        note: "all matches, delete, without the right",
      },
      {
        principal: "company",
        expected: "allow",
        fields: [
          ["matches", "on"],
          ["q", `Treffer ${t}`],
          ["team", T.A],
          ["intent", "move"],
          ["targetTeamId", T.Asub],
        ],
        note: "all matches",
      },
      ...outsiders(NOBODY, [
        ["matches", "on"],
        ["q", ""],
        ["team", ""],
        ["intent", "move"],
        ["targetTeamId", T.A],
      ]),
    ],
  });
  await test.step("a forged selection only leads to the confirmation page, which refuses it", async () => {
    const response = await contexts.teamB.request.get(`/manager/agents/delete?id=${U.agentA}`, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
  });

  await run({
    name: "agents: moveAgents",
    capture: `/manager/agents/move?id=${U.agentA}&team=${T.Asub}`,
    form: 'main form:has(input[name="targetTeamId"])',
    success: /^\/manager\/agents \+ notice:agentsMoved:\d+$/,
    snapshot: () => [agent(U.agentA)?.teamId, agent(U.agentB)?.teamId, agent(U.agentA2)?.teamId],
    attempts: [
      {
        principal: "teamB",
        expected: "deny",
        fields: [
          ["agentIds", U.agentA],
          ["targetTeamId", T.B],
        ],
        note: "foreign agent into own team",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: [
          ["agentIds", U.agentB],
          ["targetTeamId", T.A],
        ],
        note: "foreign agent into own team",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: [
          ["agentIds", U.agentA],
          ["targetTeamId", T.B],
        ],
        note: "own agent into a foreign team",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: [
          ["agentIds", U.agentA2],
          ["agentIds", U.agentB],
          ["targetTeamId", T.A],
        ],
        note: "own + foreign agent: all or nothing",
      },
      ...outsiders(NOBODY, [
        ["agentIds", U.agentA],
        ["targetTeamId", T.Asub],
      ]),
      {
        principal: "teamA",
        expected: "allow",
        fields: [
          ["agentIds", U.agentA2],
          ["targetTeamId", T.A],
        ],
        verify: () => expect(agent(U.agentA2)?.teamId).toBe(T.A),
      },
    ],
  });

  await run({
    name: "agents: deleteAgents",
    capture: `/manager/agents/delete?id=${U.agentA}`,
    form: 'main form:has(input[name="agentIds"])',
    success: /^\/manager\/agents \+ notice:agentsDeleted:\d+$/,
    snapshot: () => [agent(U.agentA), agent(U.agentB)],
    attempts: [
      { principal: "teamB", expected: "deny", fields: [["agentIds", U.agentA]], note: "foreign agent" },
      { principal: "teamB", expected: "deny", fields: [["agentIds", U.agentB]], note: "own agent, without the right" },
      { principal: "teamA", expected: "deny", fields: [["agentIds", U.agentB]], note: "foreign agent" },
      ...outsiders(NOBODY, [["agentIds", U.agentA]]),
      {
        principal: "teamA",
        expected: "allow",
        fields: [["agentIds", U.agentADel]],
        verify: () => expect(agent(U.agentADel)).toBeNull(),
      },
    ],
  });

  // "Alle N Treffer": the request names a filter; the confirmation's count and fingerprint come with it.
  // A denied filter or target answers 404; a confirmation of more than the actor's scope matches
  // changes nothing and goes back to the confirmation page (decision record 13).
  const matchesOf = (ids: string[]): Fields => [
    ["count", String(ids.length)],
    ["fingerprint", selectionFingerprint(ids)],
  ];
  const treffer = `Treffer ${t}`;
  const allThree = [U.agentAMatch1, U.agentAMatch2, U.agentBMatch];
  const teamAs = [U.agentAMatch1, U.agentAMatch2];
  await run({
    name: "agents: moveAgentMatches",
    capture: `/manager/agents/matches/move?q=${encodeURIComponent(treffer)}&team=&to=${T.Asub}`,
    form: 'main form:has(input[name="fingerprint"])',
    success: /^\/manager\/agents \+ notice:agentsMoved:\d+$/,
    snapshot: () => allThree.map((id) => agent(id)?.teamId),
    attempts: [
      {
        principal: "teamA",
        expected: "deny",
        fields: [["q", treffer], ["team", T.B], ["to", T.A], ...matchesOf([U.agentBMatch])],
        note: "a foreign team as the filter",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: [["q", treffer], ["team", ""], ["to", T.B], ...matchesOf(teamAs)],
        note: "a foreign target",
      },
      {
        principal: "teamB",
        expected: "deny",
        fields: [["q", treffer], ["team", T.A], ["to", T.B], ...matchesOf(teamAs)],
        note: "a foreign team as the filter",
      },
      {
        principal: "teamA",
        expected: "deny",
        deniedWith: "stale",
        fields: [["q", treffer], ["team", ""], ["to", T.Asub], ...matchesOf(allThree)],
        note: "confirmed with B's agent: A's filter matches two",
      },
      ...outsiders(NOBODY, [["q", treffer], ["team", ""], ["to", T.A], ...matchesOf(allThree)]),
      {
        principal: "teamA",
        expected: "allow",
        fields: [["q", treffer], ["team", ""], ["to", T.Asub], ...matchesOf(teamAs)],
        verify: () => expect(allThree.map((id) => agent(id)?.teamId)).toEqual([T.Asub, T.Asub, T.B]),
      },
    ],
  });

  await run({
    name: "agents: deleteAgentMatches",
    capture: `/manager/agents/matches/delete?q=${encodeURIComponent(treffer)}&team=`,
    form: 'main form:has(input[name="fingerprint"])',
    success: /^\/manager\/agents \+ notice:agentsDeleted:\d+$/,
    snapshot: () => allThree.map((id) => agent(id)),
    attempts: [
      {
        principal: "teamB",
        expected: "deny",
        fields: [["q", treffer], ["team", ""], ...matchesOf([U.agentBMatch])],
        note: "own agents, without the right",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: [["q", treffer], ["team", T.B], ...matchesOf([U.agentBMatch])],
        note: "a foreign team as the filter",
      },
      {
        principal: "teamA",
        expected: "deny",
        deniedWith: "stale",
        fields: [["q", treffer], ["team", ""], ...matchesOf(allThree)],
        note: "confirmed with B's agent: A's filter matches two",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: [
          ["q", treffer],
          ["team", ""],
          ["count", "2"],
          ["fingerprint", "not a fingerprint"],
        ],
        note: "a malformed confirmation",
      },
      ...outsiders(NOBODY, [["q", treffer], ["team", ""], ...matchesOf(allThree)]),
      {
        principal: "teamA",
        expected: "allow",
        fields: [["q", treffer], ["team", ""], ...matchesOf(teamAs)],
        verify: () => expect(allThree.map((id) => agent(id) !== null)).toEqual([false, false, true]),
      },
    ],
  });

  // Managers -------------------------------------------------------------------------------------
  const TEAM_MANAGERS: PrincipalKey[] = ["teamA", "teamB"];
  await run({
    name: "managers: managerSelection",
    capture: "/manager/managers",
    form: 'main form:has(input[name="managerIds"])',
    success: /^\/manager\/managers\/delete\?/,
    snapshot: () => [manager(U.victimTM)],
    attempts: [
      ...outsiders(
        [...TEAM_MANAGERS, ...NOBODY],
        [
          ["managerIds", U.victimTM],
          ["returnTo", "/manager/managers"],
        ],
      ),
      {
        principal: "company",
        expected: "allow",
        fields: [
          ["managerIds", U.victimTM],
          ["returnTo", "/manager/managers"],
        ],
      },
    ],
  });

  await run({
    name: "managers: deleteManagers",
    capture: `/manager/managers/delete?id=${U.victimTM}`,
    form: 'main form:has(input[name="managerIds"])',
    success: /^\/manager\/managers \+ notice:managersDeleted:\d+$/,
    snapshot: () => [manager(U.victimTM), manager(U.company2), manager(U.teamB)],
    attempts: [
      ...outsiders([...TEAM_MANAGERS, ...NOBODY], [["managerIds", U.victimTM]]),
      { principal: "teamB", expected: "deny", fields: [["managerIds", U.teamB]], note: "itself" },
      { principal: "company", expected: "deny", fields: [["managerIds", U.company2]], note: "a company manager" },
      {
        principal: "company",
        expected: "allow",
        fields: [["managerIds", U.victimTMDel]],
        verify: () => expect(manager(U.victimTMDel)).toBeNull(),
      },
    ],
  });

  const managerFields = (o: {
    managerId?: string;
    loginId: string;
    name: string;
    password: string;
    teamIds: string[];
    rights: readonly string[];
  }): Fields => [
    ...(o.managerId ? ([["managerId", o.managerId]] as Fields) : []),
    ["name", o.name],
    ["loginId", o.loginId],
    ["email", o.loginId],
    ["password", o.password],
    ...o.teamIds.map((id) => ["teamIds", id] as [string, string]),
    ...o.rights.map((r) => ["rights", r] as [string, string]),
  ];
  await run({
    name: "managers: createTeamManager",
    capture: "/manager/managers/new",
    form: 'main form:has(input[name="rights"])',
    success: /^\/manager\/managers \+ notice:teamManagerCreated$/,
    snapshot: () => [userByLogin(login("forged-tm"))],
    attempts: [
      ...outsiders(
        [...TEAM_MANAGERS, ...NOBODY],
        managerFields({
          loginId: login("forged-tm"),
          name: "Forged",
          password: pw,
          teamIds: [T.A, T.B],
          rights: ALL_RIGHTS,
        }),
      ),
      {
        principal: "company",
        expected: "allow",
        fields: managerFields({
          loginId: login("new-tm"),
          name: `Neu TM ${t}`,
          password: pw,
          teamIds: [T.B],
          rights: ["addDeleteAgents"],
        }),
        verify: () =>
          expect(manager(userByLogin(login("new-tm"))?.id as string)).toMatchObject({
            teams: T.B,
            rights: '["addDeleteAgents"]',
          }),
      },
    ],
  });

  await run({
    name: "managers: updateTeamManager",
    capture: `/manager/managers/${U.victimTM}`,
    form: 'main form:has(input[name="managerId"])',
    success: /^\/manager\/managers\/[^/?]+ \+ notice:saved$/,
    snapshot: () => [manager(U.victimTM), manager(U.teamB), manager(U.teamA)],
    attempts: [
      {
        principal: "teamB",
        expected: "deny",
        fields: managerFields({
          managerId: U.teamB,
          loginId: login("team-b"),
          name: "Escalated",
          password: "",
          teamIds: [T.A, T.B],
          rights: ALL_RIGHTS,
        }),
        note: "its own teams and rights",
      },
      ...outsiders(
        ["teamA", ...NOBODY],
        managerFields({
          managerId: U.victimTM,
          loginId: login("victim"),
          name: "Forged",
          password: "",
          teamIds: [T.A, T.B],
          rights: ALL_RIGHTS,
        }),
      ),
      {
        principal: "company",
        expected: "allow",
        fields: managerFields({
          managerId: U.victimTM,
          loginId: login("victim"),
          name: `Umbenannt ${t}`,
          password: "",
          teamIds: [T.A],
          rights: [],
        }),
        verify: () => expect(manager(U.victimTM)).toMatchObject({ name: `Umbenannt ${t}` }),
      },
    ],
  });

  // The API-Manager tab: only with the Admin Center grant (account-wide: under the lock) ----
  const apiFields = (who: string): Fields => [
    ["name", `API ${who} ${t}`],
    ["loginId", login(`api-${who}`)],
    ["email", login(`api-${who}`)],
    ["password", pw],
  ];
  const apiSpec = (attempts: Attempt[]): ActionSpec => ({
    name: "managers: createApiManager",
    capture: "/manager/managers/api",
    form: 'main form:has(input[name="password"])',
    success: /^\/manager\/managers\/api \+ notice:apiManagerCreated$/,
    snapshot: () => [userByLogin(login("api-forged"))],
    attempts,
  });
  await withGrantsLock(baseURL, async () => {
    await setApiManagerGrant(lotse, false);
    await managerPages("off");
    await setApiManagerGrant(lotse, true);
    await managerPages("on");
    await actionFields(apiSpec([]));
    await setApiManagerGrant(lotse, false);
    await run(apiSpec([{ principal: "company", expected: "deny", fields: apiFields("forged"), note: "grant off" }]));
    await setApiManagerGrant(lotse, true);
    await run(
      apiSpec([
        ...outsiders([...TEAM_MANAGERS, ...NOBODY], apiFields("forged"), "grant on"),
        {
          principal: "company",
          expected: "allow",
          fields: apiFields("new"),
          note: "grant on",
          verify: () =>
            expect(
              db(
                "SELECT m.role FROM User u JOIN ManagerProfile m ON m.userId = u.id WHERE u.loginId = ?",
                login("api-new"),
              ),
            ).toEqual([{ role: "api" }]),
        },
      ]),
    );
    await setApiManagerGrant(lotse, false);
  });

  // Teams › [team] › Portal: only company managers assign teams (no grant needed) ---------------
  const teamSubPortals = () =>
    db("SELECT teamId, subPortalId FROM TeamSubPortal WHERE teamId IN (?, ?) ORDER BY teamId, subPortalId", T.A, T.B);
  const teamPortalFields = (teamId: string, subPortalIds: string[]): Fields => [
    ["teamId", teamId],
    ...subPortalIds.map((id) => ["subPortalIds", id] as [string, string]),
  ];
  await run({
    name: "teams: setTeamPortals",
    capture: `/manager/teams/${T.A}/portal`,
    form: 'main form:has(input[name="teamId"])',
    success: /^\/manager\/teams\/[^/?]+\/portal \+ notice:saved$/,
    snapshot: teamSubPortals,
    attempts: [
      {
        principal: "teamA",
        expected: "deny",
        fields: teamPortalFields(T.A, [S.PS1, S.QS1]),
        note: "own team (read-only for team managers)",
      },
      {
        principal: "teamB",
        expected: "deny",
        fields: teamPortalFields(T.B, [S.QS1]),
        note: "own team",
        path: `/manager/teams/${T.B}/portal`,
      },
      { principal: "teamA", expected: "deny", fields: teamPortalFields(T.B, [S.PS1]), note: "foreign team" },
      ...outsiders(NOBODY, teamPortalFields(T.A, [S.QS1])),
      {
        principal: "company",
        expected: "allow",
        fields: teamPortalFields(T.B, [S.QS1]),
        path: `/manager/teams/${T.B}/portal`,
        verify: () =>
          expect(db("SELECT subPortalId FROM TeamSubPortal WHERE teamId = ?", T.B)).toEqual([{ subPortalId: S.QS1 }]),
      },
    ],
  });

  // Geschäftszeiten: company managers everything; team managers with the right edit the sets of
  // their teams' portals, without touching the assignment; nobody else (decision record 7) ----------
  const hoursSet = (id: string) =>
    db(
      "SELECT name, timeZone, week, closedMessageDe, (SELECT group_concat(portalId) FROM PortalBusinessHours WHERE setId = s.id) AS portals FROM BusinessHoursSet s WHERE id = ?",
      id,
    )[0] ?? null;
  const holidaySet = (id: string) =>
    db(
      "SELECT name, timeZone, closedMessageDe, (SELECT group_concat(name || ':' || startDate) FROM HolidayDate WHERE setId = s.id) AS dates, (SELECT group_concat(portalId) FROM PortalHolidaySet WHERE setId = s.id) AS portals FROM HolidaySet s WHERE id = ?",
      id,
    )[0] ?? null;
  const setsNamed = (table: "BusinessHoursSet" | "HolidaySet", name: string) =>
    db(`SELECT id FROM ${table} WHERE name = ?`, name);
  const setCommon = (name: string, portalIds?: string[]): Fields => [
    ["name", name],
    ["timeZone", "Europe/Berlin"],
    ["closedMessageDe", ""],
    ["closedMessageEn", ""],
    ...(portalIds ? ([["assignPortals", "1"], ...portalIds.map((id) => [`portal.${id}`, "on"])] as Fields) : []),
  ];
  const weekFields = (saturday: "open" | "closed"): Fields => [
    ...(["mon", "tue", "wed", "thu", "fri"] as const).flatMap((day): Fields => [
      [`week.${day}.mode`, "ranges"],
      [`week.${day}.0.from`, "09:00"],
      [`week.${day}.0.to`, "17:00"],
    ]),
    ["week.sat.mode", saturday],
    ["week.sun.mode", "closed"],
  ];
  const hoursFields = (o: {
    setId?: string;
    name: string;
    portalIds?: string[];
    saturday?: "open" | "closed";
  }): Fields => [
    ...(o.setId ? ([["setId", o.setId]] as Fields) : []),
    ...setCommon(o.name, o.portalIds),
    ...weekFields(o.saturday ?? "closed"),
  ];
  const holidayFields = (o: { setId?: string; name: string; portalIds?: string[]; date?: string }): Fields => [
    ...(o.setId ? ([["setId", o.setId]] as Fields) : []),
    ...setCommon(o.name, o.portalIds),
    ["dateRows", "3"],
    ["dates.0.name", "Betriebsausflug"],
    ["dates.0.startDate", o.date ?? "2027-06-12"],
    ["dates.0.endDate", ""],
  ];
  const nameHP = hoursSet(H.HP)!.name as string;
  const nameHolP = holidaySet(Hol.HolP)!.name as string;
  const forgedSet = `Matrix Gefälscht ${t}`;

  await run({
    name: "business hours: createHoursSet",
    capture: "/manager/business-hours/hours/new",
    form: 'main form:has(select[name="timeZone"])',
    success: /^\/manager\/business-hours\/hours\/[^/?]+ \+ notice:businessHoursCreated$/,
    snapshot: () => setsNamed("BusinessHoursSet", forgedSet),
    attempts: [
      {
        principal: "teamA",
        expected: "deny",
        fields: hoursFields({ name: forgedSet, portalIds: [P.P] }),
        note: "has the right, but only edits",
      },
      { principal: "teamA", expected: "deny", fields: hoursFields({ name: forgedSet }), note: "without portals" },
      ...outsiders(["teamB", ...NOBODY], hoursFields({ name: forgedSet, portalIds: [P.P] })),
      {
        principal: "company",
        expected: "allow",
        fields: hoursFields({ name: `Matrix Neu ${t}`, portalIds: [P.Q] }),
        verify: () =>
          expect(
            db(
              "SELECT p.portalId FROM BusinessHoursSet s JOIN PortalBusinessHours p ON p.setId = s.id WHERE s.name = ?",
              `Matrix Neu ${t}`,
            ),
          ).toEqual([{ portalId: P.Q }]),
      },
    ],
  });

  await run({
    name: "business hours: updateHoursSet",
    capture: `/manager/business-hours/hours/${H.HP}`,
    form: 'main form:has(input[name="setId"])',
    success: /^\/manager\/business-hours\/hours\/[^/?]+ \+ notice:saved$/,
    snapshot: () => [hoursSet(H.HP), hoursSet(H.HQ)],
    attempts: [
      {
        principal: "teamA",
        expected: "deny",
        fields: hoursFields({ setId: H.HQ, name: forgedSet }),
        note: "a set of a portal his teams do not serve",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: hoursFields({ setId: H.HP, name: nameHP, portalIds: [P.P, P.Q] }),
        note: "own portal's set, with portals",
      },
      {
        principal: "teamB",
        expected: "deny",
        fields: hoursFields({ setId: H.HP, name: forgedSet }),
        note: "without the right",
      },
      ...outsiders(NOBODY, hoursFields({ setId: H.HP, name: forgedSet })),
      {
        principal: "teamA",
        expected: "allow",
        fields: hoursFields({ setId: H.HP, name: `${nameHP} (A)`, saturday: "open" }),
        note: "own portal's set: name and hours",
        verify: () => expect(hoursSet(H.HP)).toMatchObject({ name: `${nameHP} (A)`, portals: P.P }),
      },
      {
        principal: "company",
        expected: "allow",
        path: `/manager/business-hours/hours/${H.HQ}`,
        fields: hoursFields({ setId: H.HQ, name: `Matrix Zeiten Q2 ${t}`, portalIds: [P.P, P.Q] }),
        verify: () => expect(hoursSet(H.HQ)).toMatchObject({ name: `Matrix Zeiten Q2 ${t}` }),
      },
    ],
  });

  await run({
    name: "business hours: deleteHoursSet",
    capture: `/manager/business-hours/hours/${H.HP}/delete`,
    form: 'main form:has(input[name="setId"])',
    success: /^\/manager\/business-hours \+ notice:businessHoursDeleted$/,
    snapshot: () => [hoursSet(H.HP), hoursSet(H.Hdel)],
    attempts: [
      { principal: "teamA", expected: "deny", fields: [["setId", H.HP]], note: "own portal's set: editing only" },
      ...outsiders(["teamB", ...NOBODY], [["setId", H.HP]]),
      {
        principal: "company",
        expected: "allow",
        fields: [["setId", H.Hdel]],
        verify: () => expect(hoursSet(H.Hdel)).toBeNull(),
      },
    ],
  });

  await run({
    name: "business hours: createHolidaySet",
    capture: "/manager/business-hours/holidays/new",
    form: 'main form:has(input[name="dateRows"])',
    success: /^\/manager\/business-hours\/holidays\/[^/?]+ \+ notice:holidaySetCreated$/,
    snapshot: () => setsNamed("HolidaySet", forgedSet),
    attempts: [
      {
        principal: "teamA",
        expected: "deny",
        fields: holidayFields({ name: forgedSet, portalIds: [P.P] }),
        note: "has the right, but only edits",
      },
      ...outsiders(["teamB", ...NOBODY], holidayFields({ name: forgedSet, portalIds: [P.P] })),
      {
        principal: "company",
        expected: "allow",
        fields: holidayFields({ name: `Matrix Neu ${t}`, portalIds: [P.P] }),
        verify: () => expect(setsNamed("HolidaySet", `Matrix Neu ${t}`)).toHaveLength(1),
      },
    ],
  });

  await run({
    name: "business hours: updateHolidaySet",
    capture: `/manager/business-hours/holidays/${Hol.HolP}`,
    form: 'main form:has(input[name="setId"])',
    success: /^\/manager\/business-hours\/holidays\/[^/?]+ \+ notice:saved$/,
    snapshot: () => [holidaySet(Hol.HolP), holidaySet(Hol.HolQ)],
    attempts: [
      {
        principal: "teamA",
        expected: "deny",
        fields: holidayFields({ setId: Hol.HolQ, name: forgedSet }),
        note: "a set of a portal his teams do not serve",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: holidayFields({ setId: Hol.HolP, name: nameHolP, portalIds: [P.P, P.Q] }),
        note: "own portal's set, with portals",
      },
      {
        principal: "teamB",
        expected: "deny",
        fields: holidayFields({ setId: Hol.HolP, name: forgedSet }),
        note: "without the right",
      },
      ...outsiders(NOBODY, holidayFields({ setId: Hol.HolP, name: forgedSet })),
      {
        principal: "teamA",
        expected: "allow",
        fields: holidayFields({ setId: Hol.HolP, name: `${nameHolP} (A)`, date: "2027-07-01" }),
        note: "own portal's set: name and dates",
        verify: () =>
          expect(holidaySet(Hol.HolP)).toMatchObject({
            name: `${nameHolP} (A)`,
            dates: "Betriebsausflug:2027-07-01",
            portals: P.P,
          }),
      },
    ],
  });

  await run({
    name: "business hours: deleteHolidaySet",
    capture: `/manager/business-hours/holidays/${Hol.HolP}/delete`,
    form: 'main form:has(input[name="setId"])',
    success: /^\/manager\/business-hours \+ notice:holidaySetDeleted$/,
    snapshot: () => [holidaySet(Hol.HolP), holidaySet(Hol.HolDel)],
    attempts: [
      { principal: "teamA", expected: "deny", fields: [["setId", Hol.HolP]], note: "own portal's set: editing only" },
      ...outsiders(["teamB", ...NOBODY], [["setId", Hol.HolP]]),
      {
        principal: "company",
        expected: "allow",
        fields: [["setId", Hol.HolDel]],
        verify: () => expect(holidaySet(Hol.HolDel)).toBeNull(),
      },
    ],
  });

  // Portals: every change needs the Admin Center grant (account-wide: under the lock) -----------
  const portalRow = (id: string) =>
    db(
      "SELECT name, slug, type, welcomeDe, features, completedSessionEmail, deletedAt FROM Portal WHERE id = ?",
      id,
    )[0] ?? null;
  const subPortalsOf = (portalId: string) =>
    db("SELECT id, name, slug, deletedAt FROM SubPortal WHERE portalId = ? ORDER BY id", portalId);
  const portalsNamed = (name: string) => db("SELECT id FROM Portal WHERE name = ?", name);
  const forgedPortal = `Matrix Portal gefälscht ${t}`;
  const newPortalFields = (name: string, slug: string): Fields => [
    ["name", name],
    ["type", "questionBox"],
    ["slug", slug],
    ["subPortalName", "Allgemein"],
    ["subPortalSlug", "allgemein"],
  ];
  const settingsFields = (welcome: string): Fields => [
    ["portalId", P.P],
    ["name", `Matrix Portal ${t}`],
    ["slug", `mx-portal-${t}`],
    ["type", "questionBox"],
    ["welcomeDe", welcome],
    ["welcomeEn", ""],
    ["features.diagnostics", "on"],
    ["completedSessionEmail", ""],
  ];
  const subPortalFields = (o: { portalId?: string; subPortalId?: string; name: string; slug: string }): Fields => [
    ["portalId", o.portalId ?? P.P],
    ...(o.subPortalId ? ([["subPortalId", o.subPortalId]] as Fields) : []),
    ["name", o.name],
    ["slug", o.slug],
  ];
  type PortalSpec = (attempts: Attempt[]) => ActionSpec;
  const portalSpecs: PortalSpec[] = [
    (attempts) => ({
      name: "portals: createPortal",
      capture: "/manager/portals/new",
      form: 'main form:has(input[name="subPortalSlug"])',
      success: /^\/manager\/portals\/[^/?]+ \+ notice:portalCreated$/,
      snapshot: () => portalsNamed(forgedPortal),
      attempts,
    }),
    (attempts) => ({
      name: "portals: updatePortalSettings",
      capture: `/manager/portals/${P.P}`,
      form: 'main form:has(input[name="portalId"])',
      success: /^\/manager\/portals\/[^/?]+ \+ notice:saved$/,
      snapshot: () => portalRow(P.P),
      attempts,
    }),
    (attempts) => ({
      name: "portals: createSubPortal",
      capture: `/manager/portals/${P.P}/sub-portals`,
      form: 'main form:has(input[name="slug"])',
      success: /^\/manager\/portals\/[^/?]+\/sub-portals \+ notice:subPortalCreated$/,
      snapshot: () => subPortalsOf(P.P),
      attempts,
    }),
    (attempts) => ({
      name: "portals: updateSubPortal",
      capture: `/manager/portals/${P.P}/sub-portals/${S.PS2}`,
      form: 'main form:has(input[name="subPortalId"])',
      success: /^\/manager\/portals\/[^/?]+\/sub-portals\/[^/?]+ \+ notice:saved$/,
      snapshot: () => subPortalsOf(P.P),
      attempts,
    }),
    (attempts) => ({
      name: "portals: deleteSubPortal",
      capture: `/manager/portals/${P.P}/sub-portals/${S.PS2}/delete`,
      form: 'main form:has(input[name="subPortalId"])',
      success: /^\/manager\/portals\/[^/?]+\/sub-portals \+ notice:subPortalDeleted$/,
      snapshot: () => [subPortalsOf(P.P), subPortalsOf(P.Q)],
      attempts,
    }),
    (attempts) => ({
      name: "portals: deletePortal",
      capture: `/manager/portals/${P.P}/delete`,
      form: 'main form:has(input[name="portalId"])',
      success: /^\/manager\/portals \+ notice:portalDeleted$/,
      snapshot: () => [portalRow(P.P), portalRow(P.Pdel), subPortalsOf(P.Pdel)],
      attempts,
    }),
  ];
  /** A forged request per action, denied to everyone without the grant and to all but company managers with it. */
  const forgedPortalFields: Fields[] = [
    newPortalFields(forgedPortal, `mx-forged-${t}`),
    settingsFields("gefälscht"),
    subPortalFields({ name: "Gefälscht", slug: "gefaelscht" }),
    subPortalFields({ subPortalId: S.PS2, name: "Gefälscht", slug: "gefaelscht" }),
    subPortalFields({ subPortalId: S.PS2, name: "", slug: "" }),
    [["portalId", P.P]],
  ];
  const allowedPortalAttempts: Attempt[][] = [
    [
      {
        principal: "company",
        expected: "allow",
        fields: newPortalFields(`Matrix Portal Neu ${t}`, `mx-neu-${t}`),
        verify: () => expect(portalsNamed(`Matrix Portal Neu ${t}`)).toHaveLength(1),
      },
    ],
    [
      {
        principal: "company",
        expected: "allow",
        fields: settingsFields(`Willkommen ${t}`),
        verify: () => expect(portalRow(P.P)).toMatchObject({ welcomeDe: `Willkommen ${t}` }),
      },
    ],
    [
      {
        principal: "company",
        expected: "allow",
        fields: subPortalFields({ name: "Neu", slug: "neu" }),
        verify: () => expect(subPortalsOf(P.P).map((s) => s.slug)).toContain("neu"),
      },
    ],
    [
      {
        principal: "company",
        expected: "allow",
        fields: subPortalFields({ subPortalId: S.PS2, name: "Umbenannt", slug: "umbenannt" }),
        verify: () =>
          expect(subPortalsOf(P.P).find((s) => s.id === S.PS2)).toMatchObject({ name: "Umbenannt", slug: "umbenannt" }),
      },
    ],
    [
      {
        principal: "company",
        expected: "deny",
        deniedWith: "formError",
        fields: subPortalFields({ portalId: P.Q, subPortalId: S.QS1, name: "", slug: "" }),
        note: "the last sub-portal of a portal",
      },
      {
        principal: "company",
        expected: "allow",
        fields: subPortalFields({ subPortalId: S.PS2, name: "", slug: "" }),
        verify: () =>
          expect(subPortalsOf(P.P).find((s) => s.id === S.PS2)).toMatchObject({
            slug: null,
            deletedAt: expect.any(String),
          }),
      },
    ],
    [
      {
        principal: "company",
        expected: "allow",
        fields: [["portalId", P.Pdel]],
        verify: () => expect(portalRow(P.Pdel)).toMatchObject({ slug: null, deletedAt: expect.any(String) }),
      },
    ],
  ];
  await withGrantsLock(baseURL, async () => {
    try {
      await setPortalGrant(lotse, false);
      await portalPages("off");
      await setPortalGrant(lotse, true);
      await portalPages("on");
      // The forms exist only while the grant allows changes: read their action IDs now.
      for (const spec of portalSpecs) await actionFields(spec([]));
      await setPortalGrant(lotse, false);
      for (const [i, spec] of portalSpecs.entries()) {
        await run(
          spec([{ principal: "company", expected: "deny", fields: forgedPortalFields[i]!, note: "grant off" }]),
        );
      }
      await setPortalGrant(lotse, true);
      for (const [i, spec] of portalSpecs.entries()) {
        await run(
          spec([
            ...outsiders([...TEAM_MANAGERS, ...NOBODY], forgedPortalFields[i]!, "grant on"),
            ...allowedPortalAttempts[i]!,
          ]),
        );
      }
    } finally {
      await setPortalGrant(lotse, false);
    }
  });

  // Wartende Anfragen abbrechen: operating the portal, not changing it — no grant needed, but only
  // company managers may.
  const waitingOf = (portalId: string) =>
    db<{ status: string }>(
      'SELECT r.status FROM "SupportRequest" r JOIN "SubPortal" s ON s.id = r.subPortalId WHERE s.portalId = ?',
      portalId,
    );
  await run({
    name: "portals: cancelWaitingRequests",
    capture: `/manager/portals/${P.Q}/waiting-requests`,
    form: 'main form:has(input[name="portalId"])',
    success: /^\/manager\/portals\/[^/?]+ \+ notice:waitingRequestsCancelled:\d+$/,
    snapshot: () => waitingOf(P.Q),
    attempts: [
      ...outsiders([...TEAM_MANAGERS, ...NOBODY], [["portalId", P.Q]]),
      {
        principal: "company",
        expected: "allow",
        fields: [["portalId", P.Q]],
        verify: () => expect(waitingOf(P.Q).every((r) => r.status !== "waiting")).toBe(true),
      },
    ],
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

  // ---------------------------------------------------------------- the report
  const report = [
    renderMatrix(rows),
    "",
    `Denied actions answered by notFound() (no-JS multipart POST): HTTP 404; body = Next's empty error shell ` +
      `<html id="__next_error__"> in ${notFoundBodies.emptyShell}, the rendered “${de.NotFound.title}” page in ${notFoundBodies.notFoundPage}, ` +
      `something else in ${notFoundBodies.other}.`,
  ].join("\n");
  console.log(report);
  await test.info().attach("authorization-matrix.md", { body: report, contentType: "text/markdown" });
  await test
    .info()
    .attach("authorization-matrix.json", { body: JSON.stringify(rows, null, 1), contentType: "application/json" });
  const failures = rows
    .filter((r) => !r.pass)
    .map(
      (r) =>
        `${r.resource} × ${r.principal}: expected ${r.expected}, observed ${r.observed}${r.note ? ` (${r.note.trim()})` : ""}`,
    );
  expect(failures, "matrix cells that did not behave as expected").toEqual([]);
  expect(notFoundBodies.other, "denied actions answering 404 with some other page").toBe(0);
});

/** A scripted-off page to read forms out of fetched HTML (never navigated, so never audited). */
async function scratchPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return context.newPage();
}

/**
 * Two tables: pages (resource × principal, one cell each) and actions (every attempt, since an
 * action is tried several times per principal with different forged IDs).
 */
function renderMatrix(rows: Row[]): string {
  const cell = (r: Row) =>
    `${r.pass ? "" : "✗ "}${r.expected === "allow" ? "allow" : "deny"} ${r.observed.replace(/\?.*$/, "?…")}`;
  const header = `| resource | ${PRINCIPALS.join(" | ")} |\n|---|${PRINCIPALS.map(() => "---").join("|")}|`;
  const pages = [...new Set(rows.filter((r) => r.kind === "page").map((r) => r.resource))].map((resource) => {
    const cells = PRINCIPALS.map((p) => {
      const r = rows.find((x) => x.kind === "page" && x.resource === resource && x.principal === p);
      return r ? cell(r) : "";
    });
    return `| ${resource} | ${cells.join(" | ")} |`;
  });
  const actions = rows
    .filter((r) => r.kind === "action")
    .map(
      (r) =>
        `| ${r.resource} | ${r.principal} | ${r.expected} | ${r.observed} | ${r.pass ? "✓" : "✗"} | ${r.note?.trim() ?? ""} |`,
    );
  const passed = rows.filter((r) => r.pass).length;
  return [
    `# Authorization matrix — ${passed}/${rows.length} cells as expected`,
    "",
    "## Pages (GET; expected allow/deny, observed status)",
    "",
    header,
    ...pages,
    "",
    "## Server actions (forged multipart POSTs; denied = refused and data unchanged)",
    "",
    "| action | principal | expected | observed | ok | note |",
    "|---|---|---|---|---|---|",
    ...actions,
  ].join("\n");
}

/** As lib/agents/agent-matches.ts computes it: SHA-256 of the sorted IDs, one a line. */
function selectionFingerprint(ids: string[]): string {
  return createHash("sha256")
    .update([...ids].sort().join("\n"))
    .digest("hex");
}
