import { getFormatter, getTranslations } from "next-intl/server";
import { signOutManagerAction } from "@/app/manager/(center)/dashboard/actions";
import { MonitorTable } from "./MonitorTable";
import type { ManagerMonitorRow } from "@/lib/dashboard/managers-monitor";

/** Manager: who is signed in to the Management Center; Abmelden for anyone but oneself. */
export async function ManagersMonitor({ rows }: { rows: (ManagerMonitorRow & { self: boolean })[] }) {
  const t = await getTranslations("Dashboard.managers");
  const format = await getFormatter();
  const time = (at: Date) => format.dateTime(at, { timeStyle: "short" });
  return (
    <MonitorTable
      caption={t("caption")}
      columns={[t("name"), t("role"), t("signedIn"), t("lastSeen"), t("viewing"), t("actions")]}
      empty={rows.length ? null : t("empty")}
    >
      {rows.map((row) => (
        <tr key={row.userId}>
          <th scope="row">
            {row.name}
            {row.self ? ` (${t("you")})` : null}
          </th>
          <td>{t(`roles.${row.role}`)}</td>
          <td>{time(row.signedInAt)}</td>
          <td>{time(row.lastSeenAt)}</td>
          <td>{row.viewing.length ? t("viewingSessions", { numbers: row.viewing.join(", ") }) : "–"}</td>
          <td>
            {row.self ? null : (
              <form action={signOutManagerAction}>
                <input type="hidden" name="userId" value={row.userId} />
                <button type="submit" className="link-button" aria-label={t("signOutLabel", { name: row.name })}>
                  {t("signOut")}
                </button>
              </form>
            )}
          </td>
        </tr>
      ))}
    </MonitorTable>
  );
}
