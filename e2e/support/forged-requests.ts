// What a page hides, the server must refuse: helpers to send a server action's form as a forged
// multipart POST (the way a browser without JavaScript submits it) and to expect "not found".
import { type APIResponse, type Browser, type BrowserContext, expect, type Page } from "@playwright/test";
import type { Lotse } from "./fixtures";
import { de } from "./messages";

export type Fields = [string, string][];

/**
 * The hidden $ACTION_* fields of a form on a page: they identify the server action and are the same
 * for everyone, so whoever sees the form once can post it with any other fields. The page is read
 * through `context`'s request API and parsed in a throwaway, unaudited page.
 */
export async function actionFieldsOf(
  browser: Browser,
  context: BrowserContext,
  url: string,
  formSelector: string,
): Promise<Fields> {
  const response = await context.request.get(url);
  expect(response.status(), `page ${url}`).toBe(200);
  const scratch = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await scratch.newPage();
    await page.setContent(await response.text());
    const form = page.locator(formSelector);
    await expect(form, `form ${formSelector} on ${url}`).toHaveCount(1);
    const fields = await form.evaluate((f: HTMLFormElement) =>
      [...new FormData(f)]
        .filter(([name]) => name.startsWith("$ACTION"))
        .map(([name, value]) => [name, String(value)] as [string, string]),
    );
    expect(fields.length, `$ACTION fields in ${formSelector} on ${url}`).toBeGreaterThan(0);
    return fields;
  } finally {
    await scratch.close();
  }
}

/**
 * The flash a redirect leaves for the page it leads to ("notice:saved", "notice:agentsMoved:3"):
 * the value of the lotse-flash cookie the response sets for the browser to keep, else null.
 */
export function flashOf(response: APIResponse): string | null {
  for (const { name, value } of response.headersArray()) {
    if (name.toLowerCase() !== "set-cookie") continue;
    const match = /^lotse-flash=([^;]*)(.*)$/.exec(value);
    if (match?.[1] && !/;\s*max-age=0\b/i.test(match[2] ?? "")) return decodeURIComponent(match[1]);
  }
  return null;
}

/** `flash`: see flashOf. */
export type Answer = { status: number; location: string | null; flash: string | null };

/** Posts fields as multipart form data, same-origin, without following a redirect. */
export async function postForm(
  context: BrowserContext,
  baseURL: string | undefined,
  path: string,
  fields: Fields,
): Promise<Answer> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  const response = await context.request.post(path, {
    multipart: form,
    headers: { Origin: baseURL! },
    maxRedirects: 0,
  });
  const raw = response.headers()["location"];
  const location = raw ? (({ pathname, search }) => pathname + search)(new URL(raw, baseURL)) : null;
  return { status: response.status(), location, flash: flashOf(response) };
}

/**
 * A page the user may not use answers 404 with the not-found page — with or without JavaScript:
 * the server renders it in place of Next's empty notFound() document (scripts/lib/error-page-fallback.mjs).
 */
export async function expectNotFound(page: Page, lotse: Lotse, url: string): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(de.NotFound.title);
  await lotse.checkOnce(page);
}
