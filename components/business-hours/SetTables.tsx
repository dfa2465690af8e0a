import type { ReactNode } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { PortalRef } from "@/lib/business-hours/access";
import type { SetKind } from "@/lib/business-hours/assign-portals";
import type { HolidaySetSummary, HoursSetSummary } from "@/lib/business-hours/list-sets";
import { setPath } from "@/lib/business-hours/set-paths";
import { AssignedPortals } from "./AssignedPortals";
import { HolidayDates } from "./HolidayDates";
import { WeekSummary } from "./WeekSummary";
import { ScrollTable } from "@/components/shell/ScrollRegion";

type SetRow = {
  id: string;
  name: string;
  timeZone: string;
  portals: PortalRef[];
  otherPortalCount: number;
};

/** The kind's own texts: the empty list, the caption and its own column's heading. */
type TableTexts = { empty: string; caption: string; column: string };

function SetTable<S extends SetRow>({
  kind,
  sets,
  texts,
  cell,
}: {
  kind: SetKind;
  sets: S[];
  texts: TableTexts;
  cell: (set: S) => ReactNode;
}) {
  const t = useTranslations("BusinessHours");
  if (sets.length === 0) return <p>{texts.empty}</p>;
  return (
    <ScrollTable caption={texts.caption}>
      <thead>
        <tr>
          <th scope="col">{t("name")}</th>
          <th scope="col">{t("timeZone")}</th>
          <th scope="col">{texts.column}</th>
          <th scope="col">{t("portals")}</th>
        </tr>
      </thead>
      <tbody>
        {sets.map((set) => (
          <tr key={set.id} className="align-top">
            <th scope="row">
              <Link href={setPath(kind, set.id)}>{set.name}</Link>
            </th>
            <td>{set.timeZone}</td>
            <td>{cell(set)}</td>
            <td>
              <AssignedPortals portals={set.portals} otherPortalCount={set.otherPortalCount} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export function HoursSetTable({ sets }: { sets: HoursSetSummary[] }) {
  const t = useTranslations("BusinessHours");
  return (
    <SetTable
      kind="hours"
      sets={sets}
      texts={{ empty: t("noHoursSets"), caption: t("hoursCaption"), column: t("hours") }}
      cell={(set) => <WeekSummary week={set.week} />}
    />
  );
}

export function HolidaySetTable({ sets }: { sets: HolidaySetSummary[] }) {
  const t = useTranslations("BusinessHours");
  return (
    <SetTable
      kind="holiday"
      sets={sets}
      texts={{ empty: t("noHolidaySets"), caption: t("holidaysCaption"), column: t("dates") }}
      cell={(set) => <HolidayDates dates={set.dates} />}
    />
  );
}
