import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { acceptRequest } from "@/lib/live/accept-request";
import { setConsoleStatus, signInToConsole } from "@/lib/live/presence";
import { OFFER_TIMEOUT_MS, offerQueuedRequests } from "@/lib/live/queue";
import {
  abandonRequest,
  announceNewRequest,
  declineRequest,
  expireUnansweredRequests,
  NO_RESPONSE_TIMEOUT_MS,
  waitingRequestsFor,
} from "@/lib/live/request-lifecycle";
import { resetDatabase } from "@/test/reset-database";
import { buildDesk } from "./live-fixture";

let desk: Awaited<ReturnType<typeof buildDesk>>;
const ids = (list: { id: number }[]) => list.map((r) => r.id);
const types = async (requestId: number) =>
  (await db.activityEvent.findMany({ where: { requestId }, orderBy: { id: "asc" } })).map((e) => e.type);

describe("broadcast (question box)", () => {
  beforeEach(async () => {
    await resetDatabase();
    desk = await buildDesk();
  });

  it("is posted when agents are signed in, shown to every available agent, hidden from one who declined", async () => {
    const early = await desk.request();
    await announceNewRequest(early.id);
    await signInToConsole(desk.agents.anna);
    await signInToConsole(desk.agents.ben);
    await signInToConsole(desk.agents.outsider);
    const later = await desk.request();
    await announceNewRequest(later.id);
    expect(await types(early.id)).toEqual([]); // nobody was there to receive it
    expect(await types(later.id)).toEqual(["posted"]);
    expect(ids(await waitingRequestsFor(desk.agents.anna))).toEqual([early.id, later.id]);
    expect(ids(await waitingRequestsFor(desk.agents.outsider))).toEqual([]);
    await declineRequest(desk.agents.anna, later.id);
    expect(ids(await waitingRequestsFor(desk.agents.anna))).toEqual([early.id]);
    expect(ids(await waitingRequestsFor(desk.agents.ben))).toEqual([early.id, later.id]);
    // Only the browser that holds Ben's console may decline for him.
    const otherBrowser = { ...desk.agents.ben, sessionId: "not-the-console" };
    await expect(declineRequest(otherBrowser, later.id)).rejects.toThrow(NotFoundError);
    expect(await db.activityEvent.count({ where: { type: "declined", agentId: desk.agents.ben.userId } })).toBe(0);
    await setConsoleStatus(desk.agents.ben, "away");
    expect(ids(await waitingRequestsFor(desk.agents.ben))).toEqual([]);
    await expect(declineRequest(desk.agents.outsider, later.id)).rejects.toThrow(NotFoundError);
  });

  it("a request nobody accepts in time is 'no agent response'; a customer who leaves is 'abandoned'", async () => {
    const stale = await desk.request({ createdAt: new Date(Date.now() - NO_RESPONSE_TIMEOUT_MS - 1000) });
    const fresh = await desk.request();
    const leaving = await desk.request();
    expect(await expireUnansweredRequests()).toBe(1);
    await abandonRequest(leaving.token);
    await abandonRequest(leaving.token); // twice changes nothing
    expect((await db.supportRequest.findMany({ orderBy: { id: "asc" } })).map((r) => r.status)).toEqual([
      "noAgentResponse",
      "waiting",
      "abandoned",
    ]);
    expect(await types(stale.id)).toEqual(["noAgentResponse"]);
    expect(await types(leaving.id)).toEqual(["abandoned"]);
    await signInToConsole(desk.agents.anna);
    expect(ids(await waitingRequestsFor(desk.agents.anna))).toEqual([fresh.id]);
    await expect(abandonRequest("nope")).rejects.toThrow(NotFoundError);
  });
});

describe("queue mode", () => {
  beforeEach(async () => {
    await resetDatabase();
    desk = await buildDesk();
    await db.portal.update({ where: { id: desk.portal.id }, data: { queueMode: true } });
  });

  it("offers requests in arrival order to the agent idle longest; declining or letting it lapse moves it on", async () => {
    await signInToConsole(desk.agents.anna);
    await signInToConsole(desk.agents.ben);
    // Anna has been available for a minute, Ben only just: she is the one idle longest.
    await db.agentPresence.update({
      where: { agentId: desk.agents.anna.userId },
      data: { statusAt: new Date(Date.now() - 60_000) },
    });
    const first = await desk.request({ createdAt: new Date(Date.now() - 2000) });
    const second = await desk.request({ createdAt: new Date(Date.now() - 1000) });
    await announceNewRequest(second.id);
    const offeredTo = async (id: number) => (await db.supportRequest.findUniqueOrThrow({ where: { id } })).offeredToId;
    expect(await offeredTo(first.id)).toBe(desk.agents.anna.userId);
    expect(await offeredTo(second.id)).toBe(desk.agents.ben.userId);
    // Only the agent it is offered to sees it or may take it.
    expect(ids(await waitingRequestsFor(desk.agents.anna))).toEqual([first.id]);
    await expect(acceptRequest(desk.agents.ben, first.id)).rejects.toThrow(NotFoundError);
    await declineRequest(desk.agents.anna, first.id);
    // Ben holds the second one's offer and Anna declined: the first waits.
    expect(await offeredTo(first.id)).toBeNull();
    // Ben lets his offer lapse: the oldest request goes to him, the second to Anna.
    await offerQueuedRequests(new Date(Date.now() + OFFER_TIMEOUT_MS + 1));
    expect(await offeredTo(first.id)).toBe(desk.agents.ben.userId);
    expect(await offeredTo(second.id)).toBe(desk.agents.anna.userId);
    expect(await types(first.id)).toEqual(["offered", "declined", "offered"]); // never announced: not "posted"
    expect(await types(second.id)).toEqual(["posted", "offered", "offered"]);
  });

  it("an accepted offer frees the queue for the next request", async () => {
    await signInToConsole(desk.agents.anna);
    const r1 = await desk.request({ createdAt: new Date(Date.now() - 2000) });
    const r2 = await desk.request({ createdAt: new Date(Date.now() - 1000) });
    await announceNewRequest(r1.id);
    expect(ids(await waitingRequestsFor(desk.agents.anna))).toEqual([r1.id]);
    await acceptRequest(desk.agents.anna, r1.id);
    await signInToConsole(desk.agents.ben);
    await offerQueuedRequests();
    expect((await db.supportRequest.findUniqueOrThrow({ where: { id: r2.id } })).offeredToId).toBe(
      desk.agents.ben.userId,
    );
  });
});
