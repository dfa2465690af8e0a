import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MonitorTable } from "./MonitorTable";
import type { ActiveRequestRow } from "@/lib/dashboard/active-requests-monitor";
import { durationFormatter } from "./Duration";

/** Aktive Anfragen: waiting requests and running sessions; Anzeigen opens the Sitzungseinsicht. */
export async function ActiveRequestsMonitor({ rows, now }: { rows: ActiveRequestRow[]; now: Date }) {
  const t = await getTranslations("Dashboard.activeRequests");
  const duration = await durationFormatter();
  const noName = (await getTranslations("Dashboard"))("noName");
  return (
    <MonitorTable
      caption={t("caption")}
      columns={[
        t("number"),
        t("customer"),
        t("portal"),
        t("team"),
        t("agent"),
        t("state"),
        t("time"),
        { hidden: t("view") },
      ]}
      empty={rows.length ? null : t("empty")}
    >
      {rows.map((row) => (
        <tr key={row.key}>
          <td>{row.number ?? "–"}</td>
          <th scope="row">{row.customerName || noName}</th>
          <td>
            {row.portalName} › {row.subPortalName}
          </td>
          <td>{row.teamName ?? "–"}</td>
          <td>{row.agentName ?? "–"}</td>
          <td>{t(`states.${row.state}`)}</td>
          <td>{duration(row.since, now)}</td>
          <td>
            {row.viewSessionId ? (
              <Link
                href={`/manager/sessions/${row.viewSessionId}/view`}
                aria-label={t("viewLabel", { number: row.number ?? "" })}
              >
                <span aria-hidden="true">👁 </span>
                {t("view")}
              </Link>
            ) : null}
          </td>
        </tr>
      ))}
    </MonitorTable>
  );
}
