// Bildschirmfreigabe end to end (issue 17): in a seeded session the agent asks for the customer's
// screen, the customer shares it (Chromium's fake screen), and the agent's page plays it over WebRTC
// on loopback — the handshake travelling through the session's own event stream. Either side stops
// (the customer also through the browser's own "stop sharing"), the customer may decline, and the
// transcript on both pages says what happened. Forged handshakes from outside the session and a
// share in a portal with the feature off are refused by the server. Without JavaScript the panel
// says that screen sharing needs it, and the rest of the page works as before.
import type { Page } from "@playwright/test";
import { CAMERA_POLICY, FAKE_SCREEN } from "./support/fake-screen";
import { agentSignIn } from "./support/agent-console";
import { expect, test } from "./support/fixtures";
import { expectJsWithinBudget } from "./support/js-weight";
import { de } from "./support/messages";
import { password, seed, setGrants, tag, withGrantsLock } from "./support/organisation";

test.use(FAKE_SCREEN);

/**
 * A handshake signal (an ICE candidate) or a stop still in flight when the other side has stopped
 * the share is refused with 409 "not current": the protocol saying the share is over, which the
 * sender ignores. Whether one is in flight depends on timing, so it may or may not appear.
 */
const LATE_SIGNAL = /^POST \S+\/screen answered 409$/;
test.use({ expectedBrowserErrors: new RegExp(`${CAMERA_POLICY.source}|${LATE_SIGNAL.source}`) });

const s = de.ScreenSharing;
const a = de.AgentConsole;
const c = de.CustomerPortal;

type Seeded = {
  agent: { loginId: string; password: string };
  other: { loginId: string; password: string };
  session: string;
  customerUrl: string;
  portal: string;
  token: string;
  offSession: string;
  otherSession: string;
};

/**
 * Two portals (one with screen sharing off) and three sessions: the agent's own, one in the portal
 * without screen sharing, and another agent's.
 */
async function seedSessions(baseURL: string | undefined): Promise<Seeded> {
  const x = tag();
  const pw = password();
  const org = await seed(baseURL, {
    teams: [{ key: "desk", name: `Bildschirm-Team ${x}` }],
    users: [
      {
        key: "agent",
        kind: "agent",
        firstName: `Berta${x}`,
        lastName: "Bild",
        loginId: `berta-${x}@lotse.test`,
        password: pw,
        team: "desk",
      },
      {
        key: "other",
        kind: "agent",
        firstName: `Otto${x}`,
        lastName: "Anders",
        loginId: `otto-${x}@lotse.test`,
        password: pw,
        team: "desk",
      },
    ],
    portals: [
      {
        key: "p",
        name: `Bildschirm-Portal ${x}`,
        slug: `bildschirm-${x}`,
        subPortals: [{ key: "main", name: "Allgemein", slug: "allgemein", teams: ["desk"] }],
      },
      {
        key: "off",
        name: `Ohne Bildschirm ${x}`,
        slug: `ohne-bildschirm-${x}`,
        features: { screenSharing: false },
        subPortals: [{ key: "offMain", name: "Allgemein", slug: "allgemein", teams: ["desk"] }],
      },
    ],
    requests: [
      { key: "r", subPortal: "main", customerName: `Kundin ${x}` },
      { key: "rOff", subPortal: "offMain", customerName: `Kunde ohne ${x}` },
      { key: "rOther", subPortal: "main", customerName: `Kunde anders ${x}` },
    ],
    sessions: [
      { key: "s", request: "r", agent: "agent", messages: [{ author: "customer", text: `Hallo ${x}` }] },
      { key: "sOff", request: "rOff", agent: "agent" },
      { key: "sOther", request: "rOther", agent: "other" },
    ],
  });
  const token = org.requests.r!.token;
  return {
    agent: { loginId: `berta-${x}@lotse.test`, password: pw },
    other: { loginId: `otto-${x}@lotse.test`, password: pw },
    session: org.sessions.s!.id,
    customerUrl: `/p/bildschirm-${x}/requests/${token}`,
    portal: `bildschirm-${x}`,
    token,
    offSession: org.sessions.sOff!.id,
    otherSession: org.sessions.sOther!.id,
  };
}

