/**
 * Every action the audit log records, by area: the Protokoll's "Art der Änderung" chooses an area,
 * and each action has its words in both message files (AuditLog.actions.<area>.<what>). A test
 * finds every action the code writes and holds this list to them.
 */
export const AUDIT_ACTIONS = [
  "account.grants_updated",
  "admin.created",
  "api.called",
  "apiToken.created",
  "apiToken.revoked",
  "agent.created",
  "agent.updated",
  "agent.moved",
  "agent.deleted",
  "agent.signedOutByManager",
  "agent.disabled",
  "agent.enabled",
  "auth.signed_in",
  "auth.signed_out",
  "auth.sign_in_failed",
  "auth.login_locked",
  "businessHours.created",
  "businessHours.updated",
  "businessHours.deleted",
  "businessHours.portalsAssigned",
  "holidaySet.created",
  "holidaySet.updated",
  "holidaySet.deleted",
  "holidaySet.portalsAssigned",
  "dashboard.monitorAdded",
  "dashboard.monitorChanged",
  "dashboard.monitorRemoved",
  "dashboard.sharedMonitorClosed",
  "mail.retried",
  "mail.discarded",
  "mail.test_queued",
  "manager.created",
  "manager.updated",
  "manager.disabled",
  "manager.enabled",
  "manager.deleted",
  "manager.signedOutByManager",
  "monthlyReport.created",
  "monthlyReport.deleted",
  "monthlyReport.downloaded",
  "monthlyReport.skipped",
  "password_reset.requested",
  "password_reset.completed",
  "portal.created",
  "portal.updated",
  "portal.deleted",
  "portal.waiting_requests_cancelled",
  "subPortal.created",
  "subPortal.updated",
  "subPortal.deleted",
  "recordingPassphrase.set",
  "recordingPassphrase.changed",
  "recordingPassphrase.removed",
  "request.cancelledByManager",
  "reportDelivery.scheduled",
  "reportDelivery.changed",
  "reportDelivery.paused",
  "reportDelivery.resumed",
  "reportDelivery.ended",
  "reportDelivery.stopped",
  "sessionView.opened",
  "sessionView.closed",
  "sessionInformation.viewed",
  "sessionInformation.fileDownloaded",
  "sessionInformation.exported",
  "sessionInformation.recordingReplayed",
  "sessionInformation.recordingExported",
  "team.created",
  "team.updated",
  "team.deleted",
  "team.portalsChanged",
  "user.settings_updated",
  "user.password_reset_by_admin",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The areas, in the catalog's order: what "Art der Änderung" offers. */
export const AUDIT_AREAS = [
  ...new Set(AUDIT_ACTIONS.map((action) => action.split(".")[0]! as AuditArea)),
] as readonly AuditArea[];

/** An area: what an action's name has before its dot ("agent" of "agent.moved"). */
export type AuditArea = AuditAction extends `${infer Area}.${string}` ? Area : never;

/** What an entry is about ("Objekt"). */
export const AUDIT_OBJECT_TYPES = [
  "user",
  "team",
  "portal",
  "subPortal",
  "businessHoursSet",
  "holidaySet",
  "supportRequest",
  "supportSession",
  "dashboardMonitor",
  "savedReport",
  "monthlyReport",
  "email",
  "login",
  "account",
  "apiToken",
] as const;

export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
