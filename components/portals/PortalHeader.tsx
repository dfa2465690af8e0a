import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Tabs } from "@/components/shell/Tabs";

export type PortalTab = "settings" | "subPortals" | "agents";

/** Title, the public address and the tabs shared by a portal's pages. */
export async function PortalHeader({
  portal,
  current,
  publicUrl,
}: {
  portal: { id: string; name: string; slug: string };
  current: PortalTab;
  publicUrl: string;
}) {
  const t = await getTranslations("Portals");
  const base = `/manager/portals/${portal.id}`;
  const tabs = [
    { key: "settings", href: base, label: t("settingsTab") },
    { key: "subPortals", href: `${base}/sub-portals`, label: t("subPortalsTab") },
    { key: "agents", href: `${base}/agents`, label: t("agentsTab") },
  ] as const;
  const address = `${publicUrl}/p/${portal.slug}`;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/manager/portals">{t("title")}</Link>
      </p>
      <h1>{portal.name}</h1>
      <p>
        <Link href={`${base}/agents`}>{t("showAgents")}</Link>
      </p>
      <p className="muted">
        {t("publicAddress")}: <a href={address}>{address}</a>
      </p>
      <Tabs
        label={t("tabsLabel")}
        tabs={tabs.map(({ href, label }) => ({ href, label }))}
        current={tabs.find((tab) => tab.key === current)!.href}
      />
    </>
  );
}
