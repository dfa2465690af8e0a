import { type DrillFigure, type DrillGroup, drillHref } from "@/lib/reports/drill-figures";
import type { ReportParams } from "@/lib/reports/report-params";

/**
 * A count that leads to the rows it counts; zero has none to show and stays plain text, and so does
 * every count of a kept monthly report (`linked` false: its rows may be gone). A plain link, not
 * next/link: a report has hundreds of them, and prefetching each would run every drill-down.
 */
export function FigureLink({
  params,
  figure,
  group,
  value,
  text,
  linked = true,
}: {
  params: ReportParams;
  figure: DrillFigure;
  group?: DrillGroup | null;
  value: number;
  text: string;
  linked?: boolean;
}) {
  if (value === 0 || !linked) return <>{text}</>;
  return <a href={drillHref(params, figure, group)}>{text}</a>;
}
