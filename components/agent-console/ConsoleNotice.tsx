import { getTranslations } from "next-intl/server";

// After a post/redirect/get: ?notice=<key> (AgentConsole.notices) or ?error=<key> (Errors). Only
// known keys are shown, so a crafted URL cannot make the page say anything else.
const NOTICES = new Set([
  "declined",
  "codeGenerated",
  "statusChanged",
  "joined",
  "ended",
  "wrapUpSaved",
  "surveySent",
  "diagnosticsRequested",
  "cannedSent",
]);
const ERRORS = new Set([
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

export async function ConsoleNotice({ notice, error }: { notice?: string; error?: string }) {
  const t = await getTranslations("AgentConsole.notices");
  const errors = await getTranslations("Errors");
  if (error && ERRORS.has(error)) {
    return (
      <p role="alert" className="alert alert-error">
        {errors(error)}
      </p>
    );
  }
  if (notice && NOTICES.has(notice)) {
    return (
      <p role="status" className="alert alert-info">
        {t(notice)}
      </p>
    );
  }
  return null;
}
