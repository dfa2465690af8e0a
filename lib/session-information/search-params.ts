import { z } from "zod";
import { ValidationError } from "@/lib/errors/domain-errors";
import { PERIODS, type PeriodChoice } from "@/lib/reports/period";
import { optionalFilterId } from "@/lib/reports/report-params";
import { fieldErrorsOf } from "@/lib/validation/fields";

export const OUTCOME_FILTERS = ["resolved", "unresolved", "unknown", "none"] as const;
export type OutcomeFilter = (typeof OUTCOME_FILTERS)[number];

/** The list's orders: by start (newest first, the default) or by duration. */
export const SESSION_SORTS = ["newest", "oldest", "longest", "shortest"] as const;
export type SessionSort = (typeof SESSION_SORTS)[number];

/**
 * A search of Sitzungsinformationen (manual chapter 6): either a Sitzungs-ID, or the drop-downs —
 * Zeitraum, portal › sub-portal, team (with its sub-teams), agent — and an outcome. A number
 * finds that one session whatever the drop-downs say, as the manual has it ("entweder … oder").
 */
export type SessionSearch =
  | { kind: "number"; number: string; sort: SessionSort }
  | {
      kind: "filters";
      period: PeriodChoice;
      portalId: string | null;
      subPortalId: string | null;
      teamId: string | null;
      agentId: string | null;
      outcome: OutcomeFilter | null;
      sort: SessionSort;
    };

const schema = z
  .object({
    number: z
      .string({ error: "sessionNumberInvalid" })
      .trim()
      .optional()
      .transform((value) => value?.replace(/\s+/g, "") || null)
      .refine((value) => value === null || /^\d{9}$/.test(value), "sessionNumberInvalid"),
    period: z
      .enum(PERIODS, { error: "reportPeriodRequired" })
      .optional()
      .transform((value) => value ?? "last7Days"),
    startDate: z.string({ error: "reportDateInvalid" }).trim().max(20, "reportDateInvalid").optional(),
    endDate: z.string({ error: "reportDateInvalid" }).trim().max(20, "reportDateInvalid").optional(),
    portal: z
      .string({ error: "reportFilterInvalid" })
      .trim()
      .max(120, "tooLong")
      .optional()
      .refine((value) => !value || /^(portal|subPortal):.+$/.test(value), "reportFilterInvalid"),
    teamId: optionalFilterId,
    agentId: optionalFilterId,
    outcome: z
      .union([z.literal(""), z.enum(OUTCOME_FILTERS)], { error: "sessionOutcomeUnknown" })
      .optional()
      .transform((value) => value || null),
    sort: z
      .enum(SESSION_SORTS, { error: "sessionSortUnknown" })
      .optional()
      .transform((value) => value ?? "newest"),
  })
  .superRefine((value, context) => {
    if (value.number === null && value.period === "custom") {
      if (!value.startDate)
        context.addIssue({ code: "custom", path: ["startDate"], message: "reportStartDateRequired" });
      if (!value.endDate) context.addIssue({ code: "custom", path: ["endDate"], message: "reportEndDateRequired" });
    }
  });

/** The search's fields as an address or the form sends them: every one is user input. */
export type SessionSearchFields = Partial<Record<(typeof SEARCH_FIELDS)[number], string>>;
export const SEARCH_FIELDS = [
  "number",
  "period",
  "startDate",
  "endDate",
  "portal",
  "teamId",
  "agentId",
  "outcome",
  "sort",
] as const;

/**
 * Parses a search; bad input is a ValidationError naming each field. The period's own checks (real
 * days, end not before start) follow when the search runs; the filters are checked against the
 * viewer's scope there too.
 */
export function parseSessionSearch(fields: SessionSearchFields): SessionSearch {
  const parsed = schema.safeParse(fields);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const { number, period, startDate, endDate, portal, teamId, agentId, outcome, sort } = parsed.data;
  if (number !== null) return { kind: "number", number, sort };
  const [, kind, id] = /^(portal|subPortal):(.+)$/.exec(portal ?? "") ?? [];
  return {
    kind: "filters",
    period: period === "custom" ? { kind: "custom", startDate: startDate!, endDate: endDate! } : { kind: period },
    portalId: kind === "portal" ? id! : null,
    subPortalId: kind === "subPortal" ? id! : null,
    teamId,
    agentId,
    outcome,
    sort,
  };
}

/** The address of a search (and of its other orders and pages): only the fields that say something. */
export function searchQuery(fields: SessionSearchFields, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  for (const name of SEARCH_FIELDS) {
    const value = fields[name];
    if (value) query.set(name, value);
  }
  for (const [name, value] of Object.entries(extra)) query.set(name, value);
  return query.toString();
}
