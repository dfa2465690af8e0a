import path from "node:path";

/** Where Lotse keeps its SQLite file and generated secret unless told otherwise. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.LOTSE_DATA_DIR ?? "data");
}

export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? `file:${path.join(dataDir(), "lotse.db")}`;
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

/** Largest file a support session accepts (either direction); LOTSE_MAX_FILE_BYTES, default 10 MB. */
export function maxFileBytes(): number {
  const configured = Number(process.env.LOTSE_MAX_FILE_BYTES);
  return Number.isSafeInteger(configured) && configured > 0 ? configured : 10_000_000;
}
