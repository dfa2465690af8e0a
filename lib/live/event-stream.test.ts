import { describe, expect, it } from "vitest";
import { eventBus } from "@/lib/events/event-bus";
import { runShutdownHooks } from "@/lib/lifecycle/shutdown.mjs";
import { ACCESS_ENDED_EVENT } from "./access-ended";
import { eventStreamResponse, RECHECK_MS, RECONNECT_AFTER_SHUTDOWN_MS, type StreamEvent } from "./event-stream";

/** Reads frames from a stream until `count` events arrived. */
async function readEvents(response: Response, count: number): Promise<{ id: number; data: unknown }[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const events: { id: number; data: unknown }[] = [];
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
    const frames = text.split("\n\n");
    text = frames.pop()!;
    for (const frame of frames) {
      const id = /^id: (\d+)$/m.exec(frame)?.[1];
      const data = /^data: (.*)$/m.exec(frame)?.[1];
      if (id && data) events.push({ id: Number(id), data: JSON.parse(data) });
    }
  }
  reader.releaseLock();
  return events;
}

function source(log: StreamEvent[]) {
  return async (afterId: number) => log.filter((e) => e.id > afterId);
}

describe("eventStreamResponse", () => {
  it("sends what came after Last-Event-ID, then new events when the bus wakes it — each once", async () => {
    const log: StreamEvent[] = [1, 2, 3].map((id) => ({ id, event: "message", data: { n: id } }));
    const abort = new AbortController();
    const request = new Request("http://x/events", { headers: { "Last-Event-ID": "1" }, signal: abort.signal });
    const response = eventStreamResponse({ request, channels: ["test:1"], load: source(log) });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const first = readEvents(response, 2);
    expect((await first).map((e) => e.id)).toEqual([2, 3]);
    log.push({ id: 4, event: "message", data: { n: 4 } }, { id: 5, event: "message", data: { n: 5 } });
    // Several notifications for the same new rows must not send them twice.
    eventBus.publish("test:1", { type: "events" });
    eventBus.publish("test:1", { type: "events" });
    eventBus.publish("test:1", { type: "events" });
    expect((await readEvents(response, 2)).map((e) => e.id)).toEqual([4, 5]);
    abort.abort();
    await new Promise((r) => setTimeout(r, 10));
    expect(eventBus.listenerCount("test:1")).toBe(0);
  });

  it("ends on shutdown after telling the browser when to come back; the next process resumes it", async () => {
    const log: StreamEvent[] = [1, 2].map((id) => ({ id, event: "message", data: {} }));
    const closed: string[] = [];
    const response = eventStreamResponse({
      request: new Request("http://x/events"),
      channels: ["test:shutdown"],
      load: source(log),
      onClose: () => closed.push("closed"),
    });
    expect((await readEvents(response, 2)).map((e) => e.id)).toEqual([1, 2]);
    await runShutdownHooks();
    const reader = response.body!.getReader();
    let rest = "";
    for (let part = await reader.read(); !part.done; part = await reader.read())
      rest += new TextDecoder().decode(part.value);
    expect(rest).toBe(`retry: ${RECONNECT_AFTER_SHUTDOWN_MS}\n\n`);
    expect(closed).toEqual(["closed"]);
    expect(eventBus.listenerCount("test:shutdown")).toBe(0);
  });

  it("takes ?after= on a first connection and ends when done says so", async () => {
    const log: StreamEvent[] = [1, 2].map((id) => ({ id, event: id === 2 ? "ended" : "message", data: {} }));
    const response = eventStreamResponse({
      request: new Request("http://x/events?after=0"),
      channels: ["test:2"],
      load: source(log),
      done: (sent) => sent.some((e) => e.event === "ended"),
    });
    expect((await readEvents(response, 5)).map((e) => e.id)).toEqual([1, 2]);
    expect(eventBus.listenerCount("test:2")).toBe(0);
  });

  it("runs whileOpen at once and then on its interval, and stops when the client goes", async () => {
    let runs = 0;
    const abort = new AbortController();
    const response = eventStreamResponse({
      request: new Request("http://x/events", { signal: abort.signal }),
      channels: ["test:3"],
      load: async () => [],
      whileOpen: { everyMs: 20, run: async () => void runs++ },
    });
    expect(response.status).toBe(200);
    expect(runs).toBe(1);
    await new Promise((r) => setTimeout(r, 110));
    expect(runs).toBeGreaterThanOrEqual(3);
    abort.abort();
    const atClose = runs;
    await new Promise((r) => setTimeout(r, 80));
    expect(runs).toBe(atClose);
  });

  it("asks stillAllowed on every heartbeat and ends the stream when the reader may no longer read", async () => {
    let allowed = true;
    let checks = 0;
    const response = eventStreamResponse({
      request: new Request("http://x/events"),
      channels: ["test:4"],
      load: async () => [],
      stillAllowed: async () => (checks++, allowed),
      heartbeatMs: 20,
    });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    while (!text.includes(": keep-alive")) text += decoder.decode((await reader.read()).value);
    expect(checks).toBeGreaterThanOrEqual(1);
    allowed = false;
    // Nothing wakes the stream: the heartbeat alone notices, and says so before it ends.
    text = "";
    for (let next = await reader.read(); !next.done; next = await reader.read()) text += decoder.decode(next.value);
    expect(text.endsWith(`event: ${ACCESS_ENDED_EVENT}\ndata: {}\n\n`)).toBe(true);
    expect(eventBus.listenerCount("test:4")).toBe(0);
  });

  it("ends without the access-ended frame when the check itself fails, so the browser reconnects", async () => {
    const response = eventStreamResponse({
      request: new Request("http://x/events"),
      channels: ["test:4b"],
      load: async () => [],
      stillAllowed: async () => {
        throw new Error("database unavailable");
      },
      heartbeatMs: 20,
    });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    for (let next = await reader.read(); !next.done; next = await reader.read()) text += decoder.decode(next.value);
    expect(text).toBe("retry: 1000\n\n");
    expect(eventBus.listenerCount("test:4b")).toBe(0);
  });

  it("checks before loading at most once per RECHECK_MS, however busy the channel", async () => {
    const log: StreamEvent[] = [];
    let allowed = true;
    let checks = 0;
    const abort = new AbortController();
    const response = eventStreamResponse({
      request: new Request("http://x/events", { signal: abort.signal }),
      channels: ["test:5"],
      load: source(log),
      stillAllowed: async () => (checks++, allowed),
    });
    for (let id = 1; id <= 20; id++) {
      log.push({ id, event: "message", data: {} });
      eventBus.publish("test:5", { type: "events" });
    }
    expect((await readEvents(response, 20)).map((e) => e.id)).toHaveLength(20);
    expect(checks).toBe(0); // checked when it opened, a moment ago

    allowed = false;
    await new Promise((r) => setTimeout(r, RECHECK_MS + 50));
    log.push({ id: 21, event: "message", data: {} });
    eventBus.publish("test:5", { type: "events" });
    expect(await readEvents(response, 1)).toEqual([]);
    expect(checks).toBe(1);
    expect(eventBus.listenerCount("test:5")).toBe(0);
    abort.abort();
  });
});

