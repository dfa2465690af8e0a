import { beforeEach, describe, expect, it, vi } from "vitest";
import { respondToRequestAction, setStatusAction } from "@/app/agent/actions";
import {
  agentSurveyAction,
  endSessionAction,
  requestDiagnosticsAction,
  sendCannedAction,
  sendMessageAction,
} from "@/app/agent/sessions/[sessionId]/actions";
import type { Principal } from "@/lib/auth/principal";
import { currentPrincipal } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { initialFormState } from "@/lib/forms/form-state";
import { answerOf, form, NOT_FOUND } from "@/test/action-answers";
import { resetDatabase } from "@/test/reset-database";
import { deskWithSession } from "./session-fixture";

// The agent console's actions through the form helper: the session ID bound by the page is parsed
// like a field, refusals of the console's buttons come back as an error for the page (a flash).
vi.mock("next/headers", async () => (await import("@/test/fake-request")).nextHeaders);
vi.mock(import("@/lib/auth/session"), async (original) => ({ ...(await original()), currentPrincipal: vi.fn() }));
const signedIn = (principal: Principal | null) => vi.mocked(currentPrincipal).mockResolvedValue(principal);

let desk: Awaited<ReturnType<typeof deskWithSession>>;
let greeting: number;
beforeEach(async () => {
  await resetDatabase();
  desk = await deskWithSession();
  signedIn(desk.agents.anna);
  greeting = await allMessages();
});

const allMessages = () => db.sessionEvent.count({ where: { sessionId: desk.sessionId, type: "message" } });
/** The messages sent since the session began (the team's greeting does not count). */
const messages = async () => (await allMessages()) - greeting;

describe("the session page's forms", () => {
  it("Senden: back to the page without script, a fresh form with it, the text kept when it is refused", async () => {
    const page = `/agent/sessions/${desk.sessionId}`;
    expect(await answerOf(sendMessageAction(desk.sessionId, initialFormState, form({ text: "Hallo" })))).toBe(
      `redirect ${page}`,
    );
    expect(await sendMessageAction(desk.sessionId, initialFormState, form({ text: "Noch da?", js: "1" }))).toEqual(
      initialFormState,
    );
    expect(await messages()).toBe(2);
    const refused = await sendMessageAction(desk.sessionId, initialFormState, form({ text: " ", messageKey: "k1" }));
    expect(refused).toMatchObject({
      fieldErrors: { text: "messageRequired" },
      values: { text: " ", messageKey: "k1" },
    });
  });

  it("Sitzung beenden: an outcome is needed, the notes stay; then ended with its notice", async () => {
    const page = `/agent/sessions/${desk.sessionId}`;
    const refused = await endSessionAction(
      desk.sessionId,
      initialFormState,
      form({ notes: "Drucker neu", outcome: "" }),
    );
    expect(refused).toMatchObject({ fieldErrors: { outcome: "outcomeRequired" }, values: { notes: "Drucker neu" } });
    const outcome = (await import("@/lib/live/outcomes")).OUTCOMES[0];
    expect(
      await answerOf(endSessionAction(desk.sessionId, initialFormState, form({ notes: "Drucker neu", outcome }))),
    ).toBe(`redirect ${page} + notice:ended`);
    expect(
      await answerOf(endSessionAction(desk.sessionId, initialFormState, form({ notes: "Nachtrag", outcome }))),
    ).toBe(`redirect ${page} + notice:wrapUpSaved`);
  });

  it("Einfügen of an empty canned text: an error for the page, nothing sent", async () => {
    expect(await answerOf(sendCannedAction(desk.sessionId, form({ canned: "" })))).toBe(
      `redirect /agent/sessions/${desk.sessionId} + error:messageRequired`,
    );
    expect(await messages()).toBe(0);
  });

  it("a forged or foreign session ID answers 404, and a signed-out agent goes to the sign-in page", async () => {
    const fields = form({ text: "Hallo", notes: "x", rating: "5" });
    for (const forged of ["does-not-exist", 42, { id: desk.sessionId }, "x".repeat(500), null]) {
      expect(await answerOf(sendMessageAction(forged, initialFormState, fields))).toBe(NOT_FOUND);
      expect(await answerOf(sendCannedAction(forged, form({ canned: "Hallo" })))).toBe(NOT_FOUND);
      expect(await answerOf(requestDiagnosticsAction(forged))).toBe(NOT_FOUND);
      expect(await answerOf(endSessionAction(forged, initialFormState, fields))).toBe(NOT_FOUND);
      expect(await answerOf(agentSurveyAction(forged, initialFormState, fields))).toBe(NOT_FOUND);
    }
    signedIn(desk.agents.ben);
    expect(await answerOf(sendMessageAction(desk.sessionId, initialFormState, fields))).toBe(NOT_FOUND);
    signedIn(null);
    expect(await answerOf(sendMessageAction(desk.sessionId, initialFormState, fields))).toBe("redirect /agent");
    expect(await answerOf(endSessionAction(desk.sessionId, initialFormState, fields))).toBe("redirect /agent");
    expect(await messages()).toBe(0);
    expect(await db.supportSession.count({ where: { id: desk.sessionId, endedAt: null } })).toBe(1);
  });
});

describe("the console's buttons", () => {
  it("a forged or gone request, or a forged status, is an error on the console", async () => {
    for (const requestId of ["abc", "1e400", "999999"]) {
      expect(await answerOf(respondToRequestAction(form({ requestId, intent: "accept" })))).toBe(
        "redirect /agent + error:requestNoLongerWaiting",
      );
    }
    expect(await answerOf(setStatusAction(form({ status: "asleep" })))).toMatch(/^redirect \/agent \+ error:/);
    expect(await answerOf(setStatusAction(form({ status: "away" })))).toBe("redirect /agent + notice:statusChanged");
    signedIn(null);
    expect(await answerOf(setStatusAction(form({ status: "available" })))).toBe("redirect /agent");
  });
});
