import "server-only";
import { db } from "@/lib/db/client";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";

export type CannedTexts = { messages: string[]; urls: string[] };

const lines = (text: string) => [...new Set(text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))];

/**
 * The canned messages and canned URLs of the agent's team (stored one per line), which the console
 * offers to insert into a chat. Like the greeting, they are the agent's own team's.
 */
export async function cannedTextsFor(actor: Principal): Promise<CannedTexts> {
  if (actor.kind !== "agent") throw new NotFoundError("agent");
  const agent = await db.agentProfile.findUnique({
    where: { userId: actor.userId },
    select: { team: { select: { cannedMessages: true, cannedUrls: true } } },
  });
  if (!agent) throw new NotFoundError("agent");
  return { messages: lines(agent.team?.cannedMessages ?? ""), urls: lines(agent.team?.cannedUrls ?? "") };
}
