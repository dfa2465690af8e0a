import { beforeEach, describe, expect, it, vi } from "vitest";
import { submitSupportRequestAction } from "@/app/p/[portal]/actions";
import {
  customerMessageAction,
  customerSurveyAction,
  diagnosticsAction,
  leaveSessionAction,
  withdrawRequestAction,
} from "@/app/p/[portal]/requests/[token]/actions";
import { db } from "@/lib/db/client";
import { initialFormState } from "@/lib/forms/form-state";
import { FIELD_MAX_LENGTH } from "@/lib/support-requests/support-request-input";
import { createPortalRecord } from "@/prisma/factories";
import { answerOf, form, NOT_FOUND } from "@/test/action-answers";
import { deskWithSession } from "@/test/live/session-fixture";
import { resetDatabase } from "@/test/reset-database";

// The customer's public forms: the portal and the request token are bound by the page and parsed
// like fields; a failed request form shows only the customer fields again, cut well past their limit.
vi.mock("next/headers", async () => (await import("@/test/fake-request")).nextHeaders);
vi.mock("next-intl/server", () => ({ getLocale: async () => "de" }));

beforeEach(resetDatabase);

describe("a portal page's form", () => {
  it("records the request and sends the customer to the waiting page", async () => {
    await createPortalRecord({ slug: "kd", type: "questionBox" });
    const answer = await answerOf(
      submitSupportRequestAction({ portal: "kd" }, initialFormState, form({ name: "Kim", problem: "Drucker" })),
    );
    expect(answer).toMatch(/^redirect \/p\/kd\/requests\/[A-Za-z0-9_-]{43}$/);
    expect(await db.supportRequest.count()).toBe(1);
  });

  it("a refused form shows only the customer fields again, an oversized one cut", async () => {
    await createPortalRecord({ slug: "kd", type: "questionBox" });
    const huge = "x".repeat(100_000);
    const state = await submitSupportRequestAction(
      { portal: "kd" },
      initialFormState,
      form({ name: "Kim", email: "nope", problem: huge, smuggled: huge }),
    );
    expect(state.fieldErrors).toEqual({ email: "emailFormat", problem: "tooLong" });
    expect(state.values).toEqual({
      name: "Kim",
      email: "nope",
      phone: "",
      problem: "x".repeat(2 * FIELD_MAX_LENGTH.problem),
      agent: "",
      code: "",
    });
    expect(state.fieldOrder).toEqual(["name", "email", "problem", "smuggled"]);
    expect(await db.supportRequest.count()).toBe(0);
  });

  it("answers 404 to a forged target and to a portal that is not there", async () => {
    await createPortalRecord({ slug: "kd", type: "questionBox" });
    const fields = form({ name: "Kim", problem: "Drucker" });
    for (const forged of ["kd", { portal: 42 }, { portal: "x".repeat(500) }, null, { portal: "gibts-nicht" }]) {
      expect(await answerOf(submitSupportRequestAction(forged, initialFormState, fields))).toBe(NOT_FOUND);
    }
    expect(await db.supportRequest.count()).toBe(0);
  });
});

describe("the customer's request page", () => {
  it("sends a message (a fresh form with script), keeps a refused one, and answers 404 to a forged target", async () => {
    const desk = await deskWithSession();
    const target = { portal: desk.portal.slug, token: desk.token };
    const page = `/p/${desk.portal.slug}/requests/${desk.token}`;
    const fields = (text: string, more: Record<string, string> = {}) =>
      form({ sessionId: desk.sessionId, text, ...more });
    expect(await answerOf(customerMessageAction(target, initialFormState, fields("Hallo")))).toBe(`redirect ${page}`);
    expect(await customerMessageAction(target, initialFormState, fields("Noch da?", { js: "1" }))).toEqual(
      initialFormState,
    );
    expect(await customerMessageAction(target, initialFormState, fields(""))).toMatchObject({
      fieldErrors: { text: "messageRequired" },
      values: { sessionId: desk.sessionId, text: "" },
    });
    const otherPortal = await createPortalRecord({ slug: "anderes" });
    for (const forged of [
      desk.token,
      { portal: desk.portal.slug },
      { portal: desk.portal.slug, token: "x".repeat(500) },
      { portal: desk.portal.slug, token: "A".repeat(43) },
      { portal: otherPortal.slug, token: desk.token },
    ]) {
      expect(await answerOf(customerMessageAction(forged, initialFormState, fields("Forged")))).toBe(NOT_FOUND);
      expect(await answerOf(customerSurveyAction(forged, initialFormState, form({ rating: "5" })))).toBe(NOT_FOUND);
      expect(await answerOf(diagnosticsAction(forged, form({ intent: "decline" })))).toBe(NOT_FOUND);
      expect(await answerOf(leaveSessionAction(forged, form({ sessionId: desk.sessionId })))).toBe(NOT_FOUND);
      expect(await answerOf(withdrawRequestAction(forged))).toBe(NOT_FOUND);
    }
    expect(await db.supportSession.count({ where: { id: desk.sessionId, endedAt: null } })).toBe(1);
    expect(await answerOf(leaveSessionAction(target, form({ sessionId: desk.sessionId })))).toBe(`redirect ${page}`);
    expect(await db.supportSession.count({ where: { id: desk.sessionId, endedAt: null } })).toBe(0);
  });
});
