export function knownMigrations(root?: string): string[];
export function appliedMigrations(file: string, options?: { timeout?: number }): Set<string>;
