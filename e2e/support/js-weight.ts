// The JavaScript budget (decision record 17) on real pages: a page may ship the framework floor plus
// JS_BUDGET_OVER_FLOOR, measured as the gzip size of the scripts it loads. The floor comes from the
// build the server runs (LOTSE_DIST_DIR, default .next); on the hypermedia pages (HTMX_ROUTES) the
// htmx file the server serves is part of it, and no other page may load htmx.
import { expect, type Page } from "@playwright/test";
import {
  floorBytes,
  floorFiles,
  gzipSize,
  HTMX_SCRIPT,
  isHtmxPage,
  JS_BUDGET_OVER_FLOOR,
} from "../../scripts/lib/js-weight";

/**
 * `bytes`: every script the page loads; `htmx`: htmx's share of them (0 when it loads none);
 * `overFloor`: the page's own code, beyond the framework floor and htmx.
 */
export type PageWeight = { url: string; bytes: number; htmx: number; overFloor: number; scripts: string[] };

let floor: { bytes: number; files: string[] } | undefined;
/** Read once per worker: the build does not change while the suite runs. */
export function jsFloor(): { bytes: number; files: string[] } {
  floor ??= { bytes: floorBytes(), files: floorFiles() };
  return floor;
}

const sizes = new Map<string, number>();

async function gzipSizeOf(page: Page, src: string): Promise<number> {
  const known = sizes.get(src);
  if (known !== undefined) return known;
  const response = await page.request.get(src);
  expect(response.status(), `script ${src}`).toBe(200);
  const size = gzipSize(await response.body());
  sizes.set(src, size);
  return size;
}

/**
 * What the page as it is now loads: the scripts its document names (those a module-aware browser
 * skips, `nomodule`, left out). With JavaScript on these include the chunks the page's own scripts
 * added while loading; without, the same document names the same scripts, so both projects measure
 * what a browser that runs scripts would fetch.
 */
async function measureJs(page: Page): Promise<PageWeight> {
  await page.waitForLoadState("load");
  const scripts = [
    ...new Set(
      await page
        .locator("script[src]:not([nomodule])")
        .evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).src)),
    ),
  ];
  let bytes = 0;
  let htmx = 0;
  for (const src of scripts) {
    const size = await gzipSizeOf(page, src);
    bytes += size;
    if (new URL(src).pathname === HTMX_SCRIPT) htmx = size;
  }
  return { url: page.url(), bytes, htmx, overFloor: bytes - jsFloor().bytes - htmx, scripts };
}

/**
 * Fails when the page ships more than its floor (with htmx on the hypermedia pages) plus the budget,
 * or loads htmx without being a hypermedia page; returns what it measured.
 */
export async function expectJsWithinBudget(page: Page): Promise<PageWeight> {
  const weight = await measureJs(page);
  const { files } = jsFloor();
  // A measurement that missed the page's scripts would pass any budget: the floor must be among them.
  for (const file of files) {
    expect(
      weight.scripts.some((src) => new URL(src).pathname === `/_next/${file}`),
      `${page.url()} loads ${file}`,
    ).toBe(true);
  }
  if (weight.htmx > 0) {
    expect(isHtmxPage(new URL(page.url()).pathname), `${page.url()} loads htmx but is no hypermedia page`).toBe(true);
  }
  expect(
    weight.overFloor,
    `${page.url()} ships ${weight.bytes} bytes of JavaScript (gzip), ${weight.overFloor} over the floor${weight.htmx ? " and htmx" : ""}`,
  ).toBeLessThanOrEqual(JS_BUDGET_OVER_FLOOR);
  return weight;
}
