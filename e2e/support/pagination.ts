// The pager of long lists (components/shell/Pagination.tsx), as a user reads and works it.
import { expect, type Page } from "@playwright/test";
import { de } from "./messages";
import { fill } from "./organisation";

const p = de.Pagination;

export const pager = (page: Page) => page.getByRole("navigation", { name: p.label });

/** The pager marks the current page (aria-current), and its "Seite … von N" field shows it. */
export async function expectPage(page: Page, current: number, pages: number): Promise<void> {
  await expect(pager(page).getByRole("link", { name: fill(p.page, { page: current }), exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(pager(page).locator('[aria-current="page"]')).toHaveCount(1);
  const field = pager(page).getByRole("spinbutton", { name: p.jumpLabel, exact: true });
  await expect(field).toHaveValue(String(current));
  await expect(field).toHaveAccessibleDescription(fill(p.jumpOf, { pages }));
}

/** "Seite … von N": types the number and sends it. */
export async function jumpToPage(page: Page, to: number | string): Promise<void> {
  await pager(page).getByRole("spinbutton", { name: p.jumpLabel, exact: true }).fill(String(to));
  await pager(page).getByRole("button", { name: p.jump, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]page=${to}(&|$)`));
}

/** "Einträge pro Seite" → Übernehmen */
export async function choosePageSize(page: Page, size: number): Promise<void> {
  await page.getByRole("combobox", { name: p.pageSize, exact: true }).selectOption(String(size));
  await page.getByRole("button", { name: p.applyPageSize, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]size=${size}(&|$)`));
}
