import { useTranslations } from "next-intl";
import type { PortalRef } from "@/lib/business-hours/access";

/** The portals a set applies to; portals the viewer may not see are only counted. */
export function AssignedPortals({ portals, otherPortalCount }: { portals: PortalRef[]; otherPortalCount: number }) {
  const t = useTranslations("BusinessHours");
  if (portals.length === 0 && otherPortalCount === 0) return <span className="muted">{t("notAssigned")}</span>;
  return (
    <ul className="list-none p-0">
      {portals.map((portal) => (
        <li key={portal.id}>{portal.name}</li>
      ))}
      {otherPortalCount > 0 ? <li className="muted">{t("otherPortals", { count: otherPortalCount })}</li> : null}
    </ul>
  );
}
