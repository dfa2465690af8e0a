import { describe, expect, it, vi } from "vitest";
import { type RecordingStatus, recordingUploader } from "./recording-upload";

const URL = "/agent/sessions/s1/recordings";

type Call = { method: string; url: string; body?: unknown; mediaTime?: string | null };

/**
 * A fake recording server: stores chunks in order like the real routes, and fails the way a test
 * tells it to (`script`: answers or network errors for the next calls, by order of arrival).
 */
function fakeServer(options: { limitBytes?: number; startStatus?: number } = {}) {
  const calls: Call[] = [];
  const stored: number[] = [];
  let bytes = 0;
  const script: (Response | Error | "store-then-error")[] = [];
  const fetch = async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? "GET";
    const headers = new Headers(init.headers);
    calls.push({ method, url, mediaTime: headers.get("x-media-time-ms") });
    const scripted = script.shift();
    if (scripted instanceof Error) throw scripted;
    if (scripted instanceof Response) return scripted;
    if (method === "POST" && url === URL) {
      if (options.startStatus) return new Response("{}", { status: options.startStatus });
      return Response.json({ id: "r1", nextIndex: 0, maxBytes: 1000 }, { status: 201 });
    }
    if (method === "GET") return Response.json({ nextIndex: stored.length, status: "recording" });
    if (method === "PUT") {
      const index = Number(url.split("/").pop());
      if (index !== stored.length) return Response.json({ nextIndex: stored.length }, { status: 409 });
      const size = (init.body as Blob).size;
      if (options.limitBytes !== undefined && bytes + size > options.limitBytes)
        return Response.json({ limitReached: true }, { status: 413 });
      stored.push(index);
      bytes += size;
      if (scripted === "store-then-error") throw new TypeError("connection reset");
      return Response.json({ nextIndex: stored.length });
    }
    if (method === "POST" && url.endsWith("/finish")) {
      calls.at(-1)!.body = JSON.parse(String(init.body));
      return Response.json({});
    }
    return new Response(null, { status: 500 });
  };
  return { fetch, calls, stored, script };
}

const chunk = (size: number) => new Blob([new Uint8Array(size)]);

function uploader(server: ReturnType<typeof fakeServer>, statuses: RecordingStatus[] = []) {
  const waits: number[] = [];
  const up = recordingUploader({
    url: URL,
    contentType: "video/webm;codecs=vp8",
    fetch: server.fetch,
    wait: async (ms) => void waits.push(ms),
    onChange: (status) => statuses.push(status),
    maxAttempts: 4,
  });
  return { up, waits };
}

