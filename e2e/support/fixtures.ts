// The test object every spec imports: Playwright's, plus
//  - an audit that records every page a test reaches and fails the test if that page was never
//    checked with axe + the raw-message-key guard + the reflow check (narrow widths) in this worker
//    (and, with JavaScript on, if a page threw or a request failed),
//  - `lotse`: page checks, extra browser contexts with the project's options, sign-in and an
//    Admin Center page for making test data.
import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type TestInfo,
} from "@playwright/test";
import { ADMIN, strongPassword, uniqueLoginId } from "./constants";
import { de, type Messages } from "./messages";
import { expectAccessible, expectNoRawMessageKeys, expectReflow, routeOf } from "./page-checks";

export { expect };

export type Realm = "manager" | "admin";
export type Credentials = { loginId: string; password: string };
export type CompanyManager = Credentials & { id: string; name: string; email: string; language: "de" | "en" };

/**
 * In a client-side navigation, Next follows a page's redirect() with history.replaceState: the
 * redirecting URL shows in the address bar for a moment, but nobody sees that page. This script,
 * run before the page's own, reports each replaceState to another path to the audit, so the
 * redirecting URL is not taken for a page the test reached. (Without JavaScript, redirects are
 * HTTP redirects and leave no trace in the browser's history.)
 */
const REPORT_REPLACED_URLS = () => {
  const replace = history.replaceState;
  history.replaceState = function (this: History, ...args: Parameters<History["replaceState"]>) {
    const [, , url] = args;
    if (url != null) {
      const to = new URL(String(url), location.href);
      if (to.pathname !== location.pathname) {
        (window as unknown as { __lotseReplaced?: (from: string, to: string) => void }).__lotseReplaced?.(
          location.href,
          to.href,
        );
      }
    }
    return replace.apply(this, args);
  };
};

type Visit = { route: string; url: string; redirected: boolean };

class PageAudit {
  /**
   * Routes checked in this worker (one worker serves one project, i.e. one server); errors a spec
   * expects (see `expectedBrowserErrors`).
   */
  constructor(
    readonly checked: Set<string>,
    private readonly expectedErrors?: RegExp,
  ) {}

  private expected(text: string): boolean {
    return this.expectedErrors?.test(text) ?? false;
  }

  readonly scriptErrors: string[] = [];

  private readonly visits = new Map<Page, Visit[]>();

  /** Lets pages of this context report redirects (see REPORT_REPLACED_URLS). */
  async instrument(context: BrowserContext): Promise<void> {
    await context.exposeBinding("__lotseReplaced", ({ page }, from: string) => {
      // The latest visit of the URL that was replaced: a redirect hop, not a page the user saw.
      const visit = this.visits.get(page)?.findLast((v) => v.url === from && !v.redirected);
      if (visit) visit.redirected = true;
    });
    await context.addInitScript(REPORT_REPLACED_URLS);
  }

  track(page: Page): void {
    page.on("framenavigated", (frame) => {
      if (frame !== page.mainFrame()) return;
      const route = routeOf(frame.url());
      if (!route) return;
      const visits = this.visits.get(page) ?? [];
      visits.push({ route, url: frame.url(), redirected: false });
      this.visits.set(page, visits);
    });
    page.on("pageerror", (error) => this.scriptErrors.push(`${page.url()}: ${error.message}`));
    page.on("console", (message) => {
      // Failed subresources are reported below, with their URL.
      if (message.type() !== "error" || message.text().startsWith("Failed to load resource")) return;
      if (this.expected(message.text())) return;
      this.scriptErrors.push(`${page.url()}: console.error: ${message.text()}`);
    });
    page.on("response", (response) => {
      const request = response.request();
      // Browsers ask for /favicon.ico on their own; Lotse ships none, which is not a page's fault.
      if (
        response.status() < 400 ||
        request.isNavigationRequest() ||
        new URL(request.url()).pathname === "/favicon.ico"
      )
        return;
      const answered = `${request.method()} ${request.url()} answered ${response.status()}`;
      if (!this.expected(answered)) this.scriptErrors.push(`${page.url()}: ${answered}`);
    });
  }

  /** Every page a test reached — however briefly — that no check ran on. */
  unchecked(): string[] {
    const reached = new Map<string, string>();
    for (const visits of this.visits.values()) {
      for (const { route, url, redirected } of visits) if (!redirected && !reached.has(route)) reached.set(route, url);
    }
    return [...reached.entries()]
      .filter(([route]) => !this.checked.has(route))
      .map(([route, url]) => `${route} (${url})`);
  }
}