const panel = (page: Page) => page.getByRole("region", { name: s.heading, exact: true });
const transcript = (page: Page) => page.getByRole("log").getByRole("listitem");
const liveRegion = (page: Page) => page.locator("#live-announcement[role=status][aria-live=polite]");

/** The agent's video is playing: frames decoded, a picture size, and time moving on. */
async function expectPlaying(page: Page) {
  const video = panel(page).getByLabel(s.agent.video, { exact: true });
  await expect(video).toBeVisible();
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState >= 2 && v.videoWidth > 0), { timeout: 20_000 })
    .toBe(true);
  const before = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(before);
}

test("the agent sees the customer's screen live; either side stops it, the customer may decline", async ({
  lotse,
  baseURL,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, "screen sharing needs JavaScript (the nojs project checks the note)");
  const org = await seedSessions(baseURL);
  const agentPage = await lotse.newPage();
  await agentSignIn(lotse, agentPage, org.agent);
  await agentPage.goto(`/agent/sessions/${org.session}`);
  await expect(panel(agentPage).getByRole("heading", { level: 2, name: s.heading, exact: true })).toBeVisible();
  await expect(panel(agentPage)).toContainText(s.agent.idle);

  // The customer keeps the stream their browser shares, to end it as the browser's own button would.
  const customerContext = await lotse.newContext();
  await customerContext.addInitScript(() => {
    if (!navigator.mediaDevices) return; // about:blank, before the first page
    const original = navigator.mediaDevices.getDisplayMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getDisplayMedia = async (options) => {
      const stream = await original(options);
      (window as unknown as { __shared: MediaStream }).__shared = stream;
      return stream;
    };
  });
  const customerPage = await customerContext.newPage();
  await customerPage.goto(org.customerUrl);
  const customerPanel = panel(customerPage);
  await expect(customerPanel.getByRole("heading", { level: 2, name: s.heading, exact: true })).toBeVisible();
  await expect(customerPanel).toContainText(s.customer.idle.split("{agent}")[1]!.trim());
  await expectJsWithinBudget(customerPage);

  // 1. The agent asks by keyboard; the button stays where the focus is and now withdraws the request.
  const request = panel(agentPage).getByRole("button", { name: s.agent.request, exact: true });
  await request.focus();
  await agentPage.keyboard.press("Enter");
  const withdraw = panel(agentPage).getByRole("button", { name: s.agent.withdraw, exact: true });
  await expect(withdraw).toBeFocused();
  await expect(panel(agentPage)).toContainText(s.agent.waiting);
  await expect(transcript(agentPage).filter({ hasText: a.transcript.screenRequested })).toHaveCount(1);

  // The customer is asked in their language, and declines.
  await expect(customerPanel).toContainText(s.customer.asked.split("{agent}")[1]!.trim());
  await expect(transcript(customerPage).filter({ hasText: c.session.screenRequested })).toHaveCount(1);
  await lotse.checkOnce(customerPage);
  await customerPanel.getByRole("button", { name: s.customer.decline, exact: true }).click();
  await expect(panel(agentPage)).toContainText(s.agent.declined);
  await expect(transcript(agentPage).filter({ hasText: a.transcript.screenDeclined })).toHaveCount(1);
  await expect(transcript(customerPage).filter({ hasText: c.session.screenDeclined })).toHaveCount(1);

  // 2. Asked again, the customer shares; the agent's page plays the screen.
  await panel(agentPage).getByRole("button", { name: s.agent.request, exact: true }).click();
  await customerPanel.getByRole("button", { name: s.customer.share, exact: true }).click();
  await expect(customerPanel).toContainText(s.customer.sharing);
  await expect(customerPanel.getByRole("button", { name: s.customer.stop, exact: true })).toBeVisible();
  await expect(transcript(agentPage).filter({ hasText: a.transcript.screenStarted })).toHaveCount(1);
  await expectPlaying(agentPage);
  await expect(panel(agentPage)).toContainText(s.agent.sharing);
  await expect(liveRegion(agentPage)).toHaveText(s.agent.sharing);
  await lotse.checkOnce(agentPage);
  // The handshake is not part of any transcript.
  await expect(transcript(agentPage).filter({ hasText: /v=0|candidate/ })).toHaveCount(0);

  // The customer stops: the agent's page says so, and so do both transcripts.
  await customerPanel.getByRole("button", { name: s.customer.stop, exact: true }).click();
  await expect(panel(agentPage)).toContainText(s.agent.stopped);
  await expect(panel(agentPage).getByLabel(s.agent.video, { exact: true })).toBeHidden();
  await expect(liveRegion(agentPage)).toHaveText(s.agent.stopped);
  await expect(transcript(agentPage).filter({ hasText: a.transcript.screenStopped })).toHaveCount(1);
  await expect(transcript(customerPage).filter({ hasText: c.session.screenStopped })).toHaveCount(1);
  await expect(
    customerPage.evaluate(() =>
      (window as unknown as { __shared: MediaStream }).__shared.getTracks().every((t) => t.readyState === "ended"),
    ),
  ).resolves.toBe(true);

  // 3. Shared again, then ended by the browser's own "stop sharing" (the track ends).
  await panel(agentPage).getByRole("button", { name: s.agent.request, exact: true }).click();
  await customerPanel.getByRole("button", { name: s.customer.share, exact: true }).click();
  await expectPlaying(agentPage);
  await customerPage.evaluate(() =>
    (window as unknown as { __shared: MediaStream }).__shared.getVideoTracks()[0]!.dispatchEvent(new Event("ended")),
  );
  await expect(panel(agentPage)).toContainText(s.agent.stopped);
  await expect(transcript(agentPage).filter({ hasText: a.transcript.screenStopped })).toHaveCount(2);

  // 4. Shared again, and this time the agent stops it.
  await panel(agentPage).getByRole("button", { name: s.agent.request, exact: true }).click();
  await customerPanel.getByRole("button", { name: s.customer.share, exact: true }).click();
  await expectPlaying(agentPage);
  await panel(agentPage).getByRole("button", { name: s.agent.stop, exact: true }).click();
  await expect(customerPanel).toContainText(s.customer.stopped);
  await expect(customerPanel.getByRole("button", { name: s.customer.stop, exact: true })).toHaveCount(0);
  await expect(transcript(customerPage).filter({ hasText: c.session.screenStopped })).toHaveCount(3);
  await expect(
    customerPage.evaluate(() =>
      (window as unknown as { __shared: MediaStream }).__shared.getTracks().every((t) => t.readyState === "ended"),
    ),
  ).resolves.toBe(true);
  await customerContext.close();
});

