// The WebM header rewrite of webm-header.ts, in a worker thread: ts-ebml reads what a browser
// uploaded, and on some malformed input its decoder never returns. Here that costs a worker the
// server terminates after its time budget, not the server's only thread.
import { parentPort } from "node:worker_threads";
import { Decoder, Reader, tools } from "ts-ebml";

const decoder = new Decoder();
const reader = new Reader();
reader.logging = false;
reader.drop_default_duration = false;

/**
 * ts-ebml's encoder returns `Buffer.concat(…).buffer`. In Node, a small Buffer is a slice of a
 * shared 8 KiB pool, so that ArrayBuffer is the whole pool, not the header (the library was written
 * for browsers' Buffer polyfill). With pooling off for this one call, every Buffer owns its
 * ArrayBuffer exactly.
 */
function withoutBufferPool(work) {
  const poolSize = Buffer.poolSize;
  Buffer.poolSize = 0;
  try {
    return work();
  } finally {
    Buffer.poolSize = poolSize;
  }
}

function finish() {
  reader.stop();
  const { metadatas, metadataSize, cues } = reader;
  if (metadatas.length === 0 || metadataSize <= 0 || cues.length === 0) return null;
  const scale = reader.timestampScale > 0 ? reader.timestampScale : 1_000_000;
  const header = withoutBufferPool(() => tools.makeMetadataSeekable(metadatas, reader.duration, cues));
  return {
    header: new Uint8Array(header),
    replaces: metadataSize,
    durationMs: Math.round((reader.duration * scale) / 1_000_000),
  };
}

parentPort.on("message", (message) => {
  try {
    if (message.kind === "chunk") {
      for (const element of decoder.decode(message.bytes)) reader.read(element);
      return;
    }
    parentPort.postMessage({ kind: "done", header: finish() });
  } catch (error) {
    parentPort.postMessage({ kind: "failed", reason: String(error?.message ?? error) });
  }
});
