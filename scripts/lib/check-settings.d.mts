import type { readSettings } from "../../lib/config/settings.mjs";
export function checkSettingsOrExit(env?: Record<string, string | undefined>): ReturnType<typeof readSettings>;
