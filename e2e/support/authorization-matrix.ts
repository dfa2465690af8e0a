// The authorization matrix of the Management Center, shared by its spec files (one per area:
// authorization-matrix-*.spec.ts): every page and every server action, against every kind of
// principal, as real HTTP requests. Denied actions are tried as forged multipart POSTs, the way a
// browser without JavaScript submits a form: the action's hidden $ACTION_* fields are read from a
// page where a permitted manager sees the form (they identify the action and are the same for
// everyone), the other fields carry the victim's IDs. A denial is proven by the response (never the
// action's success redirect) and by the database being unchanged.
//
// Each area seeds an organisation of its own (matrixOrganisation: the principals plus what the area
// needs), signs the principals in (openMatrix), records one row per cell and ends with report():
// the tables as attachments, and the test fails on any cell that did not behave as expected.
import { createHash } from "node:crypto";
import type { APIResponse, Browser, BrowserContext, Page } from "@playwright/test";
import { TEAM_MANAGER_RIGHTS } from "@/lib/access/rights";
import { errorSummary } from "./error-summary";
import { expect, test, type Lotse } from "./fixtures";
import { actionFieldsOf, type Fields, flashOf, postForm } from "./forged-requests";
import { de } from "./messages";
import { dbQuery, password, type SeedSpec, type SeedUser, type SeedWeek, tag } from "./organisation";

export type { Fields };

export const PRINCIPALS = ["company", "teamA", "teamB", "api", "agentMC", "agentNoAccess", "signedOut"] as const;
export type PrincipalKey = (typeof PRINCIPALS)[number];
export type Expectation = "allow" | "deny";

/** How a request ended, e.g. "200", "404", "303 → /manager". */
type Observed = { status: number; location: string | null; text: string };

export type Row = {
  kind: "page" | "action";
  resource: string;
  principal: PrincipalKey;
  expected: Expectation;
  observed: string;
  pass: boolean;
  note?: string;
};

