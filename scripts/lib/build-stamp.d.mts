export function sourceStamp(root?: string): string;
export function writeBuildStamp(stamp: string, root?: string): void;
export function builtStamp(root?: string): string | null;
export function buildIfStale(env?: NodeJS.ProcessEnv): void;
