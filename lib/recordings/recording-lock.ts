/**
 * One writer per recording file at a time, in this process: two retries of the same chunk, or a
 * chunk and the finishing header, must not write the same bytes of the file at once. (Lotse runs
 * one process per data folder; the database's conditional updates decide which write counts.)
 */
// On globalThis: the upload routes and the actions that end a session (which finish its recordings)
// are bundled apart, and each bundle would otherwise hold a map of its own.
const state = globalThis as unknown as { lotseRecordingLocks?: Map<string, Promise<unknown>> };
const tails: Map<string, Promise<unknown>> = (state.lotseRecordingLocks ??= new Map());

export async function withRecordingLock<T>(recordingId: string, work: () => Promise<T>): Promise<T> {
  const before = tails.get(recordingId) ?? Promise.resolve();
  const run = before.catch(() => undefined).then(work);
  const tail = run.catch(() => undefined);
  tails.set(recordingId, tail);
  try {
    return await run;
  } finally {
    if (tails.get(recordingId) === tail) tails.delete(recordingId);
  }
}
