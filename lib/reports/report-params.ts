import { z } from "zod";
import { ValidationError } from "@/lib/errors/domain-errors";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { PERIODS, type PeriodChoice } from "./period";
import { TIME_GROUPINGS } from "./time-buckets";

/** The manual's report types (chapter 5), in its order. */
export const REPORT_TYPES = [
  "summary",
  "sessionDetails",
  "agentPerformance",
  "customerSurvey",
  "agentSurvey",
  "signInActivity",
  "portalsAndQueues",
] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export const GROUPINGS = ["none", ...TIME_GROUPINGS, "agent", "team", "portal"] as const;
export type Grouping = (typeof GROUPINGS)[number];

/**
 * Which groupings make sense for which report: a list of sessions is not grouped; Mitarbeiterleistung
 * is one row per agent already; the surveys split by who and where; sign-ins and the portal report
 * (per portal and sub-portal already) split by time.
 */
export const GROUPINGS_OF: Record<ReportType, readonly Grouping[]> = {
  summary: GROUPINGS,
  sessionDetails: ["none"],
  agentPerformance: ["none"],
  customerSurvey: ["none", "agent", "team", "portal"],
  agentSurvey: ["none", "agent", "team", "portal"],
  signInActivity: ["none", ...TIME_GROUPINGS],
  portalsAndQueues: ["none", ...TIME_GROUPINGS],
};

/** What a report is asked for: the form's fields (and a saved report's) after parsing. */
export type ReportParams = {
  type: ReportType;
  period: PeriodChoice;
  /** Narrowing filters; null for "all I may see". A team includes its sub-teams. */
  portalId: string | null;
  subPortalId: string | null;
  teamId: string | null;
  agentId: string | null;
  grouping: Grouping;
};

/** A filter's id from a drop-down ("" for all): checked against the viewer's scope when the report runs. */
export const optionalFilterId = z
  .string({ error: "reportFilterInvalid" })
  .trim()
  .max(100, "tooLong")
  .optional()
  .transform((value) => (value ? value : null));

const schema = z
  .object({
    type: z.enum(REPORT_TYPES, { error: "reportTypeRequired" }),
    period: z.enum(PERIODS, { error: "reportPeriodRequired" }),
    startDate: z.string({ error: "reportDateInvalid" }).trim().max(20, "reportDateInvalid").optional(),
    endDate: z.string({ error: "reportDateInvalid" }).trim().max(20, "reportDateInvalid").optional(),
    portalId: optionalFilterId,
    subPortalId: optionalFilterId,
    teamId: optionalFilterId,
    agentId: optionalFilterId,
    grouping: z
      .enum(GROUPINGS, { error: "reportGroupingUnknown" })
      .optional()
      .transform((value) => value ?? "none"),
  })
  .superRefine((value, context) => {
    if (value.period === "custom") {
      if (!value.startDate)
        context.addIssue({ code: "custom", path: ["startDate"], message: "reportStartDateRequired" });
      if (!value.endDate) context.addIssue({ code: "custom", path: ["endDate"], message: "reportEndDateRequired" });
    }
    if (!GROUPINGS_OF[value.type].includes(value.grouping))
      context.addIssue({ code: "custom", path: ["grouping"], message: "reportGroupingNotForType" });
  });

/**
 * A report's parameters from what the browser sent (a form, a saved report's query): every field is
 * user input. Bad input is a ValidationError naming each field; the period's own checks (a real
 * day, not before the 90 kept days) follow when the report runs (resolvePeriod), and the filters
 * are checked against the viewer's scope by the report itself.
 */
export function parseReportParams(input: Record<string, unknown>): ReportParams {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const { type, period, startDate, endDate, portalId, subPortalId, teamId, agentId, grouping } = parsed.data;
  return {
    type,
    period: period === "custom" ? { kind: "custom", startDate: startDate!, endDate: endDate! } : { kind: period },
    portalId,
    subPortalId,
    teamId,
    agentId,
    grouping,
  };
}
