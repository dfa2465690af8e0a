// The authorization matrix of issue 17's routes — Bildschirmfreigabe's handshake, the recording
// upload, Wiedergabe and Export and their tickets, and the Passphrase für Sitzungswiedergabe — as
// real HTTP requests from every kind of principal: the Management Center's (company manager, team
// managers with and without "Sitzungswiedergabe", a team manager of another team, an API manager,
// the session's agent and another agent with Management Center access, nobody signed in) and the
// live parts' (the session's agent at the console, another agent, its customer, a made-up token).
// Server actions are tried as forged multipart POSTs (see e2e/support/authorization-matrix.ts).
//
// Runs in the js project only: plain HTTP requests, the browser's JavaScript plays no part.
import fs from "node:fs";
import path from "node:path";
import type { APIResponse, BrowserContext, Page } from "@playwright/test";
import { agentSignIn } from "./support/agent-console";
import { expect, test, type Lotse } from "./support/fixtures";
import { actionFieldsOf, type Fields, postForm } from "./support/forged-requests";
import { de } from "./support/messages";
import { dbQuery, password, seed, setGrants, tag, withGrantsLock } from "./support/organisation";

const MANAGEMENT = [
  "company",
  "teamReplay",
  "teamNoReplay",
  "teamOther",
  "api",
  "agentOwn",
  "agentOther",
  "signedOut",
] as const;
type ManagementKey = (typeof MANAGEMENT)[number];
const LIVE = ["agentConsole", "otherConsole", "customer", "managerCookie", "signedOut"] as const;
type LiveKey = (typeof LIVE)[number];

type Row = { resource: string; principal: string; expected: "allow" | "deny"; observed: string; pass: boolean };

/** A screen recorded by headless Chromium (test/fixtures/recordings, made by make-fixture.mjs there). */
const RECORDED_WEBM = fs.readFileSync(path.join(__dirname, "../test/fixtures/recordings/screen-vp8.webm"));

async function agentConsole(lotse: Lotse, loginId: string, pw: string): Promise<Page> {
  const page = await lotse.newPage();
  await agentSignIn(lotse, page, { loginId, password: pw });
  return page;
}

