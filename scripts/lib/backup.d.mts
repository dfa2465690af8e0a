export function backupDatabase(file: string, target: string): Promise<string>;
export function backupName(now?: Date): string;
export function backupDataFolder(databaseFile: string, target: string): Promise<{ databaseMb: number; files: number }>;
export function restoreDataFolder(source: string, databaseFile: string): { replacedTo: string | null };
