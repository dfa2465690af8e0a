/**
 * Paging for long lists (the Agents page, a portal's agent matrix): what a query string asks for,
 * and where that lands in a list of a given length. Pure, so every odd input is a table test
 * (paging.test.ts). Nothing here throws: a page number or size nobody offered is clamped to the
 * nearest one that exists, since a bookmark or a hand-edited URL is no reason for an error page.
 */

/** The choices of "Einträge pro Seite"; anything else is read as the default. */
export const PAGE_SIZES = [25, 50, 100, 200] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 50;

export function parsePageSize(raw: unknown): PageSize {
  const text = typeof raw === "string" ? raw.trim() : "";
  return PAGE_SIZES.find((size) => String(size) === text) ?? DEFAULT_PAGE_SIZE;
}

/**
 * The page a query string asks for: a whole number from 1 up. Fractions are cut ("2.7" is 2), a
 * number too large to be a page (or "Infinity") asks for the last one; nothing, 0, negatives and
 * text ask for the first. `pageWindow` then clamps it to the pages that exist.
 */
export function parsePageNumber(raw: unknown): number {
  const text = typeof raw === "string" ? raw.trim() : "";
  if (!/^\+?(\d+(\.\d*)?|Infinity)$/.test(text)) return 1;
  const value = Math.floor(Number(text));
  if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) return Number.MAX_SAFE_INTEGER;
  return Math.max(1, value);
}

export type PageWindow = { page: number; pages: number; size: number; skip: number };

/** Where a requested page lies in `total` rows: always a page that exists (an empty list has page 1 of 1). */
export function pageWindow(total: number, requested: number, size: number): PageWindow {
  const pages = Math.max(1, Math.ceil(Math.max(0, total) / size));
  const page = Math.min(Math.max(1, Math.floor(Number.isFinite(requested) ? requested : pages)), pages);
  return { page, pages, size, skip: (page - 1) * size };
}

/**
 * The page numbers a pager links to: the first, the last, and two either side of the current one;
 * "gap" stands for the pages left out (shown as "…"). A single page left out is shown instead of a gap.
 */
export function pagerItems(page: number, pages: number): (number | "gap")[] {
  const shown = new Set([1, pages]);
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= pages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const items: (number | "gap")[] = [];
  sorted.forEach((p, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && p - previous === 2) items.push(p - 1);
    else if (previous !== undefined && p - previous > 2) items.push("gap");
    items.push(p);
  });
  return items;
}
