export function onShutdown(hook: () => void | Promise<void>): () => void;
export function isShuttingDown(): boolean;
export function runShutdownHooks(): Promise<void>;
