import Link from "next/link";
import { useTranslations } from "next-intl";
import type { HolidaySetSummary, HoursSetSummary } from "@/lib/business-hours/list-sets";
import { AssignedPortals } from "./AssignedPortals";
import { HolidayDates } from "./HolidayDates";
import { WeekSummary } from "./WeekSummary";

export function HoursSetTable({ sets }: { sets: HoursSetSummary[] }) {
  const t = useTranslations("BusinessHours");
  if (sets.length === 0) return <p>{t("noHoursSets")}</p>;
  return (
    <table className="table">
      <caption className="sr-only">{t("hoursCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("name")}</th>
          <th scope="col">{t("timeZone")}</th>
          <th scope="col">{t("hours")}</th>
          <th scope="col">{t("portals")}</th>
        </tr>
      </thead>
      <tbody>
        {sets.map((set) => (
          <tr key={set.id} className="align-top">
            <th scope="row">
              <Link href={`/manager/business-hours/hours/${set.id}`}>{set.name}</Link>
            </th>
            <td>{set.timeZone}</td>
            <td>
              <WeekSummary week={set.week} />
            </td>
            <td>
              <AssignedPortals portals={set.portals} otherPortalCount={set.otherPortalCount} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function HolidaySetTable({ sets }: { sets: HolidaySetSummary[] }) {
  const t = useTranslations("BusinessHours");
  if (sets.length === 0) return <p>{t("noHolidaySets")}</p>;
  return (
    <table className="table">
      <caption className="sr-only">{t("holidaysCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("name")}</th>
          <th scope="col">{t("timeZone")}</th>
          <th scope="col">{t("dates")}</th>
          <th scope="col">{t("portals")}</th>
        </tr>
      </thead>
      <tbody>
        {sets.map((set) => (
          <tr key={set.id} className="align-top">
            <th scope="row">
              <Link href={`/manager/business-hours/holidays/${set.id}`}>{set.name}</Link>
            </th>
            <td>{set.timeZone}</td>
            <td>
              <HolidayDates dates={set.dates} />
            </td>
            <td>
              <AssignedPortals portals={set.portals} otherPortalCount={set.otherPortalCount} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
