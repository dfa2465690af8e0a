import { auditCsvResponse } from "@/lib/audit/audit-export-response";

/** "Als CSV herunterladen" of the Protokoll's filter (Management Center). */
export async function GET(request: Request) {
  return auditCsvResponse("manager", request);
}