describe("recordingUploader", () => {
  it("starts the recording, sends the chunks in order with their media time and finishes", async () => {
    const server = fakeServer();
    const statuses: RecordingStatus[] = [];
    const { up } = uploader(server, statuses);
    up.push(chunk(10), 2000);
    up.push(chunk(20), 4000);
    up.push(chunk(30), 6000);
    await up.finish(6500);
    expect(server.stored).toEqual([0, 1, 2]);
    expect(server.calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `POST ${URL}`,
      `PUT ${URL}/r1/chunks/0`,
      `PUT ${URL}/r1/chunks/1`,
      `PUT ${URL}/r1/chunks/2`,
      `POST ${URL}/r1/finish`,
    ]);
    expect(server.calls.filter((c) => c.method === "PUT").map((c) => c.mediaTime)).toEqual(["2000", "4000", "6000"]);
    expect(server.calls.at(-1)!.body).toEqual({ durationMs: 6500 });
    expect(statuses.at(-1)).toEqual({ kind: "finished", bytes: 60 });
  });

  it("retries after a network error with growing pauses, asking the server where it stands", async () => {
    const server = fakeServer();
    server.script.push(Response.json({ id: "r1", nextIndex: 0 }, { status: 201 }), new TypeError("offline"));
    server.script.push(new Response(null, { status: 503 }));
    const { up, waits } = uploader(server);
    up.push(chunk(10), 2000);
    up.push(chunk(10), 4000);
    await up.finish(4000);
    expect(server.stored).toEqual([0, 1]);
    expect(waits).toEqual([500]);
    // After the error: GET the recording (nextIndex), then the same chunk again.
    expect(server.calls.map((c) => c.method)).toEqual(["POST", "PUT", "GET", "PUT", "PUT", "POST"]);
  });

  it("does not send a chunk twice when it arrived although the answer was lost", async () => {
    const server = fakeServer();
    const { up } = uploader(server);
    server.script.push(Response.json({ id: "r1", nextIndex: 0 }, { status: 201 }), "store-then-error");
    up.push(chunk(10), 2000);
    up.push(chunk(10), 4000);
    await up.finish(4000);
    expect(server.stored).toEqual([0, 1]);
    expect(server.calls.map((c) => `${c.method} ${c.url.replace(URL, "")}`)).toEqual([
      "POST ",
      "PUT /r1/chunks/0",
      "GET /r1",
      "PUT /r1/chunks/1",
      "POST /r1/finish",
    ]);
    expect(up.status()).toEqual({ kind: "finished", bytes: 20 });
  });

  it("resumes from the server's nextIndex on 409", async () => {
    const server = fakeServer();
    const { up } = uploader(server);
    // The server already has chunk 0 (sent before a reconnect): it says so for index 0.
    server.script.push(
      Response.json({ id: "r1", nextIndex: 0 }, { status: 201 }),
      Response.json({ nextIndex: 1 }, { status: 409 }),
    );
    server.stored.push(0);
    up.push(chunk(10), 2000);
    up.push(chunk(10), 4000);
    await up.finish(4000);
    expect(server.stored).toEqual([0, 1]);
    expect(up.status().kind).toBe("finished");
  });

  it("stops at the size limit and sends nothing more", async () => {
    const server = fakeServer({ limitBytes: 25 });
    const statuses: RecordingStatus[] = [];
    const { up } = uploader(server, statuses);
    up.push(chunk(10), 2000);
    up.push(chunk(10), 4000);
    up.push(chunk(10), 6000);
    await up.finish(6000);
    up.push(chunk(10), 8000);
    expect(server.stored).toEqual([0, 1]);
    expect(up.status()).toEqual({ kind: "limitReached", bytes: 20 });
    expect(server.calls.filter((c) => c.url.endsWith("/finish"))).toHaveLength(0);
  });

  it("gives up after the last attempt", async () => {
    const server = fakeServer();
    const { up, waits } = uploader(server);
    server.script.push(Response.json({ id: "r1", nextIndex: 0 }, { status: 201 }));
    for (let i = 0; i < 12; i++) server.script.push(new Response(null, { status: 500 }));
    up.push(chunk(10), 2000);
    await up.finish(2000);
    expect(up.status().kind).toBe("failed");
    expect(waits).toEqual([500, 1000, 2000]);
  });

  it("records nothing when recording is off for the session", async () => {
    const server = fakeServer({ startStatus: 404 });
    const { up } = uploader(server);
    up.push(chunk(10), 2000);
    await up.finish(2000);
    expect(up.status().kind).toBe("off");
    expect(server.calls).toHaveLength(1);
  });

  it("finishes at once, with keepalive, when the page goes away", async () => {
    const server = fakeServer();
    const inits: RequestInit[] = [];
    const up = recordingUploader({
      url: URL,
      contentType: "video/webm",
      fetch: (url, init) => {
        inits.push(init ?? {});
        return server.fetch(url, init);
      },
      wait: async () => undefined,
    });
    up.push(chunk(10), 2000);
    // Started: the recording has its id once its first chunk is on the way.
    await vi.waitFor(() => expect(server.calls.map((call) => call.url)).toContain(`${URL}/r1/chunks/0`));
    up.finishNow(3000);
    await vi.waitFor(() => expect(server.calls.at(-1)!.url).toBe(`${URL}/r1/finish`));
    expect(inits.at(-1)!.keepalive).toBe(true);
  });
});
