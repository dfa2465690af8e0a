import { auditCsvResponse } from "@/lib/audit/audit-export-response";

/** "Als CSV herunterladen" of the Protokoll's filter (Admin Center). */
export async function GET(request: Request) {
  return auditCsvResponse("admin", request);
}
