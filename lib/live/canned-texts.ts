import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { loadConsoleAgent } from "./agent-context";
import { teamMessagesFor } from "./team-messages";

export type CannedTexts = { messages: string[]; urls: string[] };

/**
 * The canned messages and canned URLs the console offers to insert into a chat: the agent's team's
 * and those of the teams above it (see teamMessagesFor).
 */
export async function cannedTextsFor(actor: Principal): Promise<CannedTexts> {
  const agent = await loadConsoleAgent(actor);
  const { cannedMessages, cannedUrls } = await teamMessagesFor(agent.team?.id ?? null);
  return { messages: cannedMessages, urls: cannedUrls };
}
