import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/shell/ScrollRegion";
import type { AgentMonitorRow } from "@/lib/dashboard/agents-monitor";
import { durationFormatter } from "./Duration";

/** Mitarbeiter: each signed-in agent, their status and how long, today's sessions; Abmelden with the right. */
export async function AgentsMonitor({
  rows,
  maySignOut,
  now,
}: {
  rows: AgentMonitorRow[];
  maySignOut: boolean;
  now: Date;
}) {
  const t = await getTranslations("Dashboard.agents");
  const duration = await durationFormatter();
  const format = await getFormatter();
  if (rows.length === 0) return <p>{t("empty")}</p>;
  return (
    <ScrollRegion label={t("caption")}>
      <table className="table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("team")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("statusSince")}</th>
            <th scope="col">{t("sessionsToday")}</th>
            <th scope="col">{t("signedIn")}</th>
            {maySignOut ? <th scope="col">{t("actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.agentId}>
              <th scope="row">{row.name}</th>
              <td>{row.teamName ?? <em>{t("noTeam")}</em>}</td>
              <td>
                <span className={`status status-${row.status}`}>
                  {t(`statuses.${row.status}`, { count: row.openSessions })}
                </span>
              </td>
              <td>{duration(row.statusSince, now)}</td>
              <td>{format.number(row.sessionsToday)}</td>
              <td>{format.dateTime(row.signedInAt, { timeStyle: "short" })}</td>
              {maySignOut ? (
                <td>
                  <Link
                    href={`/manager/dashboard/agents/${row.agentId}/sign-out`}
                    aria-label={t("signOutLabel", { name: row.name })}
                  >
                    {t("signOut")}
                  </Link>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
