import Link from "next/link";
import { useTranslations } from "next-intl";
import type { OpeningState } from "@/lib/business-hours/portal-opening-state";
import type { PortalListEntry } from "@/lib/portals/list-portals";
import { ScrollTable } from "@/components/shell/ScrollRegion";

/**
 * Page "Portale" as one table: each portal is a row group (its row, then a row per sub-portal), so
 * type, address, teams and whether it is open now are seen at a glance instead of behind a disclosure.
 */
export function PortalList({ portals }: { portals: PortalListEntry[] }) {
  const t = useTranslations("Portals");
  return (
    <ScrollTable caption={t("listCaption")} className="table portal-table">
      <thead>
        <tr>
          <th scope="col">{t("listName")}</th>
          <th scope="col">{t("type")}</th>
          <th scope="col">{t("publicAddress")}</th>
          <th scope="col">{t("listTeams")}</th>
          <th scope="col">{t("listNow")}</th>
          <th scope="col">{t("listSettings")}</th>
        </tr>
      </thead>
      {portals.map((portal) => (
        <tbody key={portal.id}>
          <tr className="portal-row">
            <th scope="rowgroup" className="portal-name">
              {portal.name}
            </th>
            <td>{t(`types.${portal.type}`)}</td>
            <td>
              <Link href={`/p/${portal.slug}`}>/p/{portal.slug}</Link>
            </td>
            <td>{t("subPortalCount", { count: portal.subPortals.length })}</td>
            <td>
              <OpeningLabel opening={portal.opening} />
            </td>
            <td>
              <Link href={`/manager/portals/${portal.id}`}>
                {t("settingsLink")}
                <span className="sr-only"> {t("settingsOfSuffix", { portal: portal.name })}</span>
              </Link>
            </td>
          </tr>
          {portal.subPortals.map((sub) => (
            <tr key={sub.id} className="sub-portal-row">
              <th scope="row" className="sub-portal-name">
                <Link href={`/manager/portals/${portal.id}/sub-portals/${sub.id}`}>{sub.name}</Link>
              </th>
              <td>{t("subPortal")}</td>
              <td>
                /p/{portal.slug}/{sub.slug}
              </td>
              <td>{sub.teams.length === 0 ? t("teamCount", { count: 0 }) : sub.teams.join(", ")}</td>
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      ))}
    </ScrollTable>
  );
}

function OpeningLabel({ opening }: { opening: OpeningState }) {
  const t = useTranslations("Portals");
  if (opening.open) return <>{t("openNow")}</>;
  if (opening.reason === "holiday") return <>{t("closedHoliday", { holiday: opening.holidayName ?? "" })}</>;
  return <>{t("closedHours")}</>;
}
