import { z } from "zod";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { DRILL_FIGURES, type DrillFigure, type DrillGroup } from "./drill-figures";
import { GROUPINGS, parseReportParams, type ReportParams } from "./report-params";
import { reportFieldsOf } from "./report-query";

const drillSchema = z.object({
  figure: z.enum(DRILL_FIGURES),
  by: z.enum(GROUPINGS.filter((g) => g !== "none") as [Exclude<(typeof GROUPINGS)[number], "none">]).optional(),
  group: z.string().min(1).max(100).optional(),
});

/**
 * A drill-down's address: the report's parameters, the figure and optionally the group. It is user
 * input like any address; what does not parse is "not found" (a drill-down has no form to correct).
 */
export function parseDrillQuery(get: (name: string) => string | undefined): {
  params: ReportParams;
  figure: DrillFigure;
  group: DrillGroup | null;
} {
  const params = parseReportParams(reportFieldsOf(get));
  const drill = drillSchema.safeParse({ figure: get("figure"), by: get("by"), group: get("group") });
  if (!drill.success || Boolean(drill.data.by) !== Boolean(drill.data.group)) throw new NotFoundError("figure");
  const { figure, by, group } = drill.data;
  return { params, figure, group: by && group ? { by, key: group } : null };
}
