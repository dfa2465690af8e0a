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

/** What every count of one report shares: where its links lead from, whether they lead anywhere, how it counts. */
export type CountLinks = { params: ReportParams; linked: boolean; count: (value: number) => string };

/** A table cell with a count (right-aligned, as numbers are) that leads to the rows it counts. */
export function CountCell({
  links,
  figure,
  group,
  value,
}: {
  links: CountLinks;
  figure: DrillFigure;
  group?: DrillGroup | null;
  value: number;
}) {
  return (
    <td className="number">
      <FigureLink
        linked={links.linked}
        params={links.params}
        figure={figure}
        group={group}
        value={value}
        text={links.count(value)}
      />
    </td>
  );
}
