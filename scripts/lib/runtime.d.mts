export function databaseFileOf(url: string): string;
export function defaultDatabaseUrl(env?: NodeJS.ProcessEnv): string;
export function pendingMigrations(databaseUrl: string): string[];
export function migrationState(databaseUrl: string): { all: string[]; pending: string[] };
/** Applies the pending migrations; returns their names (none: nothing was started). */
export function migrate(databaseUrl: string): string[];
export class MigrationError extends Error {
  file: string;
  pending: string[];
}
export function hasProductionBuild(): boolean;
