import { type Browser, expect, type Page } from "@playwright/test";
import axeCore from "axe-core";
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
  const document = { url: page.url(), html: await page.content() };
  const viewport = page.viewportSize();
  if (viewport) await mirror.page.setViewportSize(viewport);
  // The same page at another width (see expectReflow) only needs the mirror resized.
  if (document.url !== mirror.document.url || document.html !== mirror.document.html) {
    mirror.document = document;
    await mirror.page.goto(document.url);
  }
  return axe(mirror.page);
}

/**
 * Runs axe in the page itself, as @axe-core/playwright's legacy mode does, but injects axe's source
 * only once per document: every page is analyzed at three widths (see expectReflow), and sending
 * and compiling the source costs more than a run. Only violations are needed.
 */
async function axe(page: Page): Promise<axeCore.AxeResults> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeCore.source);
  return page.evaluate(() =>
    (window as unknown as { axe: typeof axeCore }).axe.run(document, { resultTypes: ["violations"] }),
  );
}

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

/**
 * The widths every page must reflow to (WCAG 1.4.10): a phone, and 1280 px at 200 % zoom. The
 * check at 1280 px itself is the caller's.
 */
const NARROW_WIDTHS = [390, 640] as const;

/**
 * At each narrow width: the page itself does not scroll sideways (a wide table scrolls inside its
 * own region) and axe finds nothing. The viewport is restored afterwards, also on failure.
 */
export async function expectReflow(page: Page, { javaScriptEnabled = true } = {}): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error("expectReflow needs a page with a fixed viewport");
  try {
    for (const width of NARROW_WIDTHS) {
      await page.setViewportSize({ width, height: viewport.height });
      await expectNoSidewaysScrolling(page);
      await expectAccessible(page, { javaScriptEnabled });
    }
  } finally {
    await page.setViewportSize(viewport);
  }
}

/** Fails if the document is wider than the viewport, naming the elements that reach past its edge. */
async function expectNoSidewaysScrolling(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const edge = root.clientWidth + 0.5;
    // An element's right edge, with content that spills out of it (a line that cannot wrap).
    const right = (e: Element) => {
      const box = e.getBoundingClientRect();
      const spills = getComputedStyle(e).overflowX === "visible";
      return box.left + (spills ? Math.max(box.width, e.scrollWidth) : box.width);
    };
    const insideScrollBox = (e: Element) => {
      for (let up = e.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== "visible") return true;
      }
      return false;
    };
    const describe = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${[...e.classList].map((c) => `.${c}`).join("")}` +
      ` (right edge ${Math.round(right(e))} px): ${(e.textContent ?? "").trim().slice(0, 60)}`;
    // The innermost elements past the edge, leaving out what a scroll box already holds: what to fix.
    const past = [...document.body.querySelectorAll("*")].filter((e) => right(e) > edge && !insideScrollBox(e));
    const culprits = past.filter((e) => !past.some((other) => other !== e && e.contains(other)));
    return {
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      culprits: culprits.slice(0, 5).map(describe),
    };
  });
  expect(
    overflow,
    overflow
      ? `${page.url()} scrolls sideways at ${overflow.clientWidth} px (${overflow.scrollWidth} px wide):\n  ${overflow.culprits.join("\n  ")}`
      : "",
  ).toBeNull();
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
      .replace(/^\/manager\/agents\/bulk\/[^/]+/, "/manager/agents/bulk/:bulkEntryId")
      .replace(/^\/manager\/agents\/(?!(?:new|bulk|move|delete)(?:\/|$))[^/]+/, "/manager/agents/:id")
      .replace(/^\/manager\/portals\/(?!new(?:\/|$))[^/]+/, "/manager/portals/:id")
      .replace(/^(\/manager\/portals\/:id\/sub-portals\/)[^/]+/, "$1:subId")
      .replace(/^\/manager\/business-hours\/(hours|holidays)\/(?!new(?:\/|$))[^/]+/, "/manager/business-hours/$1/:id")
      .replace(/^\/manager\/api\/tokens\/[^/]+/, "/manager/api/tokens/:id")
      .replace(/^\/agent\/sessions\/[^/]+$/, "/agent/sessions/:sessionId")
      .replace(/^\/manager\/sessions\/[^/]+\/view$/, "/manager/sessions/:sessionId/view")
      .replace(/^\/manager\/session-information\/\d+$/, "/manager/session-information/:number")
      .replace(/^\/p\/[^/]+\/requests\/[^/]+$/, "/p/:portal/requests/:token")
      .replace(/^\/p\/(?!:portal\/)[^/]+\/[^/]+$/, "/p/:portal/:subPortal")
      .replace(/^\/p\/(?!:portal(?:\/|$))[^/]+\/?$/, "/p/:portal")
      .replace(/\/$/, "") || "/"
  );
}
