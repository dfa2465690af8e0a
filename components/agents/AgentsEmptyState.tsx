import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * What "Mitarbeiter" shows instead of an empty table: with a search or team filter, that nothing
 * matches and the way back to everyone; without one, that there are no agents yet.
 */
export function AgentsEmptyState({ filtered, resetHref }: { filtered: boolean; resetHref: string }) {
  const t = useTranslations("Agents");
  return (
    <div className="empty-state">
      <p role="status">{t(filtered ? "noMatches" : "noAgentsYet")}</p>
      {filtered ? (
        <p>
          <Link href={resetHref}>{t("resetSearch")}</Link>
        </p>
      ) : null}
    </div>
  );
}
