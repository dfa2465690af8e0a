import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  discardEmailAction,
  discardWaitingEmailsAction,
  retryAllFailedEmailsAction,
  retryEmailAction,
  sendTestEmailAction,
} from "@/app/admin/mail-actions";
import type { Principal } from "@/lib/auth/principal";
import { currentPrincipal } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { initialFormState } from "@/lib/forms/form-state";
import { createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { answerOf, form, NOT_FOUND } from "@/test/action-answers";

// The Admin Center cookie is Next's business; here the signed-in person is whoever the test says.
// Flashes: the cookie an action leaves for the page it redirects to (answerOf shows it).
vi.mock("next/headers", async () => (await import("@/test/fake-request")).nextHeaders);
vi.mock(import("@/lib/auth/session"), async (original) => ({ ...(await original()), currentPrincipal: vi.fn() }));
const signedIn = (principal: Principal | null) => vi.mocked(currentPrincipal).mockResolvedValue(principal);

/** A mail that failed once and waits for its next attempt in an hour. */
async function failedMail(recipient: string) {
  return db.outboxEmail.create({
    data: {
      recipient,
      subject: "S",
      html: "",
      text: "T",
      attempts: 1,
      lastError: "connect ECONNREFUSED 127.0.0.1:25",
      lastAttemptAt: new Date(),
      nextAttemptAt: new Date(Date.now() + 3600_000),
    },
  });
}

beforeEach(async () => {
  await resetDatabase();
  signedIn(await signedInPrincipal(await createUserRecord({ kind: "admin" }), "admin"));
});

describe("E-Mail-Versand actions", () => {
  it("answer with post/redirect/get and what they did", async () => {
    const state = await sendTestEmailAction(initialFormState, form({ to: "kaputt" }));
    expect(state).toMatchObject({ fieldErrors: { to: "emailFormat" }, values: { to: "kaputt" } });
    expect(await answerOf(sendTestEmailAction(initialFormState, form({ to: "probe@firma.test" })))).toBe(
      "redirect /admin/mail + notice:testEmailQueued",
    );
    const failed = await failedMail("failed@lotse.test");
    expect(await answerOf(retryEmailAction(failed.id))).toBe("redirect /admin/mail + notice:emailsRetried:1");
    expect(await answerOf(retryAllFailedEmailsAction())).toBe("redirect /admin/mail + notice:emailsRetried:1");
    expect(await answerOf(discardEmailAction(failed.id))).toBe("redirect /admin/mail + notice:emailsDiscarded:1");
    expect(await answerOf(discardWaitingEmailsAction(new Date().toISOString()))).toBe(
      "redirect /admin/mail + notice:emailsDiscarded:1", // the test mail
    );
    expect(await db.outboxEmail.count()).toBe(0);
  });

  it("answer 404 to forged bound values and change nothing", async () => {
    const failed = await failedMail("kept@lotse.test");
    for (const forged of ["does-not-exist", 42, { id: failed.id }, "x".repeat(500), null]) {
      expect(await answerOf(retryEmailAction(forged))).toBe(NOT_FOUND);
      expect(await answerOf(discardEmailAction(forged))).toBe(NOT_FOUND);
    }
    for (const forged of ["tomorrow", 1e15, null, { all: true }, "2099-13-45T00:00:00Z"]) {
      expect(await answerOf(discardWaitingEmailsAction(forged))).toBe(NOT_FOUND);
    }
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: failed.id } })).toEqual(failed);
  });

  it("refuse a company manager (404) and send a signed-out visitor to the sign-in page", async () => {
    const failed = await failedMail("kept@lotse.test");
    const until = new Date().toISOString();
    signedIn(await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" })));
    for (const [visitor, answer] of [
      ["company manager", NOT_FOUND],
      ["signed out", "redirect /admin"],
    ] as const) {
      if (visitor === "signed out") signedIn(null);
      expect(await answerOf(sendTestEmailAction(initialFormState, form({ to: "x@evil.test" }))), visitor).toBe(answer);
      expect(await answerOf(retryEmailAction(failed.id)), visitor).toBe(answer);
      expect(await answerOf(retryAllFailedEmailsAction()), visitor).toBe(answer);
      expect(await answerOf(discardEmailAction(failed.id)), visitor).toBe(answer);
      expect(await answerOf(discardWaitingEmailsAction(until)), visitor).toBe(answer);
    }
    expect(await db.outboxEmail.findMany()).toEqual([failed]);
    expect(await db.auditLog.count({ where: { action: { startsWith: "mail." } } })).toBe(0);
  });
});