export type Attempt = {
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

export type ActionSpec = {
  name: string;
  capture: string;
  form: string;
  success: RegExp;
  /** The state a denied attempt must leave alone. */
  snapshot: () => unknown;
  attempts: Attempt[];
};

export const ALL_RIGHTS = TEAM_MANAGER_RIGHTS;
export const NOBODY: PrincipalKey[] = ["api", "agentMC", "agentNoAccess", "signedOut"];
export const TEAM_MANAGERS: PrincipalKey[] = ["teamA", "teamB"];

export const MATRIX_WEEK: SeedWeek = [
  ...Array.from({ length: 5 }, () => ({ mode: "ranges" as const, ranges: [{ from: "09:00", to: "17:00" }] })),
  { mode: "closed" },
  { mode: "closed" },
];

/** The same denied attempt for every principal that may not use the action at all. */
export const outsiders = (principals: PrincipalKey[], fields: Fields, note?: string): Attempt[] =>
  principals.map((principal) => ({ principal, expected: "deny", fields, note }));

/** A run's names: its tag, the one password everybody has, and login IDs made from a word. */
export function matrixNames() {
  const t = tag();
  return { t, pw: password(), login: (who: string) => `mx-${who}-${t}@lotse.test` };
}

type Names = ReturnType<typeof matrixNames>;

/** An agent for the principals to act on: Anna in team A ("agentA"), Berta in team B ("agentB"). */
export function targetAgent({ t, pw, login }: Names, team: "A" | "B"): SeedUser {
  const [key, firstName] = team === "A" ? ["agentA", "Anna"] : ["agentB", "Berta"];
  const loginId = login(`agent-${team.toLowerCase()}`);
  return { key, kind: "agent", firstName, lastName: `Opfer ${t}`, loginId, password: pw, team };
}

/** A second company manager ("company2"), for what one company manager may do to another. */
export function secondCompanyManager({ t, pw, login }: Names): SeedUser {
  const loginId = login("company2");
  return { key: "company2", kind: "manager", role: "company", name: `Matrix Company 2 ${t}`, loginId, password: pw };
}

/**
 * The principals (teams A and B, a company manager, team A's manager with every right, team B's
 * with none, an API manager, agents in A with and without Management Center access) and what an
 * area adds: its teams come after A and B (so they may hang below them), its users after the
 * principals.
 */
export function matrixOrganisation({ t, pw, login }: Names, area: SeedSpec): SeedSpec {
  const principals: SeedUser[] = [
    {
      key: "company",
      kind: "manager",
      role: "company",
      name: `Matrix Company ${t}`,
      loginId: login("company"),
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
  ];
  return {
    ...area,
    teams: [{ key: "A", name: `Matrix A ${t}` }, { key: "B", name: `Matrix B ${t}` }, ...(area.teams ?? [])],
    users: [...principals, ...(area.users ?? [])],
  };
}

/** Signs every principal in (each in a browser context of its own) and returns the matrix's tools. */
export async function openMatrix({
  lotse,
  browser,
  baseURL,
  names: { pw, login },
  users,
}: {
  lotse: Lotse;
  browser: Browser;
  baseURL: string | undefined;
  names: Names;
  /** The seed's user IDs (SeedResult.users): the managers among the principals are in it. */
  users: Record<string, string>;
}) {
  const contexts = {} as Record<PrincipalKey, BrowserContext>;
  // Through the sign-in form as a browser without JavaScript posts it (like every request of the
  // matrix), side by side: each mostly waits for the server.
  contexts.signedOut = await lotse.newContext();
  const hidden = await actionFieldsOf(browser, contexts.signedOut, "/manager", 'form:has(input[name="password"])');
  const signIns = (["company", "teamA", "teamB", "api", "agentMC"] as const).map(async (key) => {
    const context = await lotse.newContext();
    const loginId = login(
      { company: "company", teamA: "team-a", teamB: "team-b", api: "api", agentMC: "agent-mc" }[key],
    );
    const answer = await postForm(context, baseURL, "/manager", [...hidden, ["loginId", loginId], ["password", pw]]);
    expect(answer, `${key} signs in`).toMatchObject({ status: 303, location: "/manager/home" });
    contexts[key] = context;
  });
  const refused = test.step("an agent without Management Center access cannot sign in", async () => {
    const page = await lotse.newPage();
    await lotse.attemptSignIn(page, "manager", { loginId: login("agent-no"), password: pw });
    await expect(errorSummary(page).getByRole("listitem")).toHaveText(de.Errors.signInElsewhere.agent);
    await page.goto("/manager/home");
    await expect(page).toHaveURL(/\/manager$/);
    contexts.agentNoAccess = page.context();
  });
  await Promise.all([...signIns, refused]);

  const rows: Row[] = [];
  const scratch = await scratchPage(browser);
  const db = <R = Record<string, unknown>>(sql: string, ...params: unknown[]) => dbQuery<R>(baseURL, sql, ...params);

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
  const isSignedOut = (principal: PrincipalKey) => principal === "signedOut" || principal === "agentNoAccess";

  // ---------------------------------------------------------------- pages
  async function checkPage(resource: string, url: string, allowed: PrincipalKey[]) {
    for (const principal of PRINCIPALS) {
      const expected: Expectation = allowed.includes(principal) ? "allow" : "deny";
      const response = await contexts[principal].request.get(url, { maxRedirects: 0 });
      const o = observe(response, await response.text());
      // (Every page carries the not-found text in its RSC payload, so look at the rendered heading.)
      const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(o.text)?.[1] ?? "";
      const pass =
        expected === "allow"
          ? o.status === 200 && heading !== "" && heading !== de.NotFound.title
          : isSignedOut(principal)
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

  // -------------------------------------------------------------- actions
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
          const refusedAsExpected = isSignedOut(attempt.principal)
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

  /** The tables as attachments (`authorization-matrix-<area>.md`, `.json`); fails on any unexpected cell. */
  async function report(area: string) {
    const text = [
      renderMatrix(area, rows),
      "",
      `Denied actions answered by notFound() (no-JS multipart POST): HTTP 404; body = Next's empty error shell ` +
        `<html id="__next_error__"> in ${notFoundBodies.emptyShell}, the rendered “${de.NotFound.title}” page in ${notFoundBodies.notFoundPage}, ` +
        `something else in ${notFoundBodies.other}.`,
    ].join("\n");
    console.log(text);
    await test.info().attach(`authorization-matrix-${area}.md`, { body: text, contentType: "text/markdown" });
    await test.info().attach(`authorization-matrix-${area}.json`, {
      body: JSON.stringify(rows, null, 1),
      contentType: "application/json",
    });
    const failures = rows
      .filter((r) => !r.pass)
      .map(
        (r) =>
          `${r.resource} × ${r.principal}: expected ${r.expected}, observed ${r.observed}${r.note ? ` (${r.note.trim()})` : ""}`,
      );
    expect(failures, "matrix cells that did not behave as expected").toEqual([]);
    expect(notFoundBodies.other, "denied actions answering 404 with some other page").toBe(0);
  }

  /** The managers among the principals: snapshots of per-manager data look at theirs only. */
  const managers = [users.company!, users.teamA!, users.teamB!, users.api!, users.agentMC!];

  return { contexts, rows, db, checkPage, actionFields, run, report, managers };
}

/** A scripted-off page to read forms out of fetched HTML (never navigated, so never audited). */
async function scratchPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return context.newPage();
}

/**
 * Two tables: pages (resource × principal, one cell each) and actions (every attempt, since an
 * action is tried several times per principal with different forged IDs).
 */
function renderMatrix(area: string, rows: Row[]): string {
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
    `# Authorization matrix: ${area} — ${passed}/${rows.length} cells as expected`,
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
export function selectionFingerprint(ids: string[]): string {
  return createHash("sha256")
    .update([...ids].sort().join("\n"))
    .digest("hex");
}
