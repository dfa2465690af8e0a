import { currentPrincipal } from "@/lib/auth/session";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { csvExport, xlsxExport } from "@/lib/reports/export";
import { exportFileName } from "@/lib/reports/export-file-name";
import { exportTable } from "@/lib/reports/export-tables";
import { parseReportParams } from "@/lib/reports/report-params";
import { reportFieldsOf } from "@/lib/reports/report-query";

const TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/**
 * "Als CSV / Excel-Datei herunterladen": the report the address asks for, as a file that streams
 * while it is written. The same checks as the page: signed in, reports of this type, filters within
 * the viewer's scope (else 404), a valid Zeitraum within the 90 kept days (else 400 — the page
 * says why; a download link always comes from a report the page could show).
 */
export async function GET(request: Request) {
  const actor = await currentPrincipal("manager");
  if (!actor || actor.mustChangePassword) return new Response(null, { status: 401 });
  const query = new URL(request.url).searchParams;
  const format = query.get("format");
  if (format !== "csv" && format !== "xlsx") return new Response(null, { status: 404 });
  try {
    const params = parseReportParams(reportFieldsOf((name) => query.get(name) ?? undefined));
    const table = await exportTable(actor, params);
    const options = { locale: actor.language, timeZone: actor.timeZone };
    const body =
      format === "csv"
        ? csvExport(table.columns, table.rows, options)
        : xlsxExport(table.title, table.columns, table.rows, options);
    return new Response(body, {
      headers: {
        "content-type": TYPES[format],
        "content-disposition": exportFileName(table.title, format),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    if (error instanceof ValidationError) return new Response(null, { status: 400 });
    throw error;
  }
}
