import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { translatorFor } from "@/lib/i18n/messages";
import { csvExport, type ExportColumn } from "@/lib/reports/export";
import { exportFileName } from "@/lib/reports/export-file-name";
import { isAuditAction } from "./audit-catalog";
import type { AuditFilter } from "./audit-filter";
import { type AuditEntryRow, auditEntriesForExport } from "./audit-log";

/**
 * "Als CSV herunterladen": every entry of the filter, in the viewer's language and clock, as a file
 * that opens as a table in Excel and LibreOffice (UTF-8 with BOM; ";" in German, "," in English).
 * Objects are their type and id — names would need a lookup per row, and the id is what stays.
 */
export async function auditCsv(actor: Principal, filter: AuditFilter) {
  const t = translatorFor(actor.language, "AuditLog");
  const rows = await auditEntriesForExport(actor, filter);
  const columns: ExportColumn<AuditEntryRow>[] = [
    { header: t("time"), kind: "dateTime", value: (row) => row.at },
    { header: t("actorColumn"), kind: "text", value: (row) => row.actorLabel },
    {
      header: t("action"),
      kind: "text",
      value: (row) => (isAuditAction(row.action) ? t(`actions.${row.action}`) : row.action),
    },
    { header: t("objectType"), kind: "text", value: (row) => row.targetType },
    { header: "ID", kind: "text", value: (row) => row.targetId },
    { header: t("ip"), kind: "text", value: (row) => row.ip },
    { header: t("userAgent"), kind: "text", value: (row) => row.userAgent },
    { header: t("details"), kind: "text", value: (row) => JSON.stringify(row.summary) },
  ];
  return {
    body: csvExport(columns, rows, { locale: actor.language, timeZone: actor.timeZone }),
    disposition: exportFileName(t("title"), "csv"),
  };
}
