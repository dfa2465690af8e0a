import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActivityRowsTable } from "@/components/reports/ActivityRowsTable";
import { SessionDetailsTable } from "@/components/reports/SessionDetailsReport";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { type DrillResult, drillDown } from "@/lib/reports/drill-down";
import { parseDrillQuery } from "@/lib/reports/drill-query";
import { type DrillGroup, drillHref } from "@/lib/reports/drill-figures";
import { type ReportFormat, reportFormat } from "@/lib/reports/report-format";
import { reportHref } from "@/lib/reports/report-query";
import { cursorOf, cursorParam } from "@/lib/reports/session-cursor";
import { sessionInformationLinks } from "@/lib/session-information/session-links";

/**
 * The rows behind a figure of a report (drill-down): the sessions or requests it counted, as many
 * as the figure says, a page at a time, with the way back to the report.
 */
export default async function ReportDetailsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePrincipal("manager");
  const query = await searchParams;
  const get = (name: string) => firstParam(query[name]);
  const drill = await orNotFound(parsed(() => parseDrillQuery(get)));
  const result = await orNotFound(
    drillDown(actor, drill.params, drill.figure, drill.group, {
      after: cursorOf(get("after")),
      afterId: Number(get("afterId")) || 0,
    }).catch((error: unknown) => {
      // A Zeitraum that was fine when the report ran may be too old by now: nothing to show.
      throw error instanceof ValidationError ? new NotFoundError("report") : error;
    }),
  );
  const t = await getTranslations("Reports");
  const title = t("detailsTitle", { figure: t(`drill.${drill.figure}`) });
  const groupLabel = drill.group ? labelOfGroup(drill.group, result, reportFormat(await getFormatter(), t)) : null;
  const nextHref = (extra: Record<string, string>) =>
    `${drillHref(drill.params, drill.figure, drill.group)}&${new URLSearchParams(extra)}`;
  return (
    <div className="stack min-w-0">
      <p className="breadcrumb">
        <Link href={reportHref(drill.params)}>{t("backToReport", { report: t(`types.${drill.params.type}`) })}</Link>
      </p>
      <h1>{title}</h1>
      {groupLabel ? (
        <p>{t("detailsGroup", { grouping: t(`groupings.${drill.group!.by}`), group: groupLabel })}</p>
      ) : null}
      {result.kind === "sessions" ? (
        <SessionDetailsTable
          caption={title}
          rows={result.rows}
          nextHref={result.next ? nextHref({ after: cursorParam(result.next) }) : null}
          sessionHref={await sessionInformationLinks(actor)}
        />
      ) : (
        <ActivityRowsTable
          caption={title}
          figure={drill.figure}
          rows={result.rows}
          nextHref={result.nextAfterId ? nextHref({ afterId: String(result.nextAfterId) }) : null}
        />
      )}
    </div>
  );
}

/** A time group by its label ("Mo., 02.11.2026"); an agent, team or portal by the name its rows carry. */
function labelOfGroup(group: DrillGroup, result: DrillResult, format: ReportFormat): string | null {
  const first = result.rows[0];
  switch (group.by) {
    case "agent":
      return first?.agentName ?? null;
    case "team":
      return first && "teamName" in first ? first.teamName : null;
    case "portal":
      return first?.portalName ?? null;
    default:
      return format.groupLabel(group.by, group.key, group.key);
  }
}

async function parsed<T>(parse: () => T): Promise<T> {
  try {
    return parse();
  } catch (error) {
    throw error instanceof ValidationError ? new NotFoundError("report") : error;
  }
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const t = await getTranslations("Reports");
  try {
    const { figure } = parseDrillQuery((name) => firstParam(query[name]));
    return { title: t("detailsTitle", { figure: t(`drill.${figure}`) }) };
  } catch {
    return { title: (await getTranslations("NotFound"))("title") };
  }
}
