// The start scripts' first step: every environment variable checked against the settings' schema
// (lib/config/settings.mjs); a bad value ends the process with its message, before anything starts.
import { readSettings, SettingsError } from "../../lib/config/settings.mjs";

export function checkSettingsOrExit(env = process.env) {
  try {
    return readSettings(env);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(`[lotse] ${error.message}`);
    process.exit(1);
  }
}
