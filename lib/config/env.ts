import path from "node:path";
import { parseIceServers, readSetting } from "./settings.mjs";

// Each value through the settings' schema (lib/config/settings.mjs), which checked them all at
// start; read on every call, so a test can change one.

/** Where Lotse keeps its SQLite file and generated secret unless told otherwise. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ readSetting("LOTSE_DATA_DIR") ?? "data");
}

export function databaseUrl(): string {
  return readSetting("DATABASE_URL") ?? `file:${path.join(dataDir(), "lotse.db")}`;
}

/** The SQLite file of databaseUrl(), as Prisma's adapter opens it (the URL less "file:"). */
export function databaseFile(): string {
  return databaseUrl().replace(/^file:/, "");
}

export function smtpUrl(): string | undefined {
  return readSetting("SMTP_URL");
}

export function mailFrom(): string {
  return readSetting("MAIL_FROM");
}

/** Base URL used in links inside e-mails. */
export function publicUrl(): string {
  return (readSetting("LOTSE_PUBLIC_URL") ?? `http://localhost:${readSetting("PORT")}`).replace(/\/$/, "");
}

export function defaultTimeZone(): string {
  return readSetting("LOTSE_DEFAULT_TIME_ZONE");
}

/** Configured NEXTAUTH_SECRET, if any (otherwise one is generated into the data folder). */
export function configuredAuthSecret(): string | undefined {
  return readSetting("NEXTAUTH_SECRET");
}

/** The system administrator to create at start-up (LOTSE_ADMIN_LOGIN and _PASSWORD), if both are set. */
export function bootstrapAdministrator(): { loginId: string; password: string } | null {
  const loginId = readSetting("LOTSE_ADMIN_LOGIN");
  const password = readSetting("LOTSE_ADMIN_PASSWORD");
  return loginId && password ? { loginId, password } : null;
}

/** Whether the background jobs run in the server process (LOTSE_DISABLE_SCHEDULER=1 turns them off). */
export function schedulerEnabled(): boolean {
  return readSetting("LOTSE_DISABLE_SCHEDULER") !== "1";
}

/** How often the outbox job looks for due e-mail; LOTSE_OUTBOX_INTERVAL_MS, default 5 s. */
export function outboxIntervalMs(): number {
  return readSetting("LOTSE_OUTBOX_INTERVAL_MS");
}

/** Whom a failed sign-in locks first: the login ("login", default) or the failing client address. */
export function lockoutScope(): "login" | "address" {
  return readSetting("LOTSE_LOCKOUT_SCOPE");
}

/** A request nobody accepts within this time is recorded as "no agent response". */
export function requestTimeoutMs(): number {
  return readSetting("LOTSE_REQUEST_TIMEOUT_SECONDS") * 1000;
}

/** Queue mode: how long a request stays offered to one agent. */
export function offerTimeoutMs(): number {
  return readSetting("LOTSE_OFFER_TIMEOUT_SECONDS") * 1000;
}

/** How long the completed-session e-mail waits for open surveys. */
export function surveyWaitMs(): number {
  return readSetting("LOTSE_SURVEY_WAIT_SECONDS") * 1000;
}

/** An agent console nobody has seen for this long is signed out. */
export function presenceTimeoutMs(): number {
  return readSetting("LOTSE_PRESENCE_TIMEOUT_SECONDS") * 1000;
}

/** Largest file a support session accepts (either direction); LOTSE_MAX_FILE_BYTES, default 10 MB. */
export function maxFileBytes(): number {
  return readSetting("LOTSE_MAX_FILE_BYTES");
}

/** All files of one session together, both directions; LOTSE_SESSION_FILES_MAX_BYTES, default 100 MB. */
export function sessionFilesMaxBytes(): number {
  return readSetting("LOTSE_SESSION_FILES_MAX_BYTES");
}

/** What one side of a session (its customer, or its agent) may send in all; default 50 MB. */
export function participantFilesMaxBytes(): number {
  return readSetting("LOTSE_PARTICIPANT_FILES_MAX_BYTES");
}

/** How many files one session takes, both directions; LOTSE_SESSION_FILES_MAX_COUNT, default 100. */
export function sessionFilesMaxCount(): number {
  return readSetting("LOTSE_SESSION_FILES_MAX_COUNT");
}

/**
 * All screen recordings of one session together (decision record 26); LOTSE_MAX_RECORDING_BYTES,
 * default 200 MiB — the manual's "Aufzeichnungen höchstens 200 MB".
 */
export function maxRecordingBytes(): number {
  return readSetting("LOTSE_MAX_RECORDING_BYTES");
}

/** Requests per minute one API token may make (decision record 28); LOTSE_API_RATE_LIMIT, default 600. */
export function apiRateLimitPerMinute(): number {
  return readSetting("LOTSE_API_RATE_LIMIT");
}

/** The configured server recording key (base64 of 32 bytes), if any; else one is generated into the data folder. */
export function configuredRecordingKey(): string | undefined {
  return readSetting("LOTSE_RECORDING_KEY");
}

/** Free space an upload must leave on the data folder's disk; LOTSE_MIN_FREE_DISK_BYTES, default 1 GB (0: none). */
export function minFreeDiskBytes(): number {
  return readSetting("LOTSE_MIN_FREE_DISK_BYTES");
}

/**
 * How many days after its end a session keeps its transcript, diagnostics and files
 * (Sitzungsinformationen); LOTSE_SESSION_RETENTION_DAYS, default 90 as the manual says.
 */
export function sessionRetentionDays(): number {
  return readSetting("LOTSE_SESSION_RETENTION_DAYS");
}

/** How often the retention job looks for sessions whose content is due; LOTSE_SESSION_RETENTION_INTERVAL_MS, default 10 minutes. */
export function sessionRetentionIntervalMs(): number {
  return readSetting("LOTSE_SESSION_RETENTION_INTERVAL_MS");
}

/** Sent e-mails (their bodies may hold sign-in links) are deleted this many days after sending; default 30. */
export function sentMailRetentionDays(): number {
  return readSetting("LOTSE_SENT_MAIL_RETENTION_DAYS");
}

/** Expired reset tokens, browser sessions and connection codes go this many days after expiring; default 1. */
export function expiredTokenRetentionDays(): number {
  return readSetting("LOTSE_EXPIRED_TOKEN_RETENTION_DAYS");
}

/** How often the housekeeping job runs; LOTSE_HOUSEKEEPING_INTERVAL_MS, default one hour. */
export function housekeepingIntervalMs(): number {
  return readSetting("LOTSE_HOUSEKEEPING_INTERVAL_MS");
}

/** The server log's level (LOG_LEVEL), default info. */
export function logLevel(): string {
  return readSetting("LOG_LEVEL");
}

/** An ICE server for screen sharing's WebRTC connection, as RTCPeerConnection takes it. */
export type IceServer = { urls: string | string[]; username?: string; credential?: string };

/** LOTSE_ICE_SERVERS (STUN/TURN for screen sharing); none by default: host candidates on a LAN. */
export function iceServers(): IceServer[] {
  const value = readSetting("LOTSE_ICE_SERVERS");
  return value ? parseIceServers(value) : [];
}
