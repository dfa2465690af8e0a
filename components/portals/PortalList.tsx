import Link from "next/link";
import { useTranslations } from "next-intl";
import type { PortalListEntry } from "@/lib/portals/list-portals";

/**
 * Page "Portale": each portal opens with its arrow (a native disclosure, so it works without
 * JavaScript and with the keyboard) to show its sub-portals.
 */
export function PortalList({ portals }: { portals: PortalListEntry[] }) {
  const t = useTranslations("Portals");
  return (
    <ul className="portal-list">
      {portals.map((portal) => (
        <li key={portal.id}>
          <details open={portals.length === 1}>
            <summary>
              <span className="portal-name">{portal.name}</span>{" "}
              <span className="muted">
                {t(`types.${portal.type}`)} · /p/{portal.slug} ·{" "}
                {t("subPortalCount", { count: portal.subPortals.length })}
              </span>
            </summary>
            <p>
              <Link href={`/manager/portals/${portal.id}`}>{t("settingsOf", { portal: portal.name })}</Link>
            </p>
            <ul className="sub-portal-list">
              {portal.subPortals.map((sub) => (
                <li key={sub.id}>
                  <Link href={`/manager/portals/${portal.id}/sub-portals/${sub.id}`}>{sub.name}</Link>{" "}
                  <span className="muted">
                    /p/{portal.slug}/{sub.slug} · {t("teamCount", { count: sub.teamCount })}
                  </span>
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}
