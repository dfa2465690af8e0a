// The GOV.UK error pattern as a reader meets it after a failed submit (components/forms/ErrorSummary).
import { expect, type Locator, type Page } from "@playwright/test";
import { de, icuPattern, type Messages } from "./messages";

/**
 * The text of any success notice: the Management Center's and public pages' (components/shell/Notice)
 * and the agent console's (components/agent-console/ConsoleNotice).
 */
function noticeText(t: Messages): RegExp {
  const texts = [...Object.values(t.Notices), ...Object.values(t.AgentConsole.notices)];
  return new RegExp(`^(?:${texts.map(icuPattern).join("|")})$`);
}

/** The error summary at the top of the form that came back. */
export function errorSummary(page: Page): Locator {
  return page.locator(".error-summary");
}

/**
 * After a failed submit: the summary has the focus, says "Es gibt ein Problem" and lists `errors`
 * (texts) in the order of the fields; the title is "Fehler: " before the page's own `title`; no
 * success notice shows. Every link leads to an element of the page; following the first one (the
 * first invalid field) moves the focus there. Returns that id (null: only errors of the whole form).
 */
export async function expectErrorSummary(
  page: Page,
  { errors, title, t = de }: { errors: string[]; title: string; t?: Messages },
): Promise<string | null> {
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  const alert = summary.getByRole("alert");
  await expect(alert.getByRole("heading", { level: 2 })).toHaveText(t.ErrorSummary.title);
  await expect(alert.getByRole("listitem")).toHaveText(errors);
  await expect(page).toHaveTitle(`${t.ErrorSummary.titlePrefix}${title}`);
  // A success notice belongs to the response that earned it, never to this one.
  await expect(page.getByRole("status").filter({ hasText: noticeText(t) })).toHaveCount(0);

  const links = alert.getByRole("link");
  const targets: string[] = [];
  for (const link of await links.all()) {
    const href = (await link.getAttribute("href")) ?? "";
    expect(href, "a summary link leads to an element of the page").toMatch(/^#./);
    const id = decodeURIComponent(href.slice(1));
    await expect(page.locator(`[id="${id}"]`), `the element ${href} the summary links to`).toHaveCount(1);
    targets.push(id);
  }
  const id = targets[0];
  if (id === undefined) return null;
  await links.first().click();
  await expect(page.locator(`[id="${id}"]`)).toBeFocused();
  return id;
}
