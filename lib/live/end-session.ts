import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { plainText } from "@/lib/validation/plain-text";
import { announceClosedSessions, closeSession } from "./close-session";
import { type Participant, sessionOf } from "./participant";
import { forgetSessionDay } from "@/lib/reports/rollup";
import { OUTCOMES, type Outcome } from "./outcomes";

const wrapUpSchema = z.object({
  notes: z.string().overwrite(plainText).trim().max(4000, "tooLong"),
  outcome: z.enum(OUTCOMES, "outcomeRequired"),
});
export type WrapUpInput = z.input<typeof wrapUpSchema>;

function parseWrapUp(input: WrapUpInput) {
  const parsed = wrapUpSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  return parsed.data;
}

/**
 * Ends a session. The agent ends it with notes and an outcome; a customer may leave at any time,
 * and the agent then writes the notes and outcome afterwards (saveWrapUp). Recorded as "ended" with
 * the duration; the session's stream tells both sides, and a freed agent can be offered the next
 * queued request.
 */
export async function endSession(participant: Participant, sessionId: string, wrapUp?: WrapUpInput): Promise<void> {
  const { session, side } = await sessionOf(participant, sessionId);
  const wrap = side === "agent" ? parseWrapUp(wrapUp ?? { notes: "", outcome: "" as Outcome }) : null;
  const now = new Date();
  const ended = await inTransaction((tx) => closeSession(tx, session, { endedBy: side, now, wrap }));
  if (!ended) throw new ValidationError({ form: "sessionEnded" });
  await announceClosedSessions([session.id]);
}

/** Notes and outcome, by the session's agent: while it runs or after it ended. */
export async function saveWrapUp(actor: Principal, sessionId: string, input: WrapUpInput): Promise<void> {
  const { session } = await sessionOf({ kind: "agent", actor }, sessionId);
  const wrap = parseWrapUp(input);
  await inTransaction(async (tx) => {
    await tx.supportSession.update({ where: { id: session.id }, data: wrap });
    // Written after the day it ended was rolled up: that day is added up again.
    await forgetSessionDay(tx, session.endedAt);
    // The outcome counts in reports: the "ended" row carries it too.
    const endedRow = await tx.activityEvent.findFirst({ where: { sessionId: session.id, type: "ended" } });
    if (endedRow) {
      const data = { ...(JSON.parse(endedRow.data) as Record<string, unknown>), outcome: wrap.outcome };
      await tx.activityEvent.update({ where: { id: endedRow.id }, data: { data: JSON.stringify(data) } });
    }
  });
}

/** A session as its agent sees it in the console (the customer's fields from the request). */
export async function agentSessionView(actor: Principal, sessionId: string) {
  const { session } = await sessionOf({ kind: "agent", actor }, sessionId);
  const request = await db.supportRequest.findUnique({ where: { id: session.requestId } });
  if (!request) throw new NotFoundError("session");
  return {
    ...session,
    customer: {
      name: request.customerName,
      email: request.customerEmail,
      phone: request.customerPhone,
      problem: request.problem,
      language: request.language,
    },
  };
}
