// Waiting for a file another process writes (the mail capture runs in Playwright's global setup, the
// grants lock is shared by the workers) on the file system's own events instead of a polling loop.
import fs from "node:fs";

/**
 * Resolves with `found()`'s first answer other than undefined: asked at once, then again whenever an
 * entry of `dir` is added, renamed, changed or removed. The watch starts before the first look, so
 * nothing written in between is missed. Rejects after `timeoutMs` with "<what> … within".
 */
export function whenInDirectory<T>(
  dir: string,
  found: () => T | undefined,
  { timeoutMs, what }: { timeoutMs: number; what: string },
): Promise<T> {
  fs.mkdirSync(dir, { recursive: true });
  return new Promise<T>((resolve, reject) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const watcher = fs.watch(dir, { signal: deadline });
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      watcher.close();
      finish();
    };
    const look = () => {
      try {
        const value = found();
        if (value !== undefined) settle(() => resolve(value));
      } catch (error) {
        settle(() => reject(error as Error));
      }
    };
    deadline.addEventListener("abort", () =>
      settle(() => reject(new Error(`${what}: not there within ${timeoutMs} ms`))),
    );
    watcher.on("change", look);
    // Closing through the abort signal reports an AbortError here: the timeout above says more.
    watcher.on("error", (error) => {
      if (error.name !== "AbortError") settle(() => reject(error));
    });
    look();
  });
}
