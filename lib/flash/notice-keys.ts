// The notices a flash may carry: a page shows only these, so a forged cookie or header cannot make
// it say anything else.

/** Namespace Notices: the Management Center, the Admin Center and the pages before sign-in. */
export const NOTICES = [
  "signedOut",
  "monitorAdded",
  "reportSaved",
  "reportUpdated",
  "reportDeleted",
  "reportScheduled",
  "schedulePaused",
  "scheduleResumed",
  "monthlyReportCreated",
  "monthlyReportDeleted",
  "monitorRemoved",
  "monitorSaved",
  "monitorReactivated",
  "agentSignedOutByManager",
  "agentAlreadyLeft",
  "requestCancelled",
  "requestNoLongerWaiting",
  "managerSignedOut",
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
  "passphraseSet",
  "passphraseChanged",
  "passphraseRemoved",
  "apiTokenRevoked",
] as const;

export type NoticeKey = (typeof NOTICES)[number];

/** Notices that tell the user something went not as asked: shown as an alert, not a status. */
export const WARNINGS: ReadonlySet<NoticeKey> = new Set(["nothingSelected", "noTargetTeam", "selectionChanged"]);

/** Namespace AgentConsole.notices: the agent console and its session pages. */
export const CONSOLE_NOTICES = [
  "declined",
  "codeGenerated",
  "statusChanged",
  "joined",
  "ended",
  "wrapUpSaved",
  "surveySent",
  "diagnosticsRequested",
  "cannedSent",
] as const;

export type ConsoleNoticeKey = (typeof CONSOLE_NOTICES)[number];

export function isNoticeKey(key: string): key is NoticeKey {
  return (NOTICES as readonly string[]).includes(key);
}

export function isConsoleNoticeKey(key: string): key is ConsoleNoticeKey {
  return (CONSOLE_NOTICES as readonly string[]).includes(key);
}
