// Every environment variable Lotse reads, in one zod schema, checked when Lotse starts (`npm start`,
// `npm run demo`, the server itself, the admin CLI): a bad value stops start-up with a message that
// names the variable, the value and what is allowed — instead of, say, "5s" becoming NaN and a
// 5-second job running every millisecond. Plain JavaScript so the start scripts can read it too.
// The README's configuration table is tested against SETTINGS (lib/config/settings.test.ts).
import proxyaddr from "proxy-addr";
import { z } from "zod";

const unset = (value) => value === undefined || value.trim() === "";

/** A whole number of at least `min`; unset or empty: `fallback`. */
function wholeNumber(fallback, min, what) {
  return z
    .string()
    .optional()
    .refine((value) => unset(value) || (/^\d+$/.test(value.trim()) && Number(value) >= min), {
      message: `${what}: a whole number, at least ${min}`,
    })
    .transform((value) => (unset(value) ? fallback : Number(value)));
}

/** A whole-number setting whose documented default is the very number it falls back to. */
function wholeNumberSetting(fallback, min, what) {
  return { shown: String(fallback), schema: wholeNumber(fallback, min, what) };
}

function text(fallback = undefined) {
  return z
    .string()
    .optional()
    .transform((value) => (unset(value) ? fallback : value.trim()));
}

/** Trimmed text that `accepts` (which may throw: not accepted); unset or empty: `fallback`. */
function checked(accepts, message, fallback = undefined) {
  const accepted = (value) => {
    try {
      return accepts(value.trim());
    } catch {
      return false;
    }
  };
  return z
    .string()
    .optional()
    .refine((value) => unset(value) || accepted(value), { message })
    .transform((value) => (unset(value) ? fallback : value.trim()));
}

function oneOf(values, fallback) {
  return checked((value) => values.includes(value), `one of ${values.join(", ")}`, fallback);
}

function url(protocols, what) {
  return checked(
    (value) => protocols.includes(new URL(value).protocol),
    `${what}: a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}`,
  );
}

function timeZone(fallback) {
  return checked(
    (value) => Boolean(new Intl.DateTimeFormat("en", { timeZone: value })),
    "an IANA time zone such as Europe/Berlin",
    fallback,
  );
}

function trustedProxies() {
  return checked((value) => {
    if (/^\d+$/.test(value) || ["0", "false"].includes(value.toLowerCase())) return true;
    proxyaddr.compile(
      value
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    );
    return true;
  }, "a hop count, or addresses and subnets such as loopback, 10.0.0.0/8");
}

/**
 * A JSON array of RTCIceServer objects (STUN/TURN servers for screen sharing): each with `urls` (one
 * URL or a list, stun:, stuns:, turn: or turns:) and, for TURN, `username` and `credential`.
 */
export function parseIceServers(value) {
  const servers = JSON.parse(value);
  const iceUrl = (u) => typeof u === "string" && /^(stuns?|turns?):\S+$/.test(u);
  const good =
    Array.isArray(servers) &&
    servers.length <= 10 &&
    servers.every(
      (s) =>
        s !== null &&
        typeof s === "object" &&
        (iceUrl(s.urls) || (Array.isArray(s.urls) && s.urls.length > 0 && s.urls.every(iceUrl))) &&
        ["username", "credential"].every((key) => s[key] === undefined || typeof s[key] === "string") &&
        Object.keys(s).every((key) => ["urls", "username", "credential"].includes(key)),
    );
  if (!good) throw new Error("not a list of ICE servers");
  return servers;
}

/**
 * The settings: for each variable its schema, and the default as the README's table shows it.
 * Values in milliseconds have a floor, so that a typo cannot make a job spin.
 */
