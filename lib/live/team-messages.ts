import "server-only";
import { db } from "@/lib/db/client";
import { loadForest } from "@/lib/access/management-scope";

export type TeamMessages = { greeting: string; cannedMessages: string[]; cannedUrls: string[] };

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The team messages an agent works with: the greeting of the nearest team up the tree that has one
 * (a sub-team inherits its parent's unless it sets its own, like the agent functions), and the
 * canned messages and URLs of the team and all teams above it, the team's own first.
 */
export async function teamMessagesFor(teamId: string | null): Promise<TeamMessages> {
  if (!teamId) return { greeting: "", cannedMessages: [], cannedUrls: [] };
  const chain = (await loadForest()).chain(teamId).map((t) => t.id);
  const rows = new Map(
    (
      await db.team.findMany({
        where: { id: { in: chain } },
        select: { id: true, greeting: true, cannedMessages: true, cannedUrls: true },
      })
    ).map((r) => [r.id, r]),
  );
  const teams = chain.flatMap((id) => (rows.has(id) ? [rows.get(id)!] : []));
  return {
    greeting: teams.map((t) => t.greeting.trim()).find(Boolean) ?? "",
    cannedMessages: [...new Set(teams.flatMap((t) => lines(t.cannedMessages)))],
    cannedUrls: [...new Set(teams.flatMap((t) => lines(t.cannedUrls)))],
  };
}
