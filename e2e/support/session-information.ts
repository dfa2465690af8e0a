// Sitzungsinformationen's search form and results, as a manager uses them (with or without JavaScript).
import { expect, type Page } from "@playwright/test";
import { de } from "./messages";

const s = de.SessionInformation;

export const sessionResults = (page: Page) => page.getByRole("table", { name: s.results });

/** The numbers of the sessions in the results, in order. */
export const listedSessions = (page: Page) => sessionResults(page).getByRole("rowheader").allTextContents();

/** Fills "Sitzung suchen" (the drop-downs by their labels) and clicks Finden; returns on the results. */
export async function findSessions(
  page: Page,
  choices: { number?: string; portal?: string; team?: string; period?: string },
): Promise<void> {
  await page.getByLabel(s.number, { exact: true }).fill(choices.number ?? "");
  if (choices.portal)
    await page.getByLabel(de.Reports.fields.portal, { exact: true }).selectOption({ label: choices.portal });
  if (choices.team)
    await page.getByLabel(de.Reports.fields.team, { exact: true }).selectOption({ label: choices.team });
  if (choices.period)
    await page
      .getByRole("combobox", { name: de.Reports.fields.period, exact: true })
      .selectOption({ label: choices.period });
  // A GET form: with JavaScript too the browser loads the results as a new page. Waiting for it
  // keeps the previous results from being read as the new ones.
  const loaded = page.waitForEvent("framenavigated", (frame) => frame === page.mainFrame());
  await page.getByRole("button", { name: s.find, exact: true }).click();
  await loaded;
  await expect(page.getByRole("heading", { level: 2, name: s.results })).toBeVisible();
}
