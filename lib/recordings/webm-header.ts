import { Decoder, Reader, tools } from "ts-ebml";

/**
 * MediaRecorder writes a WebM as a live stream: the Segment has no size, Info has no Duration and
 * there are no Cues, so a browser shows no length and cannot seek. Once a recording is finished
 * Lotse reads it through once with ts-ebml (decision record 26: a maintained EBML decoder and
 * encoder, the base of the npm packages that fix this in browsers) and rewrites its metadata — the
 * part before the first Cluster — with Duration, a SeekHead and Cues. Only that part changes: the
 * video is delivered as the new header followed by the recorded bytes from `replaces` on.
 */
export type RewrittenHeader = {
  /** The new metadata: EBML header, Segment start, SeekHead, Info with Duration, Tracks, Cues. */
  header: Buffer;
  /** How many bytes at the start of the recorded video it stands for (the old metadata). */
  replaces: number;
  /** The duration it states, in milliseconds. */
  durationMs: number;
};

/** Reads a recording chunk by chunk; call `finish()` at the end. */
export class WebmHeaderRewriter {
  private readonly decoder = new Decoder();
  private readonly reader = new Reader();

  constructor() {
    this.reader.logging = false;
    this.reader.drop_default_duration = false;
  }

  push(chunk: Uint8Array): void {
    // The decoder wants an ArrayBuffer of exactly these bytes (a Buffer may be a view of a bigger one).
    const exact = chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength) as ArrayBuffer;
    for (const element of this.decoder.decode(exact)) this.reader.read(element);
  }

  /** The new header, or null when the video holds no metadata and clusters to describe. */
  finish(): RewrittenHeader | null {
    this.reader.stop();
    const { metadatas, metadataSize, cues } = this.reader;
    if (metadatas.length === 0 || metadataSize <= 0 || cues.length === 0) return null;
    const scale = this.reader.timestampScale > 0 ? this.reader.timestampScale : 1_000_000;
    const header = withoutBufferPool(() => tools.makeMetadataSeekable(metadatas, this.reader.duration, cues));
    return {
      header: Buffer.from(header),
      replaces: metadataSize,
      durationMs: Math.round((this.reader.duration * scale) / 1_000_000),
    };
  }
}

/**
 * ts-ebml's encoder returns `Buffer.concat(…).buffer`. In Node, a small Buffer is a slice of a
 * shared 8 KiB pool, so that ArrayBuffer is the whole pool, not the header (the library was
 * written for browsers' Buffer polyfill). With pooling off for this one synchronous call, every
 * Buffer owns its ArrayBuffer exactly.
 */
function withoutBufferPool<T>(work: () => T): T {
  const poolSize = Buffer.poolSize;
  Buffer.poolSize = 0;
  try {
    return work();
  } finally {
    Buffer.poolSize = poolSize;
  }
}
