import path from "node:path";

/** Where Lotse keeps its SQLite file and generated secret unless told otherwise. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.LOTSE_DATA_DIR ?? "data");
}

export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? `file:${path.join(dataDir(), "lotse.db")}`;
}

/** The SQLite file of databaseUrl(), as Prisma's adapter opens it (the URL less "file:"). */
export function databaseFile(): string {
  return databaseUrl().replace(/^file:/, "");
}

export function smtpUrl(): string | undefined {
  return process.env.SMTP_URL || undefined;
}

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? "Lotse <lotse@localhost>";
}

/** Base URL used in links inside e-mails. */
export function publicUrl(): string {
  return (process.env.LOTSE_PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

export function defaultTimeZone(): string {
  return process.env.LOTSE_DEFAULT_TIME_ZONE ?? "Europe/Berlin";
}

/** A whole number of at least `min` from the environment; anything else (unset, garbage) gives the default. */
function integerSetting(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  const configured = raw === undefined || raw.trim() === "" ? NaN : Number(raw);
  return Number.isSafeInteger(configured) && configured >= min ? configured : fallback;
}

/** Largest file a support session accepts (either direction); LOTSE_MAX_FILE_BYTES, default 10 MB. */
export function maxFileBytes(): number {
  return integerSetting("LOTSE_MAX_FILE_BYTES", 10_000_000);
}

/** All files of one session together, both directions; LOTSE_SESSION_FILES_MAX_BYTES, default 100 MB. */
export function sessionFilesMaxBytes(): number {
  return integerSetting("LOTSE_SESSION_FILES_MAX_BYTES", 100_000_000);
}

/** What one side of a session (its customer, or its agent) may send in all; default 50 MB. */
export function participantFilesMaxBytes(): number {
  return integerSetting("LOTSE_PARTICIPANT_FILES_MAX_BYTES", 50_000_000);
}

/** How many files one session takes, both directions; LOTSE_SESSION_FILES_MAX_COUNT, default 100. */
export function sessionFilesMaxCount(): number {
  return integerSetting("LOTSE_SESSION_FILES_MAX_COUNT", 100);
}

/** Free space an upload must leave on the data folder's disk; LOTSE_MIN_FREE_DISK_BYTES, default 1 GB (0: none). */
export function minFreeDiskBytes(): number {
  return integerSetting("LOTSE_MIN_FREE_DISK_BYTES", 1_000_000_000, 0);
}

/**
 * How many days after its end a session keeps its transcript, diagnostics and files
 * (Sitzungsinformationen); LOTSE_SESSION_RETENTION_DAYS, default 90 as the manual says.
 */
export function sessionRetentionDays(): number {
  return integerSetting("LOTSE_SESSION_RETENTION_DAYS", 90);
}

/** How often the retention job looks for sessions whose content is due; LOTSE_SESSION_RETENTION_INTERVAL_MS, default 10 minutes. */
export function sessionRetentionIntervalMs(): number {
  return integerSetting("LOTSE_SESSION_RETENTION_INTERVAL_MS", 10 * 60_000);
}
