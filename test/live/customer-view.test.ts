import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { acceptRequest } from "@/lib/live/accept-request";
import { customerRequestView, customerSessionId } from "@/lib/live/customer-view";
import { requestDiagnostics } from "@/lib/live/diagnostics";
import { signInToConsole } from "@/lib/live/presence";
import { resetDatabase } from "@/test/reset-database";
import { buildDesk } from "./live-fixture";

let desk: Awaited<ReturnType<typeof buildDesk>>;
beforeEach(async () => {
  await resetDatabase();
  desk = await buildDesk({ slug: "kd" });
  await signInToConsole(desk.agents.anna);
});

describe("customerRequestView", () => {
  it("shows the waiting request, then the session with its transcript — never the agent's identity", async () => {
    const { id, token } = await desk.request();
    expect((await customerRequestView("kd", token)).session).toBeNull();
    const { sessionId, number } = await acceptRequest(desk.agents.anna, id);
    await requestDiagnostics(desk.agents.anna, sessionId);
    const { session } = await customerRequestView("kd", token);
    expect(session).toMatchObject({
      id: sessionId,
      number,
      mayUpload: true,
      diagnosticsPending: true,
      surveyOpen: false,
    });
    expect(session).not.toHaveProperty("agentId");
    expect(session!.events.map((e) => e.type)).toEqual(["message", "diagnosticsRequested"]);
    expect(JSON.stringify(session)).not.toContain(desk.agents.anna.loginId);
  });

  it("offers the upload only where the customer may send files", async () => {
    await db.portal.update({
      where: { id: desk.portal.id },
      data: { features: JSON.stringify({ fileTransferReceive: false }) },
    });
    const { id, token } = await desk.request();
    await acceptRequest(desk.agents.anna, id);
    expect((await customerRequestView("kd", token)).session?.mayUpload).toBe(false);
  });

  it("opens nothing for a wrong portal or token", async () => {
    const { token } = await desk.request();
    await expect(customerRequestView("other", token)).rejects.toThrow(NotFoundError);
    await expect(customerRequestView("kd", token.replace(/.$/, token.endsWith("A") ? "B" : "A"))).rejects.toThrow(
      NotFoundError,
    );
  });
});

describe("customerSessionId", () => {
  it("finds the session of a request by portal and token only", async () => {
    const { id, token } = await desk.request();
    expect(await customerSessionId("kd", token)).toBeNull();
    const { sessionId } = await acceptRequest(desk.agents.anna, id);
    expect(await customerSessionId("kd", token)).toBe(sessionId);
    expect(await customerSessionId("other", token)).toBeNull();
    expect(await customerSessionId("kd", "x".repeat(43))).toBeNull();
    await db.portal.update({ where: { id: desk.portal.id }, data: { deletedAt: new Date() } });
    expect(await customerSessionId("kd", token)).toBeNull();
  });
});
