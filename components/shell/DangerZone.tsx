import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * Where a settings page keeps its delete button: a section of its own, set apart from "Einstellungen
 * speichern", so that the two are never a slip of the pointer apart. The button leads to the page that
 * asks first.
 */
export function DangerZone({ deleteHref, deleteLabel }: { deleteHref: string; deleteLabel: string }) {
  const t = useTranslations("Common");
  return (
    <section className="danger-zone" aria-labelledby="danger-zone-heading">
      <h2 id="danger-zone-heading">{t("dangerZone")}</h2>
      <p className="muted">{t("dangerZoneHelp")}</p>
      <p className="actions">
        <Link href={deleteHref} className="button button-danger">
          {deleteLabel}
        </Link>
      </p>
    </section>
  );
}
