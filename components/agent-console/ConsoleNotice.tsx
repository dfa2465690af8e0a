import { getTranslations } from "next-intl/server";
import type { ErrorKey } from "@/lib/errors/error-key";
import { currentFlash } from "@/lib/flash/current-flash";
import { isConsoleNoticeKey } from "@/lib/flash/notice-keys";

// What the console's last action left for this page (a flash, decision record 16): a notice
// (AgentConsole.notices) or a refusal (Errors). Only known keys are shown, so a forged cookie cannot
// make the page say anything else.
const ERRORS = new Set<ErrorKey>([
  "availableLoginsReached",
  "requestNoLongerWaiting",
  "sessionLimitReached",
  "sessionEnded",
  "statusInvalid",
  "diagnosticsOff",
  "diagnosticsAlreadySubmitted",
  "required",
  "messageRequired",
  "tooLong",
  "notFound",
]);
const isConsoleError = (key: string): key is ErrorKey => (ERRORS as ReadonlySet<string>).has(key);

export async function ConsoleNotice() {
  const flash = await currentFlash();
  if (flash?.kind === "error" && isConsoleError(flash.key)) {
    const errors = await getTranslations("Errors");
    return (
      <p role="alert" className="alert alert-error">
        {errors(flash.key)}
      </p>
    );
  }
  if (flash?.kind === "notice" && isConsoleNoticeKey(flash.key)) {
    const t = await getTranslations("AgentConsole.notices");
    return (
      <p role="status" className="alert alert-info">
        {t(flash.key)}
      </p>
    );
  }
  return null;
}
