import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/shell/ScrollRegion";
import type { listApiTokens } from "@/lib/api/api-tokens";
import { revokeApiTokenPath } from "@/lib/api/paths";

type TokenEntry = Awaited<ReturnType<typeof listApiTokens>>[number];

/**
 * An API manager's tokens, newest first: name, the secret's first characters (to tell which one a
 * system uses), created, expires, last used and state, in the viewer's time zone; "Widerrufen" (asked
 * first on its own page) for those still valid.
 */
export async function ApiTokenList({ tokens }: { tokens: TokenEntry[] }) {
  const t = await getTranslations("ApiTokens");
  const format = await getFormatter();
  const when = (date: Date) => (
    <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: "medium", timeStyle: "short" })}</time>
  );
  if (tokens.length === 0) return <p className="empty-state">{t("none")}</p>;
  return (
    <ScrollTable caption={t("listHeading")}>
      <thead>
        <tr>
          <th scope="col">{t("columns.name")}</th>
          <th scope="col">{t("columns.prefix")}</th>
          <th scope="col">{t("columns.created")}</th>
          <th scope="col">{t("columns.expires")}</th>
          <th scope="col">{t("columns.lastUsed")}</th>
          <th scope="col">{t("columns.state")}</th>
          <th scope="col">{t("columns.actions")}</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.id}>
            <th scope="row">{token.name}</th>
            <td>
              <code>{token.prefix}…</code>
            </td>
            <td>{when(token.createdAt)}</td>
            <td>{when(token.expiresAt)}</td>
            <td>{token.lastUsedAt ? when(token.lastUsedAt) : t("neverUsed")}</td>
            <td>
              {t(`states.${token.state}`)}
              {token.revokedAt ? <> ({when(token.revokedAt)})</> : null}
            </td>
            <td>
              {token.state === "active" ? (
                <Link href={revokeApiTokenPath(token.id)} aria-label={`${t("revoke")}: ${token.name}`}>
                  {t("revoke")}
                </Link>
              ) : (
                "–"
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
