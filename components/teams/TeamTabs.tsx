import { getTranslations } from "next-intl/server";
import { Tabs } from "@/components/shell/Tabs";

/** A team's tabs: its settings, and "Portal" (the sub-portals it serves). */
export async function TeamTabs({ teamId, current }: { teamId: string; current: "settings" | "portal" }) {
  const t = await getTranslations("Teams");
  const settings = `/manager/teams/${teamId}`;
  const portal = `${settings}/portal`;
  return (
    <Tabs
      label={t("tabsLabel")}
      tabs={[
        { href: settings, label: t("settingsTab") },
        { href: portal, label: t("portalTab") },
      ]}
      current={current === "settings" ? settings : portal}
    />
  );
}