describe("a reader far behind", () => {
  it("keeps loading while pages come back full, then waits for the bus instead of looping", async () => {
    const log: StreamEvent[] = Array.from({ length: 1_200 }, (_, i) => ({ id: i + 1, event: "message", data: {} }));
    const pages: number[] = [];
    const abort = new AbortController();
    const response = eventStreamResponse({
      request: new Request("http://x/events", { signal: abort.signal }),
      channels: ["test:6"],
      load: async (afterId, limit) => {
        const page = log.filter((e) => e.id > afterId).slice(0, limit);
        pages.push(page.length);
        return page;
      },
    });
    const ids = (await readEvents(response, 1_200)).map((e) => e.id);
    expect(ids).toEqual(log.map((e) => e.id));
    await new Promise((r) => setTimeout(r, 50));
    // 500 + 500 + 200: the short page says "caught up", and nothing is read until the bus wakes it.
    expect(pages).toEqual([500, 500, 200]);
    log.push({ id: 1_201, event: "message", data: {} });
    eventBus.publish("test:6", { type: "events" });
    expect((await readEvents(response, 1)).map((e) => e.id)).toEqual([1_201]);
    expect(pages).toEqual([500, 500, 200, 1]);
    abort.abort();
  });

  it("reads the next page only once the browser has taken the last one", async () => {
    const log: StreamEvent[] = Array.from({ length: 1_200 }, (_, i) => ({ id: i + 1, event: "message", data: {} }));
    const pages: number[] = [];
    const abort = new AbortController();
    const response = eventStreamResponse({
      request: new Request("http://x/events", { signal: abort.signal }),
      channels: ["test:7"],
      load: async (afterId, limit) => {
        const page = log.filter((e) => e.id > afterId).slice(0, limit);
        pages.push(page.length);
        return page;
      },
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(pages).toEqual([500]); // nobody reads: the server holds one page, not the whole log
    expect(await readEvents(response, 1_200)).toHaveLength(1_200);
    expect(pages).toEqual([500, 500, 200]);
    abort.abort();
    await new Promise((r) => setTimeout(r, 10));
    expect(eventBus.listenerCount("test:7")).toBe(0);
  });
});
