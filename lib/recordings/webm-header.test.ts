import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { WebmHeaderRewriter } from "./webm-header";

const RECORDED = fs.readFileSync(path.resolve(import.meta.dirname, "../../test/fixtures/recordings/screen-vp8.webm"));

function pushAll(rewriter: WebmHeaderRewriter, bytes: Uint8Array, size = 4000) {
  for (let i = 0; i < bytes.byteLength; i += size) rewriter.push(Buffer.from(bytes.subarray(i, i + size)));
}

describe("WebmHeaderRewriter", () => {
  it("gives a browser's recording a header with its duration, in a worker", async () => {
    const rewriter = new WebmHeaderRewriter();
    pushAll(rewriter, RECORDED);
    const header = await rewriter.finish();
    expect(header?.durationMs).toBeGreaterThan(1000);
    expect(header?.replaces).toBeGreaterThan(0);
    expect([...header!.header.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
  });

  it("leaves what does not begin as a WebM as it is, without reading it", async () => {
    const rewriter = new WebmHeaderRewriter();
    pushAll(rewriter, randomBytes(1_000_000), 250_000);
    expect(await rewriter.finish()).toBeNull();
  });

  // On some malformed input ts-ebml's decoder never returns (found with random chunks): the
  // worker is given up after its budget. Here a budget too short for any reading stands in for it.
  it("gives up when the reading takes longer than its budget", async () => {
    const rewriter = new WebmHeaderRewriter(1);
    pushAll(rewriter, RECORDED);
    const started = Date.now();
    expect(await rewriter.finish()).toBeNull();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
