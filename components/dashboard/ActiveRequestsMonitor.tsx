import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/shell/ScrollRegion";
import type { ActiveRequestRow } from "@/lib/dashboard/active-requests-monitor";
import { durationFormatter } from "./Duration";

/** Aktive Anfragen: waiting requests and running sessions; Anzeigen opens the Sitzungseinsicht. */
export async function ActiveRequestsMonitor({ rows, now }: { rows: ActiveRequestRow[]; now: Date }) {
  const t = await getTranslations("Dashboard.activeRequests");
  const duration = await durationFormatter();
  const noName = (await getTranslations("Dashboard"))("noName");
  if (rows.length === 0) return <p>{t("empty")}</p>;
  return (
    <ScrollRegion label={t("caption")}>
      <table className="table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("number")}</th>
            <th scope="col">{t("customer")}</th>
            <th scope="col">{t("portal")}</th>
            <th scope="col">{t("team")}</th>
            <th scope="col">{t("agent")}</th>
            <th scope="col">{t("state")}</th>
            <th scope="col">{t("time")}</th>
            <th scope="col">
              <span className="sr-only">{t("view")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </ScrollRegion>
  );
}
