import { describe, expect, it } from "vitest";
import { inArrivalOrder, isVisibleTo, nextAgentInQueue, type RoutableAgent, type RoutableRequest } from "./routing";

const t = (minute: number) => new Date(Date.UTC(2026, 10, 27, 9, minute));

const agent = (id: string, over: Partial<RoutableAgent> = {}): RoutableAgent => ({
  id,
  available: true,
  freeSlots: 1,
  subPortalIds: new Set(["sp1"]),
  idleSince: t(0),
  ...over,
});

const request = (over: Partial<RoutableRequest> = {}): RoutableRequest => ({
  id: 1,
  subPortalId: "sp1",
  portalType: "questionBox",
  queueMode: false,
  chosenAgentId: null,
  offeredToId: null,
  createdAt: t(5),
  ...over,
});

describe("isVisibleTo", () => {
  it.each([
    ["broadcast: an available agent of the sub-portal", agent("a"), request(), true],
    ["broadcast: not while away", agent("a", { available: false }), request(), false],
    ["broadcast: not without a free slot", agent("a", { freeSlots: 0 }), request(), false],
    ["broadcast: not from another sub-portal", agent("a", { subPortalIds: new Set(["sp2"]) }), request(), false],
    ["contact button broadcasts too", agent("a"), request({ portalType: "contactButton" }), true],
    ["queue mode: only the agent it is offered to", agent("a"), request({ queueMode: true, offeredToId: "a" }), true],
    ["queue mode: not to the others", agent("b"), request({ queueMode: true, offeredToId: "a" }), false],
    ["queue mode: to nobody while unoffered", agent("a"), request({ queueMode: true }), false],
    [
      "agent selection: the chosen agent",
      agent("a"),
      request({ portalType: "agentSelection", chosenAgentId: "a" }),
      true,
    ],
    [
      "agent selection: even while busy (they see who waits for them)",
      agent("a", { freeSlots: 0 }),
      request({ portalType: "agentSelection", chosenAgentId: "a" }),
      true,
    ],
    ["agent selection: nobody else", agent("b"), request({ portalType: "agentSelection", chosenAgentId: "a" }), false],
    [
      "connection code: the code's agent",
      agent("a"),
      request({ portalType: "connectionCode", chosenAgentId: "a" }),
      true,
    ],
    [
      "chosen agent who no longer serves the sub-portal",
      agent("a", { subPortalIds: new Set() }),
      request({ chosenAgentId: "a" }),
      false,
    ],
  ])("%s", (_label, a, r, expected) => {
    expect(isVisibleTo(a, r)).toBe(expected);
  });
});

describe("nextAgentInQueue", () => {
  it("offers to the agent idle the longest who can take it and has not declined", () => {
    const agents = [
      agent("late", { idleSince: t(3) }),
      agent("early", { idleSince: t(1) }),
      agent("away", { idleSince: t(0), available: false }),
      agent("full", { idleSince: t(0), freeSlots: 0 }),
      agent("other", { idleSince: t(0), subPortalIds: new Set(["sp2"]) }),
    ];
    expect(nextAgentInQueue(request({ queueMode: true }), agents, new Set())).toBe("early");
    expect(nextAgentInQueue(request({ queueMode: true }), agents, new Set(["early"]))).toBe("late");
    expect(nextAgentInQueue(request({ queueMode: true }), agents, new Set(["early", "late"]))).toBeNull();
  });

  it("breaks ties by id, so the choice is stable", () => {
    expect(nextAgentInQueue(request(), [agent("b"), agent("a")], new Set())).toBe("a");
  });
});

describe("inArrivalOrder", () => {
  it("puts the oldest request first", () => {
    const order = inArrivalOrder([
      request({ id: 3, createdAt: t(9) }),
      request({ id: 2, createdAt: t(4) }),
      request({ id: 1, createdAt: t(4) }),
    ]);
    expect(order.map((r) => r.id)).toEqual([1, 2, 3]);
  });
});
