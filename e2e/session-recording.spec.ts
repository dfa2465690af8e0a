// Sitzungsaufzeichnung end to end (issue 17): the customer shares a screen (Chromium's fake one), the
// agent's browser records it and uploads it in chunks; on disk it is no WebM (it is encrypted). In
// Sitzungsinformationen a company manager replays it (a playing <video> whose duration matches),
// sets the Passphrase für Sitzungswiedergabe (replay then needs it, a wrong one is refused), changes
// it (the recording plays with the new one, not the old), exports a WebM whose header a parser reads
// with the right duration — and with the private key's seal gone from the database, nothing opens.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import Database from "better-sqlite3";
import { Decoder } from "ts-ebml";
import { FAKE_SCREEN } from "./support/fake-screen";
import { agentSignIn } from "./support/agent-console";
import { expect, test, type Lotse } from "./support/fixtures";
import { de } from "./support/messages";
import { databaseFile, dbQuery, password, seed, setGrants, tag, withGrantsLock } from "./support/organisation";

test.use(FAKE_SCREEN);

const s = de.ScreenSharing;
const i = de.SessionInformation;
const r = de.SessionInformation.recordings;
const p = de.ReplayPassphrase;

const panel = (page: Page) => page.getByRole("region", { name: s.heading, exact: true });
const transcript = (page: Page) => page.getByRole("log").getByRole("listitem");

type RecordingRow = { id: string; status: string; chunkCount: number; bytes: number; durationMs: number };

/** The Duration in a WebM's Segment Info, in seconds (TimecodeScale is 1 ms in browser recordings). */
function webmDurationSeconds(bytes: Buffer): number {
  const elements = new Decoder().decode(new Uint8Array(bytes).buffer);
  const scale = elements.find((e) => e.name === "TimecodeScale");
  const duration = elements.find((e) => e.name === "Duration");
  if (!duration || !("value" in duration)) throw new Error("no Duration in the WebM header");
  const nsPerTick = scale && "value" in scale ? Number(scale.value) : 1_000_000;
  return (Number(duration.value) * nsPerTick) / 1e9;
}

/** Wiedergabe (or Export) in the session page's recordings form, with a passphrase when one is asked. */
async function openRecording(page: Page, intent: "replay" | "export", passphrase?: string) {
  const form = page.locator("#recordings form");
  if (passphrase !== undefined) await form.getByLabel(r.passphrase, { exact: true }).fill(passphrase);
  await form.getByRole("button", { name: intent === "replay" ? r.replay : r.export, exact: true }).click();
}

async function expectPlayerWithDuration(page: Page, seconds: number) {
  await expect(
    page.getByRole("heading", { level: 2, name: `Wiedergabe: ${r.label.replace("{n}", "1")}` }),
  ).toBeVisible();
  const video = page.locator("#player video");
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => (Number.isFinite(v.duration) ? v.duration : 0)), {
      timeout: 15_000,
    })
    .toBeGreaterThan(0);
  const duration = await video.evaluate((v: HTMLVideoElement) => v.duration);
  expect(Math.abs(duration - seconds)).toBeLessThan(1.5);
  // It plays: the picture has a size and time moves on.
  // Not awaited in the page: play() settles only once playing has begun, which the polls below wait for.
  await video.evaluate((v: HTMLVideoElement) => {
    v.muted = true;
    void v.play().catch(() => undefined);
  });
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth)).toBeGreaterThan(0);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0.2);
}

async function setPassphrase(page: Page, lotse: Lotse, portalName: string, fields: Record<string, string>) {
  await page.goto("/manager/session-information");
  await lotse.checkOnce(page);
  await page.getByRole("link", { name: i.passphraseLink, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: p.title, exact: true })).toBeVisible();
  await lotse.checkOnce(page);
  // A portal that has a passphrase says so in its option.
  const option = page.getByRole("option", { name: portalName });
  await page.getByLabel(p.portal, { exact: true }).selectOption({ label: (await option.textContent())! });
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole("button", { name: p.submit, exact: true }).click();
}