export type Lotse = {
  /**
   * axe (no serious/critical violations) + no raw message keys, on the page as it is now; then the
   * same page at 390 and 640 px (1280 px at 200 % zoom): no sideways scrolling, axe again.
   */
  check(page: Page): Promise<void>;
  /** Like check(), unless this route was already checked (in this worker: same project, same server). */
  checkOnce(page: Page): Promise<void>;
  /** A new browser context with this project's options (baseURL, JavaScript on/off, locale …). */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /**
   * Submits the sign-in form of a realm for an attempt that is refused, and waits until the form
   * is back (the password field comes back empty, with or without JavaScript), so that repeated
   * attempts with the same error text cannot race. The caller asserts the message.
   */
  attemptSignIn(page: Page, realm: Realm, credentials: Credentials, t?: Messages): Promise<void>;
  /** Fills in and submits the sign-in form; the caller asserts where it leads. */
  submitSignIn(page: Page, realm: Realm, credentials: Credentials, t?: Messages): Promise<void>;
  /** Signs in and expects the realm's landing page. */
  signIn(page: Page, realm: Realm, credentials: Credentials, t?: Messages): Promise<void>;
  /** A page signed in to the Admin Center as the system administrator (one per test, made on first use). */
  adminPage(): Promise<Page>;
  /** Creates a company manager through the Admin Center UI. */
  createCompanyManager(input?: Partial<Omit<CompanyManager, "id">>): Promise<CompanyManager>;
};

const PRODUCT_ONLY = new RegExp(`^${de.Common.productName}$`);

const LANDING: Record<Realm, RegExp> = { admin: /\/admin\/overview$/, manager: /\/manager\/home$/ };

export const test = base.extend<
  {
    audit: PageAudit;
    lotse: Lotse;
    companyManager: CompanyManager;
    /**
     * Browser errors a spec expects, matched against a console error's text or "<METHOD> <url>
     * answered <status>": what a spec's own browser flags cause (Chromium's fake media UI checks the
     * camera policy for a screen capture), or a refusal that is part of a protocol under test.
     */
    expectedBrowserErrors: RegExp | undefined;
  },
  { checkedRoutes: Set<string> }
