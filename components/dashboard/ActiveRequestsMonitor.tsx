import type { ActiveRequestRow } from "@/lib/dashboard/active-requests-monitor";
import { durationFormatter } from "./Duration";
import { MonitorTable, type MonitorProps } from "./MonitorTable";

/** Aktive Anfragen: waiting requests and running sessions; Anzeigen opens the Sitzungseinsicht. */
export function ActiveRequestsMonitor({ rows, now, i18n }: MonitorProps<ActiveRequestRow>) {
  const { t } = i18n;
  const duration = durationFormatter(i18n);
  return (
    <MonitorTable
      caption={t("activeRequests.caption")}
      columns={[
        t("activeRequests.number"),
        t("activeRequests.customer"),
        t("activeRequests.portal"),
        t("activeRequests.team"),
        t("activeRequests.agent"),
        t("activeRequests.state"),
        t("activeRequests.time"),
        { hidden: t("activeRequests.view") },
      ]}
      empty={rows.length ? null : t("activeRequests.empty")}
    >
      {rows.map((row) => (
        <tr key={row.key}>
          <td>{row.number ?? "–"}</td>
          <th scope="row">{row.customerName || t("noName")}</th>
          <td>
            {row.portalName} › {row.subPortalName}
          </td>
          <td>{row.teamName ?? "–"}</td>
          <td>{row.agentName ?? "–"}</td>
          <td>{t(`activeRequests.states.${row.state}`)}</td>
          <td>{duration(row.since, now)}</td>
          <td>
            {row.viewSessionId ? (
              <a
                href={`/manager/sessions/${row.viewSessionId}/view`}
                aria-label={t("activeRequests.viewLabel", { number: row.number ?? "" })}
              >
                <span aria-hidden="true">👁 </span>
                {t("activeRequests.view")}
              </a>
            ) : null}
          </td>
        </tr>
      ))}
    </MonitorTable>
  );
}
