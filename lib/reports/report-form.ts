import { ValidationError } from "@/lib/errors/domain-errors";
import { text } from "@/lib/forms/form-state";
import { parseReportParams, type ReportParams } from "./report-params";

/**
 * The form's one "Portal" list holds whole portals and their sub-portals ("portal:<id>",
 * "subPortal:<id>"), so it works without JavaScript; the report's parameters keep them apart.
 * Anything else in that field is "choose from the list".
 */
export function reportParamsFromForm(formData: FormData): ReportParams {
  const portal = text(formData, "portal");
  const [, kind, id] = /^(portal|subPortal):(.+)$/.exec(portal) ?? [];
  if (portal && !kind) throw new ValidationError({ portalId: "reportFilterInvalid" });
  const field = (name: string) => text(formData, name);
  return parseReportParams({
    type: field("type"),
    period: field("period"),
    startDate: field("startDate"),
    endDate: field("endDate"),
    portalId: kind === "portal" ? id : "",
    subPortalId: kind === "subPortal" ? id : "",
    teamId: field("teamId"),
    agentId: field("agentId"),
    grouping: field("grouping") || undefined,
  });
}

/** The form's fields for a report's parameters (a generated or a saved report), and a name. */
export function reportFormValues(params: ReportParams | null, name = "") {
  return {
    type: params?.type ?? "summary",
    period: params?.period.kind ?? "last7Days",
    startDate: params?.period.kind === "custom" ? params.period.startDate : "",
    endDate: params?.period.kind === "custom" ? params.period.endDate : "",
    portal: params?.subPortalId
      ? `subPortal:${params.subPortalId}`
      : params?.portalId
        ? `portal:${params.portalId}`
        : "",
    teamId: params?.teamId ?? "",
    agentId: params?.agentId ?? "",
    grouping: params?.grouping ?? "none",
    name,
  };
}
