import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors/domain-errors";
import { parseReportParams } from "./report-params";

const errorsOf = (input: Record<string, unknown>) => {
  try {
    parseReportParams(input);
    return null;
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
};

describe("parseReportParams", () => {
  it("reads a form: empty filters are 'all', the grouping defaults to none", () => {
    expect(parseReportParams({ type: "summary", period: "last7Days", portalId: "", teamId: " t1 " })).toEqual({
      type: "summary",
      period: { kind: "last7Days" },
      portalId: null,
      subPortalId: null,
      teamId: "t1",
      agentId: null,
      grouping: "none",
    });
    expect(
      parseReportParams({
        type: "summary",
        period: "custom",
        startDate: "2026-11-01",
        endDate: "2026-11-30",
        grouping: "day",
      }),
    ).toMatchObject({ period: { kind: "custom", startDate: "2026-11-01", endDate: "2026-11-30" }, grouping: "day" });
  });

  it("names each field that is missing or not one of the choices", () => {
    expect(errorsOf({})).toEqual({ type: "reportTypeRequired", period: "reportPeriodRequired" });
    expect(errorsOf({ type: "everything", period: "forever", grouping: "moon" })).toEqual({
      type: "reportTypeRequired",
      period: "reportPeriodRequired",
      grouping: "reportGroupingUnknown",
    });
    expect(errorsOf({ type: "summary", period: "custom" })).toEqual({
      startDate: "reportStartDateRequired",
      endDate: "reportEndDateRequired",
    });
    expect(errorsOf({ type: "summary", period: "today", teamId: "x".repeat(101) })).toEqual({ teamId: "tooLong" });
  });

  it("refuses a grouping the report type does not have", () => {
    expect(errorsOf({ type: "sessionDetails", period: "today", grouping: "day" })).toEqual({
      grouping: "reportGroupingNotForType",
    });
    expect(errorsOf({ type: "agentPerformance", period: "today", grouping: "agent" })).toEqual({
      grouping: "reportGroupingNotForType",
    });
    expect(errorsOf({ type: "signInActivity", period: "today", grouping: "week" })).toBeNull();
  });

  it("takes nothing but strings for its fields", () => {
    expect(errorsOf({ type: ["summary"], period: "today" })).toEqual({ type: "reportTypeRequired" });
    expect(errorsOf({ type: "summary", period: "today", agentId: 42 })).toEqual({ agentId: "reportFilterInvalid" });
    expect(errorsOf({ type: "summary", period: "custom", startDate: ["2026-11-01"], endDate: "2026-11-02" })).toEqual({
      startDate: "reportDateInvalid",
    });
  });
});
