import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/shell/ScrollRegion";
import type { SessionDetailRow } from "@/lib/reports/session-details";
import { reportFormat } from "@/lib/reports/report-format";

/**
 * Rows of sessions — Sitzungsdetails and every drill-down into sessions — with the names as they
 * were, times in the viewer's clock, and "Weitere Sitzungen" while more follow.
 */
export async function SessionDetailsTable({
  caption,
  rows,
  nextHref,
  sessionHref,
}: {
  caption: string;
  rows: SessionDetailRow[];
  nextHref: string | null;
  /** A session's page in Sitzungsinformationen, for the rows the viewer may open there. */
  sessionHref: (row: SessionDetailRow) => string | null;
}) {
  const t = await getTranslations("Reports");
  const f = reportFormat(await getFormatter(), t);
  if (rows.length === 0) return <p className="empty-state">{t("noSessions")}</p>;
  const outcome = (row: SessionDetailRow) =>
    row.outcome ? t(`outcomes.${row.outcome}`) : row.endedAt ? t("outcomes.unknown") : t("running");
  return (
    <>
      <ScrollTable caption={caption} className="table report-table">
        <thead>
          <tr>
            {(
              [
                "number",
                "startedAt",
                "portal",
                "subPortal",
                "team",
                "agent",
                "customer",
                "waited",
                "duration",
                "outcome",
                "notes",
                "customerRating",
                "agentRating",
              ] as const
            ).map((column) => (
              <th key={column} scope="col">
                {t(`columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="session-number">
                <SessionNumber number={row.number} href={sessionHref(row)} />
              </th>
              <td>{f.dateTime(row.startedAt)}</td>
              <td>{row.portalName}</td>
              <td>{row.subPortalName}</td>
              <td>{row.teamName || t("noTeam")}</td>
              <td>{row.agentName}</td>
              <td>{row.customerName || t("noCustomerName")}</td>
              <td className="number">{f.duration(row.waitedMs)}</td>
              <td className="number">{f.duration(row.durationMs)}</td>
              <td>{outcome(row)}</td>
              <td className="pre-line">{row.notes}</td>
              <td className="number">{row.customerRating ?? "–"}</td>
              <td className="number">{row.agentRating ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {nextHref ? (
        <p>
          <a href={nextHref}>{t("moreSessions")}</a>
        </p>
      ) : null}
    </>
  );
}

function SessionNumber({ number, href }: { number: string; href: string | null }) {
  return href ? <Link href={href}>{number}</Link> : number;
}
