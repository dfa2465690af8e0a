import { getTranslations } from "next-intl/server";

// Notices arrive as ?notice=<key> after a redirect (post/redirect/get without JavaScript);
// only known keys are shown.
const KNOWN = new Set([
  "signedOut",
  "saved",
  "firstRunDone",
  "passwordResetDone",
  "mustChangePassword",
  "mustChangePasswordByAdmin",
  "mustChangePasswordByCompanyManager",
  "mustChangePasswordByManager",
  "managerCreated",
  "teamManagerCreated",
  "managerDisabled",
  "managerEnabled",
  "managerPasswordReset",
  "managerUpdated",
  "managerDeleted",
  "grantsSaved",
  "testEmailQueued",
  "emailsRetried",
  "emailsDiscarded",
  "managersDeleted",
  "apiManagerCreated",
  "teamCreated",
  "teamDeleted",
  "agentsMoved",
  "agentsDeleted",
  "agentsCreated",
  "nothingSelected",
  "noTargetTeam",
  "addedToList",
  "removedFromList",
  "portalCreated",
  "surveyThanks",
  "portalDeleted",
  "subPortalCreated",
  "subPortalDeleted",
  "businessHoursCreated",
  "businessHoursDeleted",
  "holidaySetCreated",
  "holidaySetDeleted",
  "waitingRequestsCancelled",
  "selectionChanged",
]);

const WARNINGS = new Set(["nothingSelected", "noTargetTeam", "selectionChanged"]);

/** The number a notice is about (&count= of the redirect that set it); anything else counts 0. */
function countOf(param: string | undefined): number {
  const count = Number(param ?? 0);
  return Number.isSafeInteger(count) && count >= 0 ? count : 0;
}

export async function Notice({ notice, count }: { notice?: string; count?: string }) {
  if (!notice || !KNOWN.has(notice)) return null;
  const t = await getTranslations("Notices");
  const warning = WARNINGS.has(notice);
  return (
    <p role={warning ? "alert" : "status"} className={`alert ${warning ? "alert-error" : "alert-info"}`}>
      {t(notice, { count: countOf(count) })}
    </p>
  );
}
