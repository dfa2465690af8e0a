import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page } from "@playwright/test";
import { namespaces } from "./messages";

const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

/**
 * axe needs script timers, which a context with JavaScript disabled never runs. For such a page we
 * analyze a faithful copy instead: its current DOM served at the same URL in a scripted "mirror"
 * page, with the page's own scripts blocked (CSP script-src 'none') but its real stylesheets
 * loaded. One mirror page per browser (i.e. per worker) is reused, so stylesheets stay cached.
 */
type Mirror = { page: Page; document: { url: string; html: string } };
const mirrors = new WeakMap<Browser, Promise<Mirror>>();

async function openMirror(browser: Browser): Promise<Mirror> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const mirror: Mirror = { page: await context.newPage(), document: { url: "", html: "" } };
  await mirror.page.route("**/*", async (route) => {
    const request = route.request();
    if (request.isNavigationRequest() && request.frame() === mirror.page.mainFrame()) {
      return route.fulfill({
        status: 200,
        headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": "script-src 'none'" },
        body: mirror.document.html,
      });
    }
    if (request.resourceType() === "script") return route.abort();
    return route.continue();
  });
  return mirror;
}

async function analyzeScriptless(page: Page) {
  const browser = page.context().browser();
  if (!browser) throw new Error("page has no browser");
  if (!mirrors.has(browser)) mirrors.set(browser, openMirror(browser));
  const mirror = await mirrors.get(browser)!;
  mirror.document = { url: page.url(), html: await page.content() };
  const viewport = page.viewportSize();
  if (viewport) await mirror.page.setViewportSize(viewport);
  await mirror.page.goto(mirror.document.url);
  return axe(mirror.page);
}

// Legacy mode runs axe in the page itself instead of opening a blank page per analysis: same rules,
// several times faster. Only violations are needed.
const axe = (page: Page) =>
  new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ["violations"] })
    .analyze();

/** Runs axe on the page as it is now and fails on any serious or critical violation. */
export async function expectAccessible(page: Page, { javaScriptEnabled = true } = {}): Promise<void> {
  const results = javaScriptEnabled ? await axe(page) : await analyzeScriptless(page);
  const blocking = results.violations.filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ""));
  const report = blocking
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    - ${n.target.join(" ")}\n      ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}`)
        .join("\n");
      return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join("\n");
  if (blocking.length > 0) console.error(`axe violations on ${page.url()}:\n${report}`);
  expect(blocking, `serious/critical accessibility violations on ${page.url()}:\n${report}`).toEqual([]);
}

// next-intl renders a missing message as "Namespace.key"; any such text means a key went untranslated.
const RAW_KEY = new RegExp(`\\b(${namespaces.join("|")})\\.[a-zA-Z]`);

/** Fails if the page shows an untranslated message key in its text, title or accessible labels. */
export async function expectNoRawMessageKeys(page: Page): Promise<void> {
  const bodyText = await page.locator("body").innerText();
  const title = await page.title();
  const attributes = await page
    .locator("[aria-label], [title], [placeholder], [alt]")
    .evaluateAll((elements) =>
      elements.flatMap((e) => ["aria-label", "title", "placeholder", "alt"].map((a) => e.getAttribute(a) ?? "")),
    );
  for (const [where, text] of [
    ["body", bodyText],
    ["title", title],
    ["attributes", attributes.join("\n")],
  ] as const) {
    const match = RAW_KEY.exec(text);
    expect(
      match?.[0],
      `raw message key in ${where} of ${page.url()}: ${match ? text.slice(Math.max(0, match.index - 40), match.index + 60) : ""}`,
    ).toBeUndefined();
  }
}

/** A page's route, with IDs and tokens replaced, so "each page checked once" can be tracked. */
export function routeOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.protocol.startsWith("http")) return null;
  return (
    parsed.pathname
      .replace(/^\/reset-password\/[^/]+/, "/reset-password/:token")
      .replace(/^\/admin\/managers\/(?!new(?:\/|$))[^/]+/, "/admin/managers/:id")
      .replace(/^\/manager\/managers\/(?!(?:new|api|delete)(?:\/|$))[^/]+/, "/manager/managers/:id")
      .replace(/^\/manager\/teams\/(?!new(?:\/|$))[^/]+/, "/manager/teams/:id")
      .replace(/^\/manager\/agents\/bulk\/[^/]+/, "/manager/agents/bulk/:importId")
      .replace(/^\/manager\/agents\/(?!(?:new|bulk|move|delete)(?:\/|$))[^/]+/, "/manager/agents/:id")
      .replace(/^\/manager\/portals\/(?!new(?:\/|$))[^/]+/, "/manager/portals/:id")
      .replace(/^(\/manager\/portals\/:id\/sub-portals\/)[^/]+/, "$1:subId")
      .replace(/^\/manager\/business-hours\/(hours|holidays)\/(?!new(?:\/|$))[^/]+/, "/manager/business-hours/$1/:id")
      .replace(/^\/agent\/sessions\/[^/]+$/, "/agent/sessions/:sessionId")
      .replace(/^\/p\/[^/]+\/requests\/[^/]+$/, "/p/:portal/requests/:token")
      .replace(/^\/p\/(?!:portal\/)[^/]+\/[^/]+$/, "/p/:portal/:subPortal")
      .replace(/^\/p\/(?!:portal(?:\/|$))[^/]+\/?$/, "/p/:portal")
      .replace(/\/$/, "") || "/"
  );
}
