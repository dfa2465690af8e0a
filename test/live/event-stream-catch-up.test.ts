import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { sessionEventStream } from "@/lib/live/session-stream";
import { resetDatabase } from "@/test/reset-database";
import { deskWithSession } from "./session-fixture";

let desk: Awaited<ReturnType<typeof deskWithSession>>;
let abort: AbortController;
beforeEach(async () => {
  await resetDatabase();
  desk = await deskWithSession();
  abort = new AbortController();
  return () => abort.abort();
});

/** The ids a stream sends until `count` arrived, or until it has been quiet for `quietMs`. */
async function idsUntil(response: Response, count: number, quietMs = 2_000): Promise<number[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const ids: number[] = [];
  let text = "";
  while (ids.length < count) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const quiet = new Promise<"quiet">((resolve) => (timer = setTimeout(() => resolve("quiet"), quietMs)));
    const next = await Promise.race([reader.read(), quiet]);
    clearTimeout(timer);
    if (next === "quiet" || next.done) break;
    text += decoder.decode(next.value, { stream: true });
    const frames = text.split("\n\n");
    text = frames.pop()!;
    for (const frame of frames) {
      const id = /^id: (\d+)$/m.exec(frame)?.[1];
      if (id) ids.push(Number(id));
    }
  }
  reader.releaseLock();
  return ids;
}

describe("a browser far behind", () => {
  it("gets a session's 1,200 events in order after Last-Event-ID 0, with no new message to wake the stream", async () => {
    const already = await db.sessionEvent.count({ where: { sessionId: desk.sessionId } });
    await db.sessionEvent.createMany({
      data: Array.from({ length: 1_200 - already }, (_, i) => ({
        sessionId: desk.sessionId,
        type: "message",
        author: i % 2 === 0 ? "customer" : "agent",
        body: JSON.stringify({ text: `Nachricht ${i + 1}` }),
      })),
    });
    const expected = (
      await db.sessionEvent.findMany({
        where: { sessionId: desk.sessionId },
        orderBy: { id: "asc" },
        select: { id: true },
      })
    ).map((e) => e.id);
    expect(expected).toHaveLength(1_200);

    const request = new Request(`http://localhost:3000/agent/sessions/${desk.sessionId}/events`, {
      headers: { "Last-Event-ID": "0" },
      signal: abort.signal,
    });
    const response = await sessionEventStream(request, desk.agent, desk.sessionId, async () => true);
    const ids = await idsUntil(response, 1_200);
    expect(ids.length).toBe(1_200);
    expect(ids).toEqual(expected);
  });
});
