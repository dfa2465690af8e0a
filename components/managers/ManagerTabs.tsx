import { getTranslations } from "next-intl/server";
import { Tabs } from "@/components/shell/Tabs";

export async function ManagerTabs({ current, showApiTab }: { current: string; showApiTab: boolean }) {
  const t = await getTranslations("Managers");
  return (
    <Tabs
      label={t("title")}
      current={current}
      tabs={[
        { href: "/manager/managers", label: t("tab") },
        { href: "/manager/managers/new", label: t("add") },
        ...(showApiTab ? [{ href: "/manager/managers/api", label: t("apiTab") }] : []),
      ]}
    />
  );
}