test("authorization matrix: screen sharing, recordings and the replay passphrase × principals", async ({
  lotse,
  browser,
  baseURL,
  javaScriptEnabled,
}) => {
  test.skip(javaScriptEnabled === false, "plain HTTP requests: once (js project) is enough");
  test.setTimeout(240_000);
  const t = tag();
  const pw = password();
  const login = (who: string) => `mxr-${who}-${t}@lotse.test`;
  const portalSlug = `mxr-portal-${t}`;
  const org = await seed(baseURL, {
    teams: [
      {
        key: "A",
        name: `Aufzeichnung A ${t}`,
        functions: { sessionRecording: true, sessionReplay: true, exportSessionReplay: true, multiSession: true },
        maxSessions: 3,
      },
      { key: "B", name: `Aufzeichnung B ${t}` },
    ],
    users: [
      { key: "company", kind: "manager", role: "company", name: `Firma ${t}`, loginId: login("company"), password: pw },
      {
        key: "teamReplay",
        kind: "manager",
        role: "team",
        name: `Mit Wiedergabe ${t}`,
        loginId: login("team-replay"),
        password: pw,
        teams: ["A"],
        rights: ["sessionReplay", "exportSessionReplay"],
      },
      {
        key: "teamNoReplay",
        kind: "manager",
        role: "team",
        name: `Ohne Wiedergabe ${t}`,
        loginId: login("team-no-replay"),
        password: pw,
        teams: ["A"],
        rights: ["exportSessionReplay"],
      },
      {
        key: "teamOther",
        kind: "manager",
        role: "team",
        name: `Anderes Team ${t}`,
        loginId: login("team-other"),
        password: pw,
        teams: ["B"],
        rights: ["sessionReplay", "exportSessionReplay"],
      },
      { key: "api", kind: "manager", role: "api", name: `API ${t}`, loginId: login("api"), password: pw },
      {
        key: "agentOwn",
        kind: "agent",
        firstName: "Ada",
        lastName: `Eigen ${t}`,
        loginId: login("agent-own"),
        password: pw,
        team: "A",
        managementCenterAccess: true,
      },
      {
        key: "agentOther",
        kind: "agent",
        firstName: "Otto",
        lastName: `Fremd ${t}`,
        loginId: login("agent-other"),
        password: pw,
        team: "A",
        managementCenterAccess: true,
      },
    ],
    portals: [
      {
        key: "P",
        name: `Aufzeichnungsmatrix ${t}`,
        slug: portalSlug,
        features: { sessionRecording: true },
        subPortals: [{ key: "PS", name: "Allgemein", slug: "allgemein", teams: ["A"] }],
      },
    ],
    requests: [
      { key: "R1", subPortal: "PS", customerName: "Aufgezeichnet" },
      { key: "R2", subPortal: "PS", customerName: "Laufend" },
      { key: "R3", subPortal: "PS", customerName: "Anderer Agent" },
    ],
    sessions: [
      { key: "S1", request: "R1", agent: "agentOwn" },
      { key: "S2", request: "R2", agent: "agentOwn" },
      { key: "S3", request: "R3", agent: "agentOther" },
    ],
  });
  const S = org.sessions as Record<"S1" | "S2" | "S3", { id: string; number: string }>;
  const token = org.requests.R2!.token;
  const portalId = org.portals.P!;
  const db = <R = Record<string, unknown>>(sql: string, ...params: unknown[]) => dbQuery<R>(baseURL, sql, ...params);
  const rows: Row[] = [];
  const record = (resource: string, principal: string, allowed: boolean, response: APIResponse, ok: boolean) =>
    rows.push({
      resource,
      principal,
      expected: allowed ? "allow" : "deny",
      observed: String(response.status()),
      pass: allowed ? ok : [401, 403, 404].includes(response.status()),
    });

  // ---------------------------------------------------------------- the principals
  const management = {} as Record<ManagementKey, BrowserContext>;
  const loginOf: Record<Exclude<ManagementKey, "signedOut">, string> = {
    company: "company",
    teamReplay: "team-replay",
    teamNoReplay: "team-no-replay",
    teamOther: "team-other",
    api: "api",
    agentOwn: "agent-own",
    agentOther: "agent-other",
  };
  for (const [key, who] of Object.entries(loginOf) as [Exclude<ManagementKey, "signedOut">, string][]) {
    const page = await lotse.newPage();
    await lotse.signIn(page, "manager", { loginId: login(who), password: pw });
    management[key] = page.context();
  }
  management.signedOut = await lotse.newContext();
  const ownConsole = await agentConsole(lotse, login("agent-own"), pw);
  const otherConsole = await agentConsole(lotse, login("agent-other"), pw);
  const live: Record<LiveKey, BrowserContext> = {
    agentConsole: ownConsole.context(),
    otherConsole: otherConsole.context(),
    customer: await lotse.newContext(),
    managerCookie: management.company,
    signedOut: await lotse.newContext(),
  };
  const customerUrl = `/p/${portalSlug}/requests/${token}`;

  // ---------------------------------------------------------------- a recording of S1, then S1 ends
  const recordingsOf = (sessionId: string) =>
    db<{ id: string; status: string }>("SELECT id, status FROM SessionRecording WHERE sessionId = ?", sessionId);
  const upload = (
    context: BrowserContext,
    sessionId: string,
    route: string,
    init: Parameters<BrowserContext["request"]["fetch"]>[1],
  ) =>
    context.request.fetch(`/agent/sessions/${sessionId}/recordings${route}`, {
      ...init,
      headers: { origin: baseURL!, ...(init?.headers ?? {}) },
      maxRedirects: 0,
    });
  const json = { "content-type": "application/json" };
  let liveRecording = "";
  await withGrantsLock(baseURL, async () => {
    await setGrants(lotse, { localRecordingAllowed: true });
    try {
      const started = await upload(live.agentConsole, S.S1.id, "", {
        method: "POST",
        headers: json,
        data: { contentType: "video/webm;codecs=vp8" },
      });
      expect(started.status()).toBe(201);
      const { id } = (await started.json()) as { id: string };
      const half = Math.ceil(RECORDED_WEBM.length / 2);
      for (const [index, part] of [RECORDED_WEBM.subarray(0, half), RECORDED_WEBM.subarray(half)].entries()) {
        const put = await upload(live.agentConsole, S.S1.id, `/${id}/chunks/${index}`, {
          method: "PUT",
          headers: { "content-type": "application/octet-stream", "x-media-time-ms": String((index + 1) * 750) },
          data: Buffer.from(part),
        });
        expect(put.status()).toBe(200);
      }

      // ---------------------------------------------------------------- the upload routes × principals
      await test.step("recording upload routes", async () => {
        for (const principal of LIVE) {
          const allowed = principal === "agentConsole";
          const start = await upload(live[principal], S.S2.id, "", {
            method: "POST",
            headers: json,
            data: { contentType: "video/webm;codecs=vp8" },
          });
          record("POST /agent/sessions/<S2>/recordings", principal, allowed, start, start.status() === 201);
          if (allowed) liveRecording = ((await start.json()) as { id: string }).id;
        }
        const steps: [string, string, Parameters<BrowserContext["request"]["fetch"]>[1], number][] = [
          ["GET /agent/sessions/<S2>/recordings/<id>", `/${liveRecording}`, { method: "GET" }, 200],
          [
            "PUT /agent/sessions/<S2>/recordings/<id>/chunks/0",
            `/${liveRecording}/chunks/0`,
            { method: "PUT", headers: { "content-type": "application/octet-stream" }, data: RECORDED_WEBM },
            200,
          ],
          [
            "POST /agent/sessions/<S2>/recordings/<id>/finish",
            `/${liveRecording}/finish`,
            { method: "POST", headers: json, data: { durationMs: 1500 } },
            200,
          ],
        ];
        for (const [resource, route, init, status] of steps) {
          // The others first: their refusals must not be the owner's finished recording's.
          for (const principal of [...LIVE.filter((p) => p !== "agentConsole"), "agentConsole" as const]) {
            const allowed = principal === "agentConsole";
            const response = await upload(live[principal], S.S2.id, route, init);
            record(resource, principal, allowed, response, response.status() === status);
          }
        }
        // Another agent's session, by its own agent's console: not theirs to record.
        const foreign = await upload(live.agentConsole, S.S3.id, "", {
          method: "POST",
          headers: json,
          data: { contentType: "video/webm;codecs=vp8" },
        });
        record("POST /agent/sessions/<S3 of another agent>/recordings", "agentConsole", false, foreign, false);
      });
      const finished = await upload(live.agentConsole, S.S1.id, `/${id}/finish`, {
        method: "POST",
        headers: json,
        data: { durationMs: 1500 },
      });
      expect(finished.status()).toBe(200);
    } finally {
      await setGrants(lotse, { localRecordingAllowed: false });
    }
  });

  // ---------------------------------------------------------------- the handshake routes × principals
  await test.step("screen-sharing handshake routes", async () => {
    let shareId = "";
    for (const principal of [...LIVE.filter((p) => p !== "agentConsole"), "agentConsole" as const]) {
      const allowed = principal === "agentConsole";
      const response = await live[principal].request.post(`/agent/sessions/${S.S2.id}/screen`, {
        data: { action: "request" },
        headers: { origin: baseURL! },
        maxRedirects: 0,
      });
      record("POST /agent/sessions/<S2>/screen {request}", principal, allowed, response, response.status() === 201);
      if (allowed && response.status() === 201) shareId = ((await response.json()) as { shareId: string }).shareId;
    }
    // The customer's route: only the request's token opens it, whoever holds it.
    for (const [principal, url, allowed] of [
      ["signedOut", `/p/${portalSlug}/requests/${"A".repeat(43)}/screen`, false],
      ["agentConsole", `/p/${portalSlug}/requests/${"B".repeat(43)}/screen`, false],
      ["customer", `${customerUrl}/screen`, true],
    ] as const) {
      const response = await live[principal].request.post(url, {
        data: { action: "decline", shareId },
        headers: { origin: baseURL! },
        maxRedirects: 0,
      });
      record(
        `POST /p/<portal>/requests/<${allowed ? "the token" : "a made-up token"}>/screen {decline}`,
        principal,
        allowed,
        response,
        response.status() === 201,
      );
    }
  });

  // S1 ends at the console, the way its agent ends it.
  await ownConsole.goto(`/agent/sessions/${S.S1.id}`);
  await lotse.checkOnce(ownConsole);
  await ownConsole.getByRole("radio", { name: de.AgentConsole.end.outcomes.resolved, exact: true }).check();
  await ownConsole.getByRole("button", { name: de.AgentConsole.end.submit, exact: true }).click();
  await expect(
    ownConsole.getByRole("main").getByText(de.AgentConsole.session.endedByAgent, { exact: true }),
  ).toBeVisible();
  const [recorded] = recordingsOf(S.S1.id);
  expect(recorded).toBeTruthy();

  // ---------------------------------------------------------------- Sitzungsinformationen × principals
  const sessionPage = `/manager/session-information/${S.S1.number}`;
  const mayReplay = new Set(["company", "teamReplay", "agentOwn"]);
  await test.step("the passphrase pages", async () => {
    for (const resource of [
      "/manager/session-information/passphrase",
      "/manager/session-information/passphrase/remove",
    ]) {
      for (const principal of MANAGEMENT) {
        const allowed = principal === "company";
        const response = await management[principal].request.get(resource, { maxRedirects: 0 });
        rows.push({
          resource: `GET ${resource}`,
          principal,
          expected: allowed ? "allow" : "deny",
          observed: String(response.status()),
          // Signed out: the sign-in page's redirect.
          pass: allowed ? response.status() === 200 : [303, 307, 401, 404].includes(response.status()),
        });
      }
    }
  });

  const passphraseFields = await actionFieldsOf(
    browser,
    management.company,
    "/manager/session-information/passphrase",
    'main form:has(input[name="passphraseRepeat"])',
  );
  const recordingFields = await actionFieldsOf(browser, management.company, sessionPage, "#recordings form");
  const sealOf = () =>
    db<{ sealedWith: string }>("SELECT sealedWith FROM PortalRecordingKey WHERE portalId = ?", portalId)[0];

  const tickets: Record<"replay" | "export", string> = { replay: "", export: "" };
  await test.step("Wiedergabe and Export: forged requests for the recording", async () => {
    for (const intent of ["replay", "export"] as const) {
      for (const principal of MANAGEMENT) {
        const allowed = mayReplay.has(principal);
        const answer = await postForm(management[principal], baseURL, sessionPage, [
          ...recordingFields,
          ["number", S.S1.number],
          ["recordingId", recorded!.id],
          ["passphrase", ""],
          ["intent", intent],
        ]);
        const ticket = new RegExp(`\\?${intent}=([^#&]+)`).exec(answer.location ?? "")?.[1];
        if (principal === "company" && ticket) tickets[intent] = decodeURIComponent(ticket);
        rows.push({
          resource: `POST recordingAccessAction {${intent}}`,
          principal,
          expected: allowed ? "allow" : "deny",
          observed: `${answer.status}${answer.location ? ` → ${answer.location.replace(/=[^#&]+/, "=…")}` : ""}`,
          pass: allowed ? answer.status === 303 && !!ticket : !ticket,
        });
      }
    }
  });

  await test.step("the company manager's tickets open the video for nobody else", async () => {
    for (const intent of ["replay", "export"] as const) {
      const url = `${sessionPage}/recordings/${recorded!.id}/${intent}/${encodeURIComponent(tickets[intent])}`;
      for (const principal of MANAGEMENT) {
        const allowed = principal === "company";
        const response = await management[principal].request.get(url, { maxRedirects: 0 });
        const type = response.headers()["content-type"] ?? "";
        rows.push({
          resource: `GET …/recordings/<id>/${intent}/<company's ticket>`,
          principal,
          expected: allowed ? "allow" : "deny",
          observed: String(response.status()),
          pass: allowed
            ? [200, 206].includes(response.status()) && type === "video/webm"
            : [303, 307, 401, 404].includes(response.status()) && type !== "video/webm",
        });
      }
    }
  });

  // After the tickets: with a passphrase set, the forged Wiedergabe above would need it.
  await test.step("Passphrase für Sitzungswiedergabe: Senden and Entfernen, forged by everyone else, change nothing", async () => {
    const observed = (answer: { status: number; location: string | null }) =>
      `${answer.status}${answer.location ? ` → ${answer.location}` : ""}`;
    const setFields = (phrase: string): Fields => [
      ...passphraseFields,
      ["portalId", portalId],
      ["password", pw],
      ["currentPassphrase", ""],
      ["passphrase", phrase],
      ["passphraseRepeat", phrase],
    ];
    for (const principal of MANAGEMENT.filter((p) => p !== "company")) {
      const before = sealOf();
      const answer = await postForm(
        management[principal],
        baseURL,
        "/manager/session-information/passphrase",
        setFields(`Gefälscht ${t}!`),
      );
      rows.push({
        resource: "POST setReplayPassphraseAction",
        principal,
        expected: "deny",
        observed: observed(answer),
        pass: answer.flash === null && JSON.stringify(sealOf()) === JSON.stringify(before),
      });
    }
    const phrase = `Echte Passphrase ${t}`;
    const set = await postForm(
      management.company,
      baseURL,
      "/manager/session-information/passphrase",
      setFields(phrase),
    );
    rows.push({
      resource: "POST setReplayPassphraseAction",
      principal: "company",
      expected: "allow",
      observed: observed(set),
      pass: set.flash === "notice:passphraseSet" && sealOf()?.sealedWith === "passphrase",
    });

    const removeFields: Fields = [
      ...(await actionFieldsOf(
        browser,
        management.company,
        "/manager/session-information/passphrase/remove",
        "main form",
      )),
      ["portalId", portalId],
      ["password", pw],
      ["currentPassphrase", phrase],
    ];
    for (const principal of MANAGEMENT.filter((p) => p !== "company")) {
      const answer = await postForm(
        management[principal],
        baseURL,
        "/manager/session-information/passphrase/remove",
        removeFields,
      );
      rows.push({
        resource: "POST removeReplayPassphraseAction",
        principal,
        expected: "deny",
        observed: observed(answer),
        pass: answer.flash === null && sealOf()?.sealedWith === "passphrase",
      });
    }
    const removed = await postForm(
      management.company,
      baseURL,
      "/manager/session-information/passphrase/remove",
      removeFields,
    );
    rows.push({
      resource: "POST removeReplayPassphraseAction",
      principal: "company",
      expected: "allow",
      observed: observed(removed),
      pass: removed.flash === "notice:passphraseRemoved" && sealOf()?.sealedWith === "server",
    });
  });

  const report = rows
    .map((r) => `| ${r.resource} | ${r.principal} | ${r.expected} | ${r.observed} | ${r.pass ? "✓" : "✗"} |`)
    .join("\n");
  await test.info().attach("authorization-matrix-recordings.md", {
    body: `| resource | principal | expected | observed | ok |\n|---|---|---|---|---|\n${report}`,
    contentType: "text/markdown",
  });
  expect(
    rows.filter((r) => !r.pass),
    "matrix cells that did not behave as expected",
  ).toEqual([]);
});
