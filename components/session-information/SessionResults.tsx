import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/shell/ScrollRegion";
import { reportFormat } from "@/lib/reports/report-format";
import type { SessionSort } from "@/lib/session-information/search-params";
import { COUNT_LIMIT, type SessionListRow } from "@/lib/session-information/search";
import { sessionInformationPath } from "@/lib/session-information/paths";

/**
 * The search's results: one row per ended session, names as they were, times on the viewer's clock;
 * Beginn and Dauer sort by a click (links: they work without JavaScript); what there is to look at
 * — transcript, diagnostics, files — or the manual's "Daten nicht verfügbar" once it is forgotten.
 */
export async function SessionResults({
  rows,
  count,
  sort,
  sortHref,
  nextHref,
  firstHref,
  retentionDays,
}: {
  rows: SessionListRow[];
  count: number;
  sort: SessionSort;
  /** The same search in another order. */
  sortHref: (sort: SessionSort) => string;
  nextHref: string | null;
  /** Set on a later page: back to the first. */
  firstHref: string | null;
  retentionDays: number;
}) {
  const t = await getTranslations("SessionInformation");
  const tr = await getTranslations("Reports");
  const format = await getFormatter();
  const f = reportFormat(format, tr);
  const caption = t("results");
  return (
    <section aria-labelledby="results-heading" className="stack">
      <h2 id="results-heading">{caption}</h2>
      <p role="status">{count > COUNT_LIMIT ? t("countMore", { count: COUNT_LIMIT }) : t("count", { count })}</p>
      {rows.length === 0 ? (
        <p className="empty-state">{t("noResults")}</p>
      ) : (
        <ScrollTable caption={caption} className="table report-table">
          <thead>
            <tr>
              <th scope="col">{t("columns.number")}</th>
              <SortableHeader
                label={t("columns.startedAt")}
                sort={sort}
                orders={["newest", "oldest"]}
                sortHref={sortHref}
              />
              <th scope="col">{t("columns.portal")}</th>
              <th scope="col">{t("columns.team")}</th>
              <th scope="col">{t("columns.agent")}</th>
              <th scope="col">{t("columns.customer")}</th>
              <SortableHeader
                label={t("columns.duration")}
                sort={sort}
                orders={["longest", "shortest"]}
                sortHref={sortHref}
              />
              <th scope="col">{t("columns.outcome")}</th>
              <th scope="col">{t("columns.rating")}</th>
              <th scope="col">{t("columns.content")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const page = sessionInformationPath(row.number);
              return (
                <tr key={row.id}>
                  <th scope="row" className="session-number">
                    <Link href={page}>{row.number}</Link>
                  </th>
                  <td>{f.dateTime(row.startedAt)}</td>
                  <td>{`${row.portalName} › ${row.subPortalName}`}</td>
                  <td>{row.teamName || t("noTeam")}</td>
                  <td>{row.agentName}</td>
                  <td>{row.customerName || t("noCustomerName")}</td>
                  <td className="number">{f.duration(row.durationMs)}</td>
                  <td>{row.outcome ? tr(`outcomes.${row.outcome}`) : t("noOutcome")}</td>
                  <td className="number">{row.customerRating ?? "–"}</td>
                  <td>
                    {row.purged ? (
                      <span title={t("purged", { days: retentionDays })}>
                        {t("notAvailable")}
                        <span className="sr-only">{` – ${t("purged", { days: retentionDays })}`}</span>
                      </span>
                    ) : (
                      <ul className="inline-list">
                        <li>
                          <Link href={`${page}#transcript`}>{t("transcript")}</Link>
                        </li>
                        {row.hasDiagnostics ? (
                          <li>
                            <Link href={`${page}#diagnostics`}>{t("diagnostics")}</Link>
                          </li>
                        ) : null}
                        {row.fileCount > 0 ? (
                          <li>
                            <Link href={`${page}#files`}>{t("files", { count: row.fileCount })}</Link>
                          </li>
                        ) : null}
                        {row.recordingCount > 0 ? (
                          <li>
                            <Link href={`${page}#recordings`}>
                              {t("recordingsLink", { count: row.recordingCount })}
                            </Link>
                          </li>
                        ) : null}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      )}
      {nextHref || firstHref ? (
        <p className="actions">
          {firstHref ? <Link href={firstHref}>{t("firstPage")}</Link> : null}
          {nextHref ? <Link href={nextHref}>{t("moreResults")}</Link> : null}
        </p>
      ) : null}
    </section>
  );
}

/**
 * A column the list sorts by: its heading is a link to the other direction (or to the first, when
 * the list is sorted by another column), and aria-sort says how it is sorted now.
 */
async function SortableHeader({
  label,
  sort,
  orders,
  sortHref,
}: {
  label: string;
  sort: SessionSort;
  /** The column's two orders: [descending, ascending]. */
  orders: [SessionSort, SessionSort];
  sortHref: (sort: SessionSort) => string;
}) {
  const t = await getTranslations("SessionInformation");
  const [descending, ascending] = orders;
  const current = sort === descending ? "descending" : sort === ascending ? "ascending" : undefined;
  const next = sort === descending ? ascending : descending;
  return (
    <th scope="col" aria-sort={current}>
      <Link href={sortHref(next)}>
        {label}
        <span aria-hidden="true">{current === "descending" ? " ▼" : current === "ascending" ? " ▲" : ""}</span>
        <span className="sr-only">{` – ${t(`sorts.${next}`)}`}</span>
      </Link>
    </th>
  );
}
