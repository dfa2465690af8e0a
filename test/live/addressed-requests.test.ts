import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { eventBus } from "@/lib/events/event-bus";
import { requestChannel } from "@/lib/live/channels";
import { signInToConsole, setConsoleStatus, signOutOfConsole } from "@/lib/live/presence";
import { declineRequest } from "@/lib/live/request-lifecycle";
import { findPublicPortal } from "@/lib/portals/public-portal";
import { submitSupportRequest } from "@/lib/support-requests/submit-support-request";
import { resetDatabase } from "@/test/reset-database";
import { buildDesk } from "./live-fixture";

let desk: Awaited<ReturnType<typeof buildDesk>>;
beforeEach(async () => {
  await resetDatabase();
  desk = await buildDesk({ type: "agentSelection", slug: "wahl" });
});

const statusOf = async (id: number) => (await db.supportRequest.findUniqueOrThrow({ where: { id } })).status;

/** Collects the notifications the customers' waiting pages get. */
function listen(requestId: number) {
  const heard: string[] = [];
  const off = eventBus.subscribe(requestChannel(requestId), (message) => heard.push(message.type));
  return { heard, off };
}

describe("agent selection", () => {
  it("offers only agents who are signed in and available; the others are listed but cannot be chosen", async () => {
    await signInToConsole(desk.agents.anna);
    await signInToConsole(desk.agents.ben);
    await setConsoleStatus(desk.agents.ben, "away");
    const portal = await findPublicPortal("wahl");
    expect(portal.agents.map((a) => [a.screenName, a.available])).toEqual([
      ["Anna", true],
      ["Ben", false],
    ]);
    const submit = (agentId: string) =>
      submitSupportRequest({
        portalSlug: "wahl",
        language: "de",
        clientAddress: "203.0.113.40",
        values: { name: "Kim", agent: agentId },
      });
    await expect(submit(desk.agents.ben.userId)).rejects.toMatchObject({
      fieldErrors: { agent: "agentChoiceInvalid" },
    });
    await expect(submit(desk.agents.anna.userId)).resolves.toMatchObject({ portalSlug: "wahl" });
  });

  it("tells the customer at once when the chosen agent declines, instead of after the timeout", async () => {
    await signInToConsole(desk.agents.anna);
    const { id } = await desk.request({ chosenAgentId: desk.agents.anna.userId });
    const page = listen(id);
    await declineRequest(desk.agents.anna, id);
    page.off();
    expect(await statusOf(id)).toBe("agentUnavailable");
    expect(page.heard.length).toBeGreaterThan(0);
    const activity = await db.activityEvent.findFirstOrThrow({ where: { requestId: id, type: "agentUnavailable" } });
    expect(JSON.parse(activity.data)).toMatchObject({ reason: "declined" });
  });

  it("tells the customers at once when the chosen agent leaves the console", async () => {
    await signInToConsole(desk.agents.anna);
    await signInToConsole(desk.agents.ben);
    const forAnna = await desk.request({ chosenAgentId: desk.agents.anna.userId });
    const forBen = await desk.request({ chosenAgentId: desk.agents.ben.userId });
    const page = listen(forAnna.id);
    await signOutOfConsole(desk.agents.anna);
    page.off();
    expect(await statusOf(forAnna.id)).toBe("agentUnavailable");
    expect(await statusOf(forBen.id)).toBe("waiting");
    expect(page.heard.length).toBeGreaterThan(0);
  });

  it("a request another agent declines keeps waiting for the chosen one", async () => {
    await signInToConsole(desk.agents.anna);
    await signInToConsole(desk.agents.ben);
    const { id } = await desk.request();
    await declineRequest(desk.agents.ben, id);
    expect(await statusOf(id)).toBe("waiting");
  });
});
