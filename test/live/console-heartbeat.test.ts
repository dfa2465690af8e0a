import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as heartbeat } from "@/app/agent/heartbeat/route";
import type { Principal } from "@/lib/auth/principal";
import { currentPrincipal } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { heartbeatTarget, throughHeartbeat } from "@/lib/live/console-heartbeat";
import { resetDatabase } from "@/test/reset-database";
import { deskWithSession } from "./session-fixture";

// The agent's cookie session is Next's business; here the signed-in agent is whoever the test says.
vi.mock(import("@/lib/auth/session"), async (original) => ({ ...(await original()), currentPrincipal: vi.fn() }));
const signedIn = (principal: Principal | null) => vi.mocked(currentPrincipal).mockResolvedValue(principal);

const LONG_AGO = new Date("2026-01-01T00:00:00Z");
let desk: Awaited<ReturnType<typeof deskWithSession>>;
beforeEach(async () => {
  await resetDatabase();
  desk = await deskWithSession();
  await db.agentPresence.updateMany({ data: { lastSeenAt: LONG_AGO } });
});

const lastSeen = async (agent: Principal) =>
  (await db.agentPresence.findUniqueOrThrow({ where: { agentId: agent.userId } })).lastSeenAt;

function reload(back: string, site: string | null = "same-origin") {
  const headers: Record<string, string> = site ? { "sec-fetch-site": site } : {};
  return heartbeat(new Request(`http://localhost:3000${throughHeartbeat(back)}`, { headers }));
}

describe("the console's heartbeat without JavaScript", () => {
  it("records that the agent is still there and goes on to the page", async () => {
    signedIn(desk.agents.anna);
    const response = await reload(`/agent/sessions/${desk.sessionId}`);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/agent/sessions/${desk.sessionId}`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect((await lastSeen(desk.agents.anna)).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await lastSeen(desk.agents.ben)).toEqual(LONG_AGO); // only the agent who reloads
  });

  it("a request from another site keeps no one's console alive", async () => {
    signedIn(desk.agents.anna);
    for (const site of ["cross-site", "same-site"]) {
      expect((await reload("/agent", site)).headers.get("location")).toBe("/agent");
      expect(await lastSeen(desk.agents.anna)).toEqual(LONG_AGO);
    }
    // Typed into the address bar, or a browser that does not say: the agent's own browser.
    await reload("/agent", "none");
    expect(await lastSeen(desk.agents.anna)).not.toEqual(LONG_AGO);
  });

  it("signed out, it writes nothing and leads to the console's sign-in", async () => {
    signedIn(null);
    const response = await reload("/agent", null);
    expect(response.headers.get("location")).toBe("/agent");
    expect(await lastSeen(desk.agents.anna)).toEqual(LONG_AGO);
  });

  it("goes on only to pages of the console", () => {
    expect(heartbeatTarget("/agent")).toBe("/agent");
    expect(heartbeatTarget("/agent/sessions/abc?x=1")).toBe("/agent/sessions/abc?x=1");
    for (const elsewhere of [
      "/manager",
      "/agentur",
      "//evil.example/agent",
      "https://evil.example/",
      "/agent/heartbeat?back=/agent",
      null,
    ])
      expect(heartbeatTarget(elsewhere)).toBe("/agent");
  });
});
