import "server-only";
import { db } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { teamMessagesFor } from "./team-messages";

export type CannedTexts = { messages: string[]; urls: string[] };

/**
 * The canned messages and canned URLs the console offers to insert into a chat: the agent's team's
 * and those of the teams above it (see teamMessagesFor).
 */
export async function cannedTextsFor(actor: Principal): Promise<CannedTexts> {
  if (actor.kind !== "agent") throw new NotFoundError("agent");
  const agent = await db.agentProfile.findUnique({ where: { userId: actor.userId }, select: { teamId: true } });
  if (!agent) throw new NotFoundError("agent");
  const { cannedMessages, cannedUrls } = await teamMessagesFor(agent.teamId);
  return { messages: cannedMessages, urls: cannedUrls };
}
