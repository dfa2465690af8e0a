/**
 * A chunk arrived before the ones in front of it were stored: the browser must go on from
 * `nextIndex` (409 over HTTP). Its retries of stored chunks are answered as successes instead.
 */
export class RecordingGapError extends Error {
  constructor(public readonly nextIndex: number) {
    super(`recording chunk out of order: the next is ${nextIndex}`);
    this.name = "RecordingGapError";
  }
}

/** The session's recordings have used up their room (LOTSE_MAX_RECORDING_BYTES; 413 over HTTP). */
export class RecordingLimitError extends Error {
  constructor() {
    super("the session's recordings reached their size limit");
    this.name = "RecordingLimitError";
  }
}