test("a recorded screen replays in Sitzungsinformationen, guarded by the replay passphrase, and exports as WebM", async ({
  lotse,
  baseURL,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, "the agent's browser records with JavaScript");
  test.setTimeout(300_000);
  const x = tag();
  const pw = password();
  const portalName = `Aufzeichnungsportal ${x}`;
  const org = await seed(baseURL, {
    teams: [{ key: "desk", name: `Aufzeichnung ${x}`, functions: { sessionRecording: true } }],
    users: [
      {
        key: "agent",
        kind: "agent",
        firstName: `Rita${x}`,
        lastName: "Rekord",
        loginId: `rita-${x}@lotse.test`,
        password: pw,
        team: "desk",
      },
      {
        key: "boss",
        kind: "manager",
        role: "company",
        name: `Chefin ${x}`,
        loginId: `chefin-${x}@lotse.test`,
        password: pw,
      },
    ],
    portals: [
      {
        key: "p",
        name: portalName,
        slug: `aufzeichnung-${x}`,
        features: { sessionRecording: true },
        subPortals: [{ key: "main", name: "Allgemein", slug: "allgemein", teams: ["desk"] }],
      },
    ],
    requests: [{ key: "req", subPortal: "main", customerName: `Kundin ${x}` }],
    sessions: [{ key: "s", request: "req", agent: "agent", messages: [{ author: "customer", text: `Hallo ${x}` }] }],
  });
  const session = org.sessions.s!;
  const recordings = () =>
    dbQuery<RecordingRow>(
      baseURL,
      "SELECT id, status, chunkCount, bytes, durationMs FROM SessionRecording WHERE sessionId = ?",
      session.id,
    );

  const agentPage = await lotse.newPage();
  const customerPage = await lotse.newPage();
  // Recording needs the Admin Center's permission while it runs; other specs rely on the grants.
  await withGrantsLock(baseURL, async () => {
    await setGrants(lotse, { localRecordingAllowed: true });
    try {
      await test.step("the agent asks, the customer shares, the agent's browser records", async () => {
        await agentSignIn(lotse, agentPage, { loginId: `rita-${x}@lotse.test`, password: pw });
        await agentPage.goto(`/agent/sessions/${session.id}`);
        await customerPage.goto(`/p/aufzeichnung-${x}/requests/${org.requests.req!.token}`);
        await panel(agentPage).getByRole("button", { name: s.agent.request, exact: true }).click();
        await panel(customerPage).getByRole("button", { name: s.customer.share, exact: true }).click();
        // The customer is told, and the agent sees the recording grow.
        await expect(
          transcript(customerPage).filter({ hasText: de.CustomerPortal.session.recordingStarted }),
        ).toHaveCount(1);
        await expect(panel(agentPage)).toContainText(s.agent.recording.split("(")[0]!.trim(), { timeout: 15_000 });
        await lotse.checkOnce(agentPage);
        await lotse.checkOnce(customerPage);
        await expect.poll(() => recordings()[0]?.chunkCount ?? 0, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
        await panel(customerPage).getByRole("button", { name: s.customer.stop, exact: true }).click();
        await expect(
          transcript(agentPage).filter({ hasText: de.AgentConsole.transcript.recordingStopped }),
        ).toHaveCount(1, { timeout: 15_000 });
      });
    } finally {
      await setGrants(lotse, { localRecordingAllowed: false });
    }
  });

  const [recording] = recordings();
  expect(recording).toMatchObject({ status: "complete" });
  expect(recording!.durationMs).toBeGreaterThan(4000);
  const seconds = recording!.durationMs / 1000;

  await test.step("on disk the recording is encrypted: no WebM, no plain chunk", async () => {
    const file = path.join(path.dirname(databaseFile(baseURL)), "recordings", session.id, `${recording!.id}.rec`);
    const stored = fs.readFileSync(file);
    expect(stored.length).toBeGreaterThan(recording!.bytes);
    expect(stored.indexOf(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))).toBe(-1);
    expect(stored.indexOf(Buffer.from("webm"))).toBe(-1);
  });

  await test.step("the agent ends the session", async () => {
    await agentPage.getByRole("radio", { name: de.AgentConsole.end.outcomes.resolved, exact: true }).check();
    await agentPage.getByRole("button", { name: de.AgentConsole.end.submit, exact: true }).click();
    await expect(
      agentPage.getByRole("main").getByText(de.AgentConsole.session.endedByAgent, { exact: true }),
    ).toBeVisible();
  });

  const manager = await lotse.newPage();
  await lotse.signIn(manager, "manager", { loginId: `chefin-${x}@lotse.test`, password: pw });
  const sessionPage = `/manager/session-information/${session.number}`;

  await test.step("Wiedergabe: the browser's player, seekable, with the recording's duration", async () => {
    await manager.goto(sessionPage);
    const table = manager.getByRole("table", { name: r.heading, exact: true });
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table).toContainText(r.statuses.complete);
    await lotse.checkOnce(manager);
    await openRecording(manager, "replay");
    await expectPlayerWithDuration(manager, seconds);
    await lotse.checkOnce(manager);
  });

  const first = `Erste Passphrase ${x}`;
  const second = `Zweite Passphrase ${x}`;
  await test.step("Passphrase für Sitzungswiedergabe: mistakes are named; Senden sets it", async () => {
    await setPassphrase(manager, lotse, portalName, {
      [p.password]: pw,
      [p.passphrase]: first,
      [p.passphraseRepeat]: `${first}!`,
    });
    await expect(manager.getByLabel(p.passphraseRepeat, { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(manager.getByLabel(p.passphrase, { exact: true })).toHaveValue("");
    await lotse.checkOnce(manager);
    await manager.getByLabel(p.portal, { exact: true }).selectOption({ label: portalName });
    await manager.getByLabel(p.password, { exact: true }).fill(pw);
    await manager.getByLabel(p.passphrase, { exact: true }).fill(first);
    await manager.getByLabel(p.passphraseRepeat, { exact: true }).fill(first);
    await manager.getByRole("button", { name: p.submit, exact: true }).click();
    await expect(manager.getByRole("status")).toHaveText(de.Notices.passphraseSet);
    await expect(manager.getByRole("row", { name: new RegExp(portalName) })).toContainText(p.protectedByPassphrase);
  });

  await test.step("replay now needs the passphrase; a wrong one is refused", async () => {
    await manager.goto(sessionPage);
    await openRecording(manager, "replay", "");
    await expect(manager.locator("#field-passphrase-error")).toContainText(de.Errors.passphraseRequired);
    await openRecording(manager, "replay", "falsch falsch falsch");
    await expect(manager.locator("#field-passphrase-error")).toContainText(de.Errors.wrongPassphrase);
    await lotse.checkOnce(manager);
    await openRecording(manager, "replay", first);
    await expectPlayerWithDuration(manager, seconds);
  });

  await test.step("after a change, the recording plays with the new passphrase, not the old", async () => {
    await setPassphrase(manager, lotse, portalName, {
      [p.password]: pw,
      [p.currentPassphrase]: first,
      [p.passphrase]: second,
      [p.passphraseRepeat]: second,
    });
    await expect(manager.getByRole("status")).toHaveText(de.Notices.passphraseChanged);
    await manager.goto(sessionPage);
    await openRecording(manager, "replay", first);
    await expect(manager.locator("#field-passphrase-error")).toContainText(de.Errors.wrongPassphrase);
    await openRecording(manager, "replay", second);
    await expectPlayerWithDuration(manager, seconds);
  });

  await test.step("Export: a WebM whose header carries the duration", async () => {
    await manager.goto(sessionPage);
    await openRecording(manager, "export", second);
    const link = manager.getByRole("link", { name: r.exportDownload.replace("{label}", r.label.replace("{n}", "1")) });
    await expect(link).toBeVisible();
    await lotse.checkOnce(manager);
    const response = await manager.request.get((await link.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("video/webm");
    expect(response.headers()["content-disposition"]).toContain(".webm");
    const body = await response.body();
    expect(body.subarray(0, 4)).toEqual(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]));
    expect(Math.abs(webmDurationSeconds(body) - seconds)).toBeLessThan(1.5);
  });

  await test.step("with the private key's seal gone from the database, nothing opens the recording", async () => {
    const portalId = org.portals.p!;
    const db = new Database(databaseFile(baseURL));
    try {
      db.prepare('UPDATE "PortalRecordingKey" SET "sealedPrivateKey" = ? WHERE "portalId" = ?').run("{}", portalId);
    } finally {
      db.close();
    }
    await manager.goto(sessionPage);
    await openRecording(manager, "replay", second);
    // The seal cannot be told from a wrong passphrase's: it opens with nothing.
    await expect(manager.locator("#field-passphrase-error")).toHaveText(
      new RegExp(`${de.Errors.wrongPassphrase}|${de.Errors.recordingUnreadable}`),
    );
    await expect(manager.locator("#player")).toHaveCount(0);
  });
});
