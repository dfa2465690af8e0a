import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/**
 * Where a settings page keeps its delete button: a section of its own, set apart from "Einstellungen
 * speichern", so that the two are never a slip of the pointer apart.
 */
export function DangerZone({ children }: { children: ReactNode }) {
  const t = useTranslations("Common");
  return (
    <section className="danger-zone" aria-labelledby="danger-zone-heading">
      <h2 id="danger-zone-heading">{t("dangerZone")}</h2>
      <p className="muted">{t("dangerZoneHelp")}</p>
      <p className="actions">{children}</p>
    </section>
  );
}
