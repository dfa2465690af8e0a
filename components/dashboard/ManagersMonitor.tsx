import { getFormatter, getTranslations } from "next-intl/server";
import { signOutManagerAction } from "@/app/manager/(center)/dashboard/actions";
import { ScrollRegion } from "@/components/shell/ScrollRegion";
import type { ManagerMonitorRow } from "@/lib/dashboard/managers-monitor";

/** Manager: who is signed in to the Management Center; Abmelden for anyone but oneself. */
export async function ManagersMonitor({ rows }: { rows: (ManagerMonitorRow & { self: boolean })[] }) {
  const t = await getTranslations("Dashboard.managers");
  const format = await getFormatter();
  if (rows.length === 0) return <p>{t("empty")}</p>;
  const time = (at: Date) => format.dateTime(at, { timeStyle: "short" });
  return (
    <ScrollRegion label={t("caption")}>
      <table className="table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("role")}</th>
            <th scope="col">{t("signedIn")}</th>
            <th scope="col">{t("lastSeen")}</th>
            <th scope="col">{t("viewing")}</th>
            <th scope="col">{t("actions")}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </ScrollRegion>
  );
}
