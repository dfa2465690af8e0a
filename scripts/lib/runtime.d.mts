export function databaseFileOf(url: string): string;
export function defaultDatabaseUrl(env?: NodeJS.ProcessEnv): string;
export function migrate(databaseUrl: string): void;
export function hasProductionBuild(): boolean;
