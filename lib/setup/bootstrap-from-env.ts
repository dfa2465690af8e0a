import "server-only";
import { bootstrapAdministrator, defaultTimeZone } from "@/lib/config/env";
import { ValidationError } from "@/lib/errors/domain-errors";
import { logger } from "@/lib/logging/logger";
import { createFirstAdministrator, isFirstRun } from "./first-run";

/** LOTSE_ADMIN_LOGIN / LOTSE_ADMIN_PASSWORD: the headless first run. Ignored once an admin exists. */
export async function bootstrapAdministratorFromEnv(): Promise<void> {
  const configured = bootstrapAdministrator();
  if (!configured || !(await isFirstRun())) return;
  const { loginId, password } = configured;
  try {
    await createFirstAdministrator(
      { loginId, password, passwordConfirm: password, language: "de", timeZone: defaultTimeZone() },
      { type: "system", label: "env" },
    );
    logger.info({ loginId }, "system administrator created from LOTSE_ADMIN_LOGIN");
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    logger.error({ fields: error.fieldErrors }, "LOTSE_ADMIN_LOGIN / LOTSE_ADMIN_PASSWORD rejected");
  }
}
