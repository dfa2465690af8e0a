export function sourceStamp(root?: string): string;
export function writeBuildStamp(stamp: string, root?: string): void;
export function builtStamp(root?: string): string | null;
/** Builds (with `build`, by default `npm run build`) unless the build is of these sources; whether it built. */
export function buildIfStale(options?: { root?: string; build?: () => void; log?: (line: string) => void }): boolean;
