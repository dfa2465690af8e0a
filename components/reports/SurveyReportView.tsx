import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/shell/ScrollRegion";
import type { DrillFigure } from "@/lib/reports/drill-figures";
import type { ReportParams } from "@/lib/reports/report-params";
import { reportFormat } from "@/lib/reports/report-format";
import type { SurveyCommentRow, SurveyFigures, SurveyReport } from "@/lib/reports/surveys";
import { BarChart } from "./BarChart";
import { CountCell } from "./FigureLink";
import { ReportHead } from "./ReportHead";

const RATINGS = [1, 2, 3, 4, 5] as const;

/**
 * Kundenumfrage / Mitarbeiterumfrage: how many gave each rating (a chart and a table whose counts
 * lead to the sessions), the average, per agent, team or portal if grouped, and the comments.
 */
export async function SurveyReportView({
  params,
  report,
  comments,
  moreComments,
  drillDown = true,
}: {
  params: ReportParams;
  report: SurveyReport;
  /** Null: the comments are not kept (a monthly report); the page says why. */
  comments: SurveyCommentRow[] | null;
  moreComments: boolean;
  /** False for a kept monthly report: its counts lead nowhere (the rows behind them may be gone). */
  drillDown?: boolean;
}) {
  const t = await getTranslations("Reports");
  const f = reportFormat(await getFormatter(), t);
  const links = { params, linked: drillDown, count: f.count };
  const side = params.type === "customerSurvey" ? "customer" : "agent";
  const ratingFigure = (rating: number) => `${side}Rating${rating}` as DrillFigure;
  const by =
    params.grouping === "agent" || params.grouping === "team" || params.grouping === "portal" ? params.grouping : null;
  const cells = (figures: SurveyFigures, key: string | null) => (
    <>
      <CountCell links={links} figure="ended" group={by && key ? { by, key } : null} value={figures.sessionsEnded} />
      <CountCell
        links={links}
        figure={`${side}Rated`}
        group={by && key ? { by, key } : null}
        value={figures.answered}
      />
      {RATINGS.map((rating) => (
        <CountCell
          key={rating}
          links={links}
          figure={ratingFigure(rating)}
          group={by && key ? { by, key } : null}
          value={figures.distribution[rating - 1] ?? 0}
        />
      ))}
      <td className="number">{f.rating(figures.average)}</td>
    </>
  );
  const bars = RATINGS.map((rating) => ({
    label: t("survey.rating", { rating }),
    value: report.overall.distribution[rating - 1] ?? 0,
  }));
  return (
    <>
      <BarChart
        title={t("charts.ratings")}
        bars={bars}
        formatValue={f.count}
        summary={bars.map((bar) => `${bar.label}: ${f.count(bar.value)}`).join("; ")}
        empty={t("noGroups")}
      />
      <ScrollTable caption={t(`types.${params.type}`)} className="table report-table">
        <ReportHead
          first={by ? t(`groupings.${by}`) : t("period")}
          figures={[
            t("survey.sessionsEnded"),
            t("survey.answered"),
            ...RATINGS.map((rating) => t("survey.rating", { rating })),
            t("survey.average"),
          ]}
        />
        <tbody>
          {report.groups.map((group) => (
            <tr key={group.key}>
              <th scope="row">{group.label}</th>
              {cells(group.figures, group.key)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("total")}</th>
            {cells(report.overall, null)}
          </tr>
        </tfoot>
      </ScrollTable>
      {comments === null ? null : (
        <>
          <h3>{t("survey.comments")}</h3>
          {comments.length === 0 ? (
            <p className="empty-state">{t("survey.noComments")}</p>
          ) : (
            <ul className="stack">
              {comments.map((comment) => (
                <li key={comment.sessionId}>
                  <p className="muted">
                    {t("survey.commentBy", {
                      number: comment.number,
                      time: f.dateTime(comment.endedAt),
                      agent: comment.agentName,
                      rating: comment.rating === null ? "–" : String(comment.rating),
                    })}
                  </p>
                  <p className="pre-line">{comment.comment}</p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {moreComments ? <p>{t("survey.moreComments")}</p> : null}
    </>
  );
}