>({
  expectedBrowserErrors: [undefined, { option: true }],

  checkedRoutes: [
    async ({}, provide) => {
      await provide(new Set<string>());
    },
    { scope: "worker" },
  ],

  audit: [
    async ({ javaScriptEnabled, checkedRoutes, expectedBrowserErrors }, provide, testInfo: TestInfo) => {
      // Which test checks a route first depends on how tests fall to workers. LOTSE_E2E_AUDIT=per-test
      // forgets the worker's checks for each test, to find a test that relies on another's.
      const audit = new PageAudit(
        process.env.LOTSE_E2E_AUDIT === "per-test" ? new Set() : checkedRoutes,
        expectedBrowserErrors,
      );
      await provide(audit);
      if (testInfo.status !== testInfo.expectedStatus) return;
      expect(audit.unchecked(), "pages reached without an accessibility / message-key check").toEqual([]);
      if (javaScriptEnabled !== false) {
        expect(audit.scriptErrors, "script errors in the browser").toEqual([]);
      }
    },
    { auto: true },
  ],

  context: async ({ context, audit }, provide) => {
    await audit.instrument(context);
    await provide(context);
  },

  page: async ({ page, audit }, provide) => {
    audit.track(page);
    await provide(page);
  },

  lotse: async ({ browser, audit, baseURL, javaScriptEnabled, locale, extraHTTPHeaders, timezoneId }, provide) => {
    const contexts: BrowserContext[] = [];
    let admin: Page | undefined;

    // Which contexts run scripts: axe has to take a detour for those that don't.
    const scripted = new WeakMap<BrowserContext, boolean>();
    const check = async (page: Page) => {
      // A client-side navigation shows the new page before its <title> (Next reveals the metadata a
      // moment later): check the page once it is complete.
      await expect(page, `the page at ${page.url()} has a title`).toHaveTitle(/\S/);
      // …one that names the page: the product's name alone is the title of a page that forgot its own.
      await expect(page, `the page at ${page.url()} names itself in its title`).not.toHaveTitle(PRODUCT_ONLY);
      await expectNoRawMessageKeys(page);
      const scripts = scripted.get(page.context()) ?? javaScriptEnabled !== false;
      await expectAccessible(page, { javaScriptEnabled: scripts });
      await expectReflow(page, { javaScriptEnabled: scripts });
      const route = routeOf(page.url());
      if (route) audit.checked.add(route);
    };

    const newContext = async (options: BrowserContextOptions = {}) => {
      const context = await browser.newContext({
        baseURL,
        javaScriptEnabled,
        locale,
        extraHTTPHeaders,
        timezoneId,
        ...options,
      });
      await audit.instrument(context);
      context.on("page", (page) => audit.track(page));
      scripted.set(context, (options.javaScriptEnabled ?? javaScriptEnabled) !== false);
      contexts.push(context);
      return context;
    };

    const fillSignIn = async (page: Page, realm: Realm, { loginId, password }: Credentials, t: Messages) => {
      if (routeOf(page.url()) !== `/${realm}`) await page.goto(`/${realm}`);
      await lotse.checkOnce(page);
      await page.getByLabel(t.SignIn.loginId, { exact: true }).fill(loginId);
      await page.getByLabel(t.SignIn.password, { exact: true }).fill(password);
      await page.getByRole("button", { name: t.SignIn.submit, exact: true }).click();
    };

    const lotse: Lotse = {
      check,
      async checkOnce(page) {
        const route = routeOf(page.url());
        if (!route || !audit.checked.has(route)) await check(page);
      },
      newContext,
      async newPage(options) {
        return (await newContext(options)).newPage();
      },
      async submitSignIn(page, realm, credentials, t = de) {
        await fillSignIn(page, realm, credentials, t);
      },
      async attemptSignIn(page, realm, credentials, t = de) {
        await fillSignIn(page, realm, credentials, t);
        await expect(page.getByLabel(t.SignIn.password, { exact: true })).toHaveValue("");
        await expect(page).toHaveURL(new RegExp(`/${realm}(\\?[^/]*)?$`));
      },
      async signIn(page, realm, credentials, t = de) {
        await fillSignIn(page, realm, credentials, t);
        await expect(page).toHaveURL(LANDING[realm]);
        await lotse.checkOnce(page);
      },
      async adminPage() {
        if (!admin) {
          admin = await lotse.newPage();
          await lotse.signIn(admin, "admin", ADMIN);
        }
        return admin;
      },
      async createCompanyManager(input = {}) {
        const loginId = input.loginId ?? uniqueLoginId("cm");
        const manager = {
          name: input.name ?? `Manager ${loginId.split("@")[0]}`,
          loginId,
          // Deliberately not the login ID: mail must go to the address on file.
          email: input.email ?? loginId.replace("@lotse.test", "@mail.lotse.test"),
          password: input.password ?? strongPassword(),
          language: input.language ?? "de",
        };
        const page = await lotse.adminPage();
        const t = de.Admin.managers;
        await page.goto("/admin/managers/new");
        await lotse.checkOnce(page);
        await page.getByLabel(t.name, { exact: true }).fill(manager.name);
        await page.getByLabel(t.loginId, { exact: true }).fill(manager.loginId);
        await page.getByLabel(t.email, { exact: true }).fill(manager.email);
        await page.getByRole("combobox", { name: t.language }).selectOption(manager.language);
        await page.getByLabel(t.password, { exact: true }).fill(manager.password);
        await page.getByLabel(t.passwordConfirm, { exact: true }).fill(manager.password);
        await page.getByRole("button", { name: t.add, exact: true }).click();
        await expect(page).toHaveURL(/\/admin\/overview$/);
        await expect(page.getByRole("status")).toHaveText(de.Notices.managerCreated);
        await lotse.checkOnce(page);
        const link = page
          .getByRole("row")
          .filter({ hasText: manager.loginId })
          .getByRole("link", { name: manager.name });
        const id = (await link.getAttribute("href"))?.split("/").pop();
        if (!id) throw new Error(`no link to the new manager ${manager.loginId}`);
        return { ...manager, id };
      },
    };

    await provide(lotse);
    for (const context of contexts) await context.close();
  },

  companyManager: async ({ lotse }, provide) => {
    await provide(await lotse.createCompanyManager());
  },
});
