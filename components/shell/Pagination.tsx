import Link from "next/link";
import { useTranslations } from "next-intl";
import { DEFAULT_PAGE_SIZE, PAGE_SIZES, pagerItems } from "@/lib/paging/paging";

/**
 * Paging for a long list, without JavaScript: links to the pages around the current one (marked
 * `aria-current`), "Seite … von N" to jump to any page, and "Einträge pro Seite". Both are GET
 * forms that carry the list's other parameters (`keep`: filter, sort …) as hidden fields. One per
 * page (the fields have fixed IDs). Nothing shows while the list fits on the smallest page.
 */
export function Pagination({
  path,
  keep,
  page,
  pages,
  size,
  total,
}: {
  path: string;
  /** The list's other query parameters; empty ones are left out. */
  keep: Record<string, string>;
  page: number;
  pages: number;
  size: number;
  total: number;
}) {
  const t = useTranslations("Pagination");
  if (total <= PAGE_SIZES[0] && size === DEFAULT_PAGE_SIZE) return null;
  const kept = Object.entries(keep).filter(([, value]) => value !== "");
  const sizeParam: [string, string][] = size === DEFAULT_PAGE_SIZE ? [] : [["size", String(size)]];
  const href = (p: number) => `${path}?${new URLSearchParams([...kept, ["page", String(p)], ...sizeParam])}`;
  const hidden = (entries: [string, string][]) =>
    entries.map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
  return (
    // Keyed by page and size: after a client-side navigation the fields show the new values.
    <div className="pagination" key={`${page}-${size}`}>
      {pages > 1 ? (
        <nav aria-label={t("label")}>
          <ul className="pager">
            {page > 1 ? (
              <li>
                <Link href={href(page - 1)} rel="prev">
                  {t("previous")}
                </Link>
              </li>
            ) : null}
            {pagerItems(page, pages).map((item, i) =>
              item === "gap" ? (
                <li key={`gap-${i}`} aria-hidden="true">
                  …
                </li>
              ) : (
                <li key={item}>
                  <Link
                    href={href(item)}
                    aria-label={t("page", { page: item })}
                    aria-current={item === page ? "page" : undefined}
                  >
                    {item}
                  </Link>
                </li>
              ),
            )}
            {page < pages ? (
              <li>
                <Link href={href(page + 1)} rel="next">
                  {t("next")}
                </Link>
              </li>
            ) : null}
          </ul>
          <form method="get" action={path} className="pager-form">
            {hidden([...kept, ...sizeParam])}
            <label htmlFor="pagination-page">{t("jumpLabel")}</label>
            <input
              id="pagination-page"
              name="page"
              type="number"
              inputMode="numeric"
              min={1}
              max={pages}
              defaultValue={page}
              aria-describedby="pagination-pages"
              className="input pager-number"
            />
            <span id="pagination-pages">{t("jumpOf", { pages })}</span>
            <button type="submit" className="button button-secondary">
              {t("jump")}
            </button>
          </form>
        </nav>
      ) : null}
      <form method="get" action={path} className="pager-form">
        {hidden(kept)}
        <label htmlFor="pagination-size">{t("pageSize")}</label>
        <select id="pagination-size" name="size" defaultValue={String(size)} className="input">
          {PAGE_SIZES.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-secondary">
          {t("applyPageSize")}
        </button>
      </form>
    </div>
  );
}
