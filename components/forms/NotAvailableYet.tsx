import { useTranslations } from "next-intl";

/**
 * "noch nicht verfügbar" beside a switch whose feature Lotse does not have yet
 * (lib/features/availability). The disabled switch names it in its aria-describedby. `block`: on
 * a line of its own, below a select.
 */
export function NotAvailableYet({ id, block = false }: { id: string; block?: boolean }) {
  const t = useTranslations("Availability");
  return (
    <span id={id} className={block ? "field-help block" : "field-help"}>
      {t("notYet")}
    </span>
  );
}
