export function databaseFileOf(url: string): string;
export function defaultDatabaseUrl(env?: NodeJS.ProcessEnv): string;
export function pendingMigrations(databaseUrl: string): string[];
export function migrationState(databaseUrl: string): { all: string[]; pending: string[] };
/** Applies the pending migrations; returns their names (none: nothing was started). */
export function migrate(databaseUrl: string): string[];
/** Backs a database with data up before applying its pending migrations; what it did. */
export function upgradeDatabase(databaseUrl: string): Promise<{ backup: string | null; applied: string[] }>;
export class MigrationError extends Error {
  file: string;
  pending: string[];
}
export function hasProductionBuild(): boolean;
