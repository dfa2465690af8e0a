type Settings = {
  PORT: number;
  LOTSE_DATA_DIR: string | undefined;
  DATABASE_URL: string | undefined;
  NEXTAUTH_SECRET: string | undefined;
  LOTSE_RECORDING_KEY: string | undefined;
  LOTSE_PUBLIC_URL: string | undefined;
  SMTP_URL: string | undefined;
  MAIL_FROM: string;
  LOTSE_DEFAULT_TIME_ZONE: string;
  LOTSE_ADMIN_LOGIN: string | undefined;
  LOTSE_ADMIN_PASSWORD: string | undefined;
  LOTSE_OUTBOX_INTERVAL_MS: number;
  LOTSE_DISABLE_SCHEDULER: "0" | "1";
  LOTSE_REQUEST_TIMEOUT_SECONDS: number;
  LOTSE_OFFER_TIMEOUT_SECONDS: number;
  LOTSE_SURVEY_WAIT_SECONDS: number;
  LOTSE_PRESENCE_TIMEOUT_SECONDS: number;
  LOTSE_MAX_FILE_BYTES: number;
  LOTSE_SESSION_FILES_MAX_BYTES: number;
  LOTSE_PARTICIPANT_FILES_MAX_BYTES: number;
  LOTSE_SESSION_FILES_MAX_COUNT: number;
  LOTSE_MAX_RECORDING_BYTES: number;
  LOTSE_API_RATE_LIMIT: number;
  LOTSE_SESSION_RETENTION_DAYS: number;
  LOTSE_SESSION_RETENTION_INTERVAL_MS: number;
  LOTSE_SENT_MAIL_RETENTION_DAYS: number;
  LOTSE_EXPIRED_TOKEN_RETENTION_DAYS: number;
  LOTSE_HOUSEKEEPING_INTERVAL_MS: number;
  LOG_LEVEL: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  LOTSE_SHUTDOWN_GRACE_MS: number;
  LOTSE_MIN_FREE_DISK_BYTES: number;
  LOTSE_TRUST_PROXY: string | undefined;
  LOTSE_LOCKOUT_SCOPE: "login" | "address";
  LOTSE_ICE_SERVERS: string | undefined;
  LOTSE_DEMO_DIR: string | undefined;
  CHROMIUM_PATH: string;
  LOTSE_DIST_DIR: string;
};
export type SettingName = keyof Settings;
export const SETTINGS: Record<SettingName, { shown: string; schema: unknown }>;
export class SettingsError extends Error {
  problems: string[];
}
export function readSettings(env?: Record<string, string | undefined>): Settings;
export function readSetting<Name extends SettingName>(
  name: Name,
  env?: Record<string, string | undefined>,
): Settings[Name];
/** Parses LOTSE_ICE_SERVERS (a JSON array of RTCIceServer); throws when it is not one. */
export function parseIceServers(value: string): { urls: string | string[]; username?: string; credential?: string }[];
