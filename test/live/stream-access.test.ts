import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { GET as consoleEvents } from "@/app/agent/events/route";
import { GET as agentSessionEvents } from "@/app/agent/sessions/[sessionId]/events/route";
import { GET as customerSessionEvents } from "@/app/p/[portal]/requests/[token]/events/route";
import { currentPrincipal } from "@/lib/auth/session";
import { eventBus } from "@/lib/events/event-bus";
import { ACCESS_ENDED_EVENT } from "@/lib/live/access-ended";
import { postMessage } from "@/lib/live/messages";
import { PRESENCE_CHANNEL } from "@/lib/live/presence";
import { resetDatabase } from "@/test/reset-database";
import { deskWithSession } from "./session-fixture";
import { pastAccessRecheck, until } from "./stream-waits";

// The agent's cookie session is Next's business; here the signed-in agent is whoever the test says.
vi.mock(import("@/lib/auth/session"), async (original) => ({ ...(await original()), currentPrincipal: vi.fn() }));

const BASE = "http://localhost:3000";

let desk: Awaited<ReturnType<typeof deskWithSession>>;
let abort: AbortController;
beforeEach(async () => {
  await resetDatabase();
  desk = await deskWithSession();
  vi.mocked(currentPrincipal).mockResolvedValue(desk.agents.anna);
  abort = new AbortController();
  return () => abort.abort(); // a stream the test left open goes with it
});
afterEach(() => vi.useRealTimers());

const get = (path: string) => new Request(`${BASE}${path}`, { signal: abort.signal });

/** Reads a stream in the background: everything it sent so far, and whether the server ended it. */
function follow(response: Response) {
  expect(response.status).toBe(200);
  const seen = { text: "", ended: false };
  void (async () => {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    for (let next = await reader.read(); !next.done; next = await reader.read())
      seen.text += decoder.decode(next.value);
    seen.ended = true;
  })().catch(() => undefined);
  return seen;
}

/** Ends Anna's browser session the way a password change or a sign-out elsewhere does. */
async function revokeAnnasBrowserSession() {
  await db.session.deleteMany({ where: { id: desk.agents.anna.sessionId } });
  pastAccessRecheck(); // the stream checked when it opened; the next check may come a second later
}

/** The last frame tells the page to stop listening, so its browser does not reconnect into a refusal. */
const ENDS_WITH_ACCESS_ENDED = new RegExp(`event: ${ACCESS_ENDED_EVENT}\ndata: \\{\\}\n\n$`);

describe("event streams check access again while open", () => {
  it("the agent's session stream ends when their browser session is gone, before sending more", async () => {
    const response = await agentSessionEvents(get(`/agent/sessions/${desk.sessionId}/events`), {
      params: Promise.resolve({ sessionId: desk.sessionId }),
    });
    const stream = follow(response);
    await postMessage(desk.customer, desk.sessionId, "Hallo");
    await until(() => stream.text.includes("Hallo"), "the first message arrived");

    await revokeAnnasBrowserSession();
    await postMessage(desk.customer, desk.sessionId, "Meine PIN ist 1234");
    await until(() => stream.ended, "the stream ended");
    expect(stream.text).not.toContain("PIN");
    expect(stream.text).toMatch(ENDS_WITH_ACCESS_ENDED);
  });

  it("the agent console's stream ends when the browser session is gone", async () => {
    const stream = follow(await consoleEvents(get("/agent/events")));
    await until(() => stream.text.startsWith("retry:"), "the stream opened");
    expect(stream.ended).toBe(false);

    await revokeAnnasBrowserSession();
    eventBus.publish(PRESENCE_CHANNEL, { type: "status", agentId: desk.agents.ben.userId, status: "away" });
    await until(() => stream.ended, "the stream ended");
    expect(stream.text).not.toContain("changed");
    expect(stream.text).toMatch(ENDS_WITH_ACCESS_ENDED);
  });

  it("the customer's session stream ends when their portal is deleted", async () => {
    const portal = desk.portal.slug!;
    const response = await customerSessionEvents(get(`/p/${portal}/requests/${desk.token}/events`), {
      params: Promise.resolve({ portal, token: desk.token }),
    });
    const stream = follow(response);
    await postMessage(desk.agent, desk.sessionId, "Guten Tag");
    await until(() => stream.text.includes("Guten Tag"), "the first message arrived");

    await db.portal.update({ where: { id: desk.portal.id }, data: { deletedAt: new Date() } });
    pastAccessRecheck();
    await postMessage(desk.agent, desk.sessionId, "Noch da?");
    await until(() => stream.ended, "the stream ended");
    expect(stream.text).not.toContain("Noch da?");
    expect(stream.text).toMatch(ENDS_WITH_ACCESS_ENDED);
  });

  it("a stream whose browser session is still there stays open", async () => {
    const stream = follow(await consoleEvents(get("/agent/events")));
    await until(() => stream.text.startsWith("retry:"), "the stream opened");
    pastAccessRecheck();
    eventBus.publish(PRESENCE_CHANNEL, { type: "status", agentId: desk.agents.ben.userId, status: "away" });
    await until(() => stream.text.includes("changed"), "the console heard of the change");
    expect(stream.ended).toBe(false);
  });
});