// The stand-in recording server answers 413 at its limit, as the real one does: the browser stops.
test.describe(() => {
  test.use({
    expectedBrowserErrors: new RegExp(
      `${CAMERA_POLICY.source}|${LATE_SIGNAL.source}|^PUT \\S+/recordings/rec-1/chunks/\\d+ answered 413$`,
    ),
  });

  test("with Sitzungsaufzeichnung on, the agent's browser records the screen and uploads it chunk by chunk, in order", async ({
    lotse,
    baseURL,
    javaScriptEnabled,
  }) => {
    test.skip(!javaScriptEnabled, "recording needs JavaScript");
    const x = tag();
    const pw = password();
    const org = await seed(baseURL, {
      teams: [{ key: "desk", name: `Aufzeichnungs-Team ${x}`, functions: { sessionRecording: true } }],
      users: [
        {
          key: "agent",
          kind: "agent",
          firstName: `Rita${x}`,
          lastName: "Rec",
          loginId: `rita-${x}@lotse.test`,
          password: pw,
          team: "desk",
        },
      ],
      portals: [
        {
          key: "p",
          name: `Aufzeichnungs-Portal ${x}`,
          slug: `aufzeichnung-${x}`,
          features: { sessionRecording: true },
          subPortals: [{ key: "main", name: "Allgemein", slug: "allgemein", teams: ["desk"] }],
        },
      ],
      requests: [{ key: "r", subPortal: "main", customerName: `Kundin ${x}` }],
      sessions: [{ key: "s", request: "r", agent: "agent" }],
    });
    const session = org.sessions.s!.id;
    // The recording's server side is not this spec's subject: a stand-in that stores in order like it,
    // and reaches its limit after four chunks.
    const chunks: { index: number; bytes: number; mediaTimeMs: number; type: string | null }[] = [];
    const finished: unknown[] = [];
    const agentContext = await lotse.newContext();
    await agentContext.route(`**/agent/sessions/${session}/recordings**`, async (route) => {
      const request = route.request();
      const path = new URL(request.url()).pathname;
      if (request.method() === "POST" && path.endsWith("/recordings"))
        return route.fulfill({ status: 201, json: { id: "rec-1", nextIndex: 0, maxBytes: 200_000_000 } });
      const put = /\/chunks\/(\d+)$/.exec(path);
      if (request.method() === "PUT" && put) {
        const index = Number(put[1]);
        if (index !== chunks.length) return route.fulfill({ status: 409, json: { nextIndex: chunks.length } });
        if (chunks.length >= 4) return route.fulfill({ status: 413, json: { limitReached: true } });
        chunks.push({
          index,
          bytes: request.postDataBuffer()?.byteLength ?? 0,
          mediaTimeMs: Number(request.headers()["x-media-time-ms"]),
          type: request.headers()["content-type"] ?? null,
        });
        return route.fulfill({ status: 200, json: { nextIndex: chunks.length } });
      }
      if (request.method() === "POST" && path.endsWith("/finish")) {
        finished.push(request.postDataJSON());
        return route.fulfill({ status: 200, json: {} });
      }
      return route.fulfill({ status: 404, json: { error: "notFound" } });
    });
    await withGrantsLock(baseURL, async () => {
      await setGrants(lotse, { localRecordingAllowed: true });
      try {
        const agentPage = await agentContext.newPage();
        await agentSignIn(lotse, agentPage, { loginId: `rita-${x}@lotse.test`, password: pw });
        await agentPage.goto(`/agent/sessions/${session}`);
        const customerPage = await lotse.newPage();
        await customerPage.goto(`/p/aufzeichnung-${x}/requests/${org.requests.r!.token}`);
        await lotse.checkOnce(customerPage);
        await panel(agentPage).getByRole("button", { name: s.agent.request, exact: true }).click();
        await panel(customerPage).getByRole("button", { name: s.customer.share, exact: true }).click();
        await expectPlaying(agentPage);
        await lotse.checkOnce(agentPage);
        // A chunk every two seconds, each as it comes; the status shows the bytes stored.
        await expect(panel(agentPage)).toContainText(s.agent.recording.split(" (")[0]!);
        await expect.poll(() => chunks.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
        expect(chunks[0]!.type).toBe("application/octet-stream");
        expect(chunks[0]!.bytes).toBeGreaterThan(0);
        expect(chunks[1]!.mediaTimeMs).toBeGreaterThan(chunks[0]!.mediaTimeMs);
        // At the limit the recording stops and says so; the share goes on.
        await expect(panel(agentPage)).toContainText(s.agent.recordingLimit, { timeout: 20_000 });
        expect(chunks.map((c) => c.index)).toEqual([0, 1, 2, 3]);
        await expect(panel(agentPage).getByLabel(s.agent.video, { exact: true })).toBeVisible();
        expect(finished).toEqual([]);
        await panel(agentPage).getByRole("button", { name: s.agent.stop, exact: true }).click();
        await expect(panel(customerPage)).toContainText(s.customer.stopped);
      } finally {
        await setGrants(lotse, { localRecordingAllowed: false });
      }
    });
  });
});

test("handshakes from outside the session, and shares where the feature is off, are refused", async ({
  lotse,
  baseURL,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, "screen sharing needs JavaScript (the nojs project checks the note)");
  const org = await seedSessions(baseURL);
  const agentPage = await lotse.newPage();
  await agentSignIn(lotse, agentPage, org.agent);
  await agentPage.goto(`/agent/sessions/${org.session}`);
  await lotse.checkOnce(agentPage);
  // Measured once the panel's script has loaded (it loads after the page's own).
  await expect(panel(agentPage).getByRole("button", { name: s.agent.request, exact: true })).toBeVisible();
  const withScreen = await expectJsWithinBudget(agentPage);
  // The agent asks: a share is open in the session, which the forgeries below try to join.
  await panel(agentPage).getByRole("button", { name: s.agent.request, exact: true }).click();
  await expect(panel(agentPage)).toContainText(s.agent.waiting);

  const offer = { type: "offer", sdp: "v=0\r\n" };
  const forged = { action: "signal", shareId: "forged-share-1", peer: "forged-peer-1", signal: offer };
  const post = (page: Page, url: string, data: unknown) => page.request.post(url, { data, failOnStatusCode: false });

  // Another agent, signed in, at this session's agent route: not found.
  const otherPage = await lotse.newPage();
  await agentSignIn(lotse, otherPage, org.other);
  for (const body of [{ action: "request" }, forged, { action: "stop", shareId: "forged-share-1" }])
    expect((await post(otherPage, `/agent/sessions/${org.session}/screen`, body)).status()).toBe(404);
  // Signed out: nobody.
  const stranger = await lotse.newPage();
  expect((await post(stranger, `/agent/sessions/${org.session}/screen`, { action: "request" })).status()).toBe(401);
  // A made-up token, another portal's address for this token, another session's customer.
  expect((await post(stranger, `/p/${org.portal}/requests/${"A".repeat(43)}/screen`, forged)).status()).toBe(404);
  expect((await post(stranger, `/p/ohne-${org.portal}/requests/${org.token}/screen`, forged)).status()).toBe(404);
  // The agent of the session cannot speak for the customer (an offer is theirs) nor start for them.
  expect((await post(agentPage, `/agent/sessions/${org.session}/screen`, forged)).status()).toBe(404);
  // Nor in another agent's session.
  expect((await post(agentPage, `/agent/sessions/${org.otherSession}/screen`, { action: "request" })).status()).toBe(
    404,
  );
  // The customer's own route takes only steps of the current share, in a sane size.
  expect((await post(stranger, `${org.customerUrl}/screen`, forged)).status()).toBe(409);
  expect((await post(stranger, `${org.customerUrl}/screen`, { action: "launch" })).status()).toBe(400);
  const huge = { ...forged, signal: { type: "offer", sdp: "x".repeat(30_000) } };
  expect((await post(stranger, `${org.customerUrl}/screen`, huge)).status()).toBe(413);

  // A portal with screen sharing off: no panel, and the route refuses.
  await agentPage.goto(`/agent/sessions/${org.offSession}`);
  await expect(agentPage.getByRole("heading", { level: 2, name: a.session.chat, exact: true })).toBeVisible();
  await expect(agentPage.getByRole("heading", { name: s.heading, exact: true })).toHaveCount(0);
  // The screen-sharing client is loaded only where the feature is on.
  const withoutScreen = await expectJsWithinBudget(agentPage);
  expect(withoutScreen.bytes).toBeLessThan(withScreen.bytes);
  test.info().annotations.push({
    type: "js-weight",
    description: `session page ${withScreen.overFloor} B over the floor with screen sharing, ${withoutScreen.overFloor} B without`,
  });
  const refused = await post(agentPage, `/agent/sessions/${org.offSession}/screen`, { action: "request" });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({ error: "screenSharingOff" });
});

test("without JavaScript the panel says that screen sharing needs it, and the page works as before", async ({
  lotse,
  baseURL,
  javaScriptEnabled,
}) => {
  test.skip(javaScriptEnabled !== false, "the nojs project checks the page without JavaScript");
  const org = await seedSessions(baseURL);
  const agentPage = await lotse.newPage();
  await agentSignIn(lotse, agentPage, org.agent);
  await agentPage.goto(`/agent/sessions/${org.session}`);
  await expect(panel(agentPage).getByRole("heading", { level: 2, name: s.heading, exact: true })).toBeVisible();
  await expect(panel(agentPage)).toContainText(s.needsJavaScript);
  await expect(panel(agentPage).getByRole("button")).toHaveCount(0);
  await lotse.checkOnce(agentPage);
  // The chat works as before.
  await agentPage.getByRole("textbox", { name: a.message.label, exact: true }).fill("Guten Tag");
  await agentPage.getByRole("button", { name: a.message.send, exact: true }).click();
  await expect(transcript(agentPage).filter({ hasText: "Guten Tag" })).toHaveCount(1);

  const customerPage = await lotse.newPage();
  await customerPage.goto(org.customerUrl);
  await expect(panel(customerPage)).toContainText(s.needsJavaScript);
  await expect(transcript(customerPage).filter({ hasText: "Guten Tag" })).toHaveCount(1);
  await lotse.checkOnce(customerPage);
});
