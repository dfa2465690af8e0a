import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { eventBus } from "@/lib/events/event-bus";
import { portalFeaturesOf } from "@/lib/portals/portal-features";
import { forgetSessionDay } from "@/lib/reports/rollup";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { plainText } from "@/lib/validation/plain-text";
import { sessionChannel } from "./channels";
import { type Participant, sessionOf } from "./participant";

const surveySchema = z.object({
  rating: z.coerce.number("ratingRequired").int("ratingRequired").min(1, "ratingRequired").max(5, "ratingRequired"),
  comment: z.string().overwrite(plainText).trim().max(2000, "tooLong"),
});
export type SurveyInput = z.input<typeof surveySchema>;

/** Which surveys the session's portal asks for (portal-level features, docs/architecture.md). */
export async function surveysOf(portalId: string) {
  const portal = await db.portal.findUnique({ where: { id: portalId }, select: { features: true } });
  const features = portalFeaturesOf(portal?.features ?? "{}");
  return { customer: features.customerSurvey, agent: features.agentSurvey };
}

/**
 * After the session ended, the customer's survey (rating 1–5, comment) and the agent's, each once
 * and only where the portal has it switched on.
 */
export async function submitSurvey(participant: Participant, sessionId: string, input: SurveyInput): Promise<void> {
  const { session, side } = await sessionOf(participant, sessionId);
  if (!session.endedAt) throw new ValidationError({ form: "surveyBeforeEnd" });
  const enabled = await surveysOf(session.portalId);
  if (!enabled[side]) throw new NotFoundError("survey");
  const parsed = surveySchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const data =
    side === "customer"
      ? { customerRating: parsed.data.rating, customerComment: parsed.data.comment }
      : { agentRating: parsed.data.rating, agentComment: parsed.data.comment };
  const saved = await inTransaction(async (tx) => {
    const { count } = await tx.supportSession.updateMany({
      where: { id: session.id, ...(side === "customer" ? { customerRating: null } : { agentRating: null }) },
      data,
    });
    // A survey after the day the session ended was rolled up: that day is added up again.
    if (count > 0) await forgetSessionDay(tx, session.endedAt);
    if (count > 0)
      await tx.sessionEvent.create({
        data: {
          sessionId: session.id,
          type: "survey",
          author: side,
          body: JSON.stringify({ rating: parsed.data.rating }),
        },
      });
    return count > 0;
  });
  if (!saved) throw new ValidationError({ form: "surveyAlreadySent" });
  eventBus.publish(sessionChannel(session.id), { type: "events" });
}