export const SETTINGS = {
  PORT: wholeNumberSetting(3000, 1, "a TCP port"),
  LOTSE_DATA_DIR: { shown: "./data", schema: text() },
  DATABASE_URL: {
    shown: "file:<LOTSE_DATA_DIR>/lotse.db",
    schema: z
      .string()
      .optional()
      .refine((value) => unset(value) || value.trim().startsWith("file:"), {
        message: "a SQLite file as file:<path>",
      })
      .transform((value) => (unset(value) ? undefined : value.trim())),
  },
  NEXTAUTH_SECRET: { shown: "generated into <LOTSE_DATA_DIR>/auth-secret", schema: text() },
  LOTSE_RECORDING_KEY: {
    shown: "generated: <LOTSE_DATA_DIR>/recording.key",
    schema: checked(
      (value) => /^[A-Za-z0-9+/]{43}=$/.test(value) && Buffer.from(value, "base64").length === 32,
      "32 random bytes in base64 (44 characters), e.g. from: openssl rand -base64 32",
    ),
  },
  LOTSE_PUBLIC_URL: { shown: "http://localhost:<PORT>", schema: url(["http:", "https:"], "the public address") },
  SMTP_URL: { shown: "none", schema: url(["smtp:", "smtps:"], "the SMTP server") },
  MAIL_FROM: { shown: "Lotse <lotse@localhost>", schema: text("Lotse <lotse@localhost>") },
  LOTSE_DEFAULT_TIME_ZONE: { shown: "Europe/Berlin", schema: timeZone("Europe/Berlin") },
  LOTSE_ADMIN_LOGIN: { shown: "none", schema: text() },
  LOTSE_ADMIN_PASSWORD: { shown: "none", schema: text() },
  LOTSE_OUTBOX_INTERVAL_MS: wholeNumberSetting(5000, 100, "milliseconds"),
  LOTSE_DISABLE_SCHEDULER: { shown: "unset", schema: oneOf(["0", "1"], "0") },
  LOTSE_REQUEST_TIMEOUT_SECONDS: wholeNumberSetting(300, 1, "seconds"),
  LOTSE_OFFER_TIMEOUT_SECONDS: wholeNumberSetting(30, 1, "seconds"),
  LOTSE_SURVEY_WAIT_SECONDS: wholeNumberSetting(600, 0, "seconds"),
  LOTSE_PRESENCE_TIMEOUT_SECONDS: wholeNumberSetting(300, 1, "seconds"),
  LOTSE_MAX_FILE_BYTES: wholeNumberSetting(10_000_000, 1, "bytes"),
  LOTSE_SESSION_FILES_MAX_BYTES: wholeNumberSetting(100_000_000, 1, "bytes"),
  LOTSE_PARTICIPANT_FILES_MAX_BYTES: wholeNumberSetting(50_000_000, 1, "bytes"),
  LOTSE_SESSION_FILES_MAX_COUNT: wholeNumberSetting(100, 1, "files"),
  LOTSE_MAX_RECORDING_BYTES: wholeNumberSetting(200 * 1024 * 1024, 1, "bytes"),
  LOTSE_API_RATE_LIMIT: wholeNumberSetting(600, 1, "requests per minute"),
  LOTSE_SESSION_RETENTION_DAYS: wholeNumberSetting(90, 1, "days"),
  LOTSE_SESSION_RETENTION_INTERVAL_MS: wholeNumberSetting(600_000, 1000, "milliseconds"),
  LOTSE_SENT_MAIL_RETENTION_DAYS: wholeNumberSetting(30, 1, "days"),
  LOTSE_EXPIRED_TOKEN_RETENTION_DAYS: wholeNumberSetting(1, 0, "days"),
  LOTSE_HOUSEKEEPING_INTERVAL_MS: wholeNumberSetting(3_600_000, 1000, "milliseconds"),
  LOG_LEVEL: {
    shown: "info",
    schema: oneOf(["fatal", "error", "warn", "info", "debug", "trace", "silent"], "info"),
  },
  LOTSE_SHUTDOWN_GRACE_MS: wholeNumberSetting(10_000, 0, "milliseconds"),
  LOTSE_MIN_FREE_DISK_BYTES: wholeNumberSetting(1_000_000_000, 0, "bytes"),
  LOTSE_TRUST_PROXY: { shown: "none", schema: trustedProxies() },
  LOTSE_LOCKOUT_SCOPE: { shown: "login", schema: oneOf(["login", "address"], "login") },
  LOTSE_ICE_SERVERS: {
    shown: "none",
    schema: checked(
      (value) => Boolean(parseIceServers(value)),
      'a JSON array of ICE servers, e.g. [{"urls":"turn:turn.example.com:3478","username":"lotse","credential":"…"}]',
    ),
  },
  LOTSE_DEMO_DIR: { shown: "./data/demo", schema: text() },
  CHROMIUM_PATH: { shown: "/usr/bin/chromium", schema: text("/usr/bin/chromium") },
  LOTSE_DIST_DIR: { shown: ".next", schema: text(".next") },
};

const schema = z
  .object(Object.fromEntries(Object.entries(SETTINGS).map(([name, setting]) => [name, setting.schema])))
  .superRefine((value, context) => {
    if (Boolean(value.LOTSE_ADMIN_LOGIN) !== Boolean(value.LOTSE_ADMIN_PASSWORD))
      context.addIssue({
        code: "custom",
        path: [value.LOTSE_ADMIN_LOGIN ? "LOTSE_ADMIN_PASSWORD" : "LOTSE_ADMIN_LOGIN"],
        message: "LOTSE_ADMIN_LOGIN and LOTSE_ADMIN_PASSWORD go together: set both or neither",
      });
  });

/** The environment's settings could not be read: one line per variable. */
export class SettingsError extends Error {
  constructor(problems) {
    super(`Lotse cannot start with this configuration:\n${problems.map((line) => `  ${line}`).join("\n")}`);
    this.name = "SettingsError";
    this.problems = problems;
  }
}

/** Reads and checks every setting; throws SettingsError naming each bad variable and its value. */
export function readSettings(env = process.env) {
  const parsed = schema.safeParse(Object.fromEntries(Object.keys(SETTINGS).map((name) => [name, env[name]])));
  if (parsed.success) return parsed.data;
  throw new SettingsError(
    parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const shown = /SECRET|PASSWORD|_KEY$/.test(name) ? "(hidden)" : JSON.stringify(env[name] ?? "");
      return `${name}=${shown}: ${issue.message}`;
    }),
  );
}

/** One setting, read and checked now (they were all checked at start; tests change some on the fly). */
export function readSetting(name, env = process.env) {
  const parsed = SETTINGS[name].schema.safeParse(env[name]);
  if (parsed.success) return parsed.data;
  throw new SettingsError([`${name}=${JSON.stringify(env[name] ?? "")}: ${parsed.error.issues[0].message}`]);
}
