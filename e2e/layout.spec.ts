// Issue 10, points 1 and 7: the signed-in frame reflows to a phone's width and to 200 % zoom (WCAG
// 1.4.10), wide tables scroll inside their own focusable region, and borders, focus rings and
// buttons stay visible (contrast 3:1, forced colours). The narrow widths of every page the suite
// visits are checked by lotse.check() itself (e2e/support/page-checks.ts, expectReflow).
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { de } from "./support/messages";
import { password, seed, tag } from "./support/organisation";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 720 };

const mainNav = (page: Page) => page.getByRole("navigation", { name: de.Nav.label });
const menuButton = (page: Page) => mainNav(page).locator("summary", { hasText: de.Nav.menu });

async function expectInViewport(locator: Locator) {
  await expect(locator).toBeVisible();
  await expect(locator).toBeInViewport({ ratio: 1 });
}

test("below 900 px the main navigation folds into a menu that opens without JavaScript", async ({
  page,
  lotse,
  companyManager,
}) => {
  await lotse.signIn(page, "manager", companyManager);
  const teamsLink = mainNav(page).getByRole("link", { name: de.Nav.teams, exact: true });

  await test.step("at desktop width the navigation is always open, with no menu button", async () => {
    await expect(teamsLink).toBeVisible();
    await expect(menuButton(page)).toBeHidden();
  });

  await test.step("on a phone it is one menu button under the header, still the same landmark", async () => {
    await page.setViewportSize(PHONE);
    await expect(mainNav(page)).toHaveCount(1);
    await expectInViewport(menuButton(page));
    await expect(teamsLink).toBeHidden();
    // The user and "Abmelden" stay on screen.
    await expectInViewport(page.getByRole("button", { name: de.Nav.signOut, exact: true }));
    await lotse.check(page);

    await menuButton(page).click();
    await expectInViewport(teamsLink);
    await lotse.check(page);
    await teamsLink.click();
    await expect(page).toHaveURL(/\/manager\/teams$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(de.Teams.title);
    // A new page starts with the menu closed again, with or without JavaScript.
    await expect(mainNav(page).getByRole("link", { name: de.Nav.agents, exact: true })).toBeHidden();
    await expectInViewport(menuButton(page));
    await lotse.check(page);
  });

  await test.step("at 200 % zoom (640 px) the menu works the same", async () => {
    await page.setViewportSize({ width: 640, height: 360 });
    await menuButton(page).click();
    await mainNav(page).getByRole("link", { name: de.Nav.home, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/home$/);
    await expectInViewport(menuButton(page));
    await expect(mainNav(page).getByRole("link", { name: de.Nav.home, exact: true })).toBeHidden();
  });

  await test.step("back at desktop width the navigation is open again", async () => {
    await page.setViewportSize(DESKTOP);
    await expect(mainNav(page).getByRole("link", { name: de.Nav.teams, exact: true })).toBeVisible();
    await expect(menuButton(page)).toBeHidden();
  });
});

test("the main column uses the width it has", async ({ page, lotse, companyManager }) => {
  await page.setViewportSize({ width: 1800, height: 900 });
  await lotse.signIn(page, "manager", companyManager);
  const main = (await page.getByRole("main").boundingBox())!;
  const nav = (await mainNav(page).boundingBox())!;
  const viewportWidth = await page.evaluate(() => document.documentElement.clientWidth);
  // Everything right of the navigation, not a column capped at 1,024 px.
  expect(main.x).toBeGreaterThanOrEqual(nav.x + nav.width - 1);
  expect(main.x + main.width).toBeGreaterThanOrEqual(viewportWidth - 1);
});

/** A team with an agent, served by a portal, for the wide tables (agent list, feature matrix). */
async function organisation(baseURL: string | undefined) {
  const x = tag();
  const team = `Sehr lange Teambezeichnung für die Nachtschicht ${x}`;
  const seeded = await seed(baseURL, {
    teams: [{ key: "team", name: team }],
    users: [
      {
        key: "agent",
        kind: "agent",
        // One long word: the list cannot wrap it to a phone's width.
        loginId: `maximilianemustermannschmidt${x}@einelangedomain.lotse.test`,
        password: password(),
        firstName: "Maximiliane",
        lastName: `Mustermann-Schmidt ${x}`,
        team: "team",
      },
    ],
    portals: [
      {
        key: "portal",
        name: `Layout ${x}`,
        slug: `layout-${x}`,
        subPortals: [{ key: "sub", name: "Allgemein", slug: "allgemein", teams: ["team"] }],
      },
    ],
  });
  return { x, team, teamId: seeded.teams.team!, agentId: seeded.users.agent! };
}

/** The region holds the table, scrolls sideways itself, takes keyboard focus, and the page does not scroll. */
async function expectScrollRegion(page: Page, region: Locator) {
  await expect(region).toBeVisible();
  await expect(region).toHaveAttribute("tabindex", "0");
  await expect(region.getByRole("table")).toHaveCount(1);
  expect(await region.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(
    true,
  );
  await region.focus();
  await expect(region).toBeFocused();
  // Arrow keys scroll it, so keyboard users reach the columns on the right.
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
}

test("wide tables scroll inside a labelled region that takes keyboard focus", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  const { x, agentId } = await organisation(baseURL);
  await lotse.signIn(page, "manager", companyManager);
  await page.setViewportSize(PHONE);

  await page.goto(`/manager/agents?q=${x}`);
  await expect(page.getByRole("link", { name: `Mustermann-Schmidt ${x}, Maximiliane` })).toBeVisible();
  await lotse.check(page);
  await expectScrollRegion(page, page.getByRole("region", { name: de.Agents.tableCaption, exact: true }));

  await page.setViewportSize({ width: 640, height: 360 });
  await page.goto(`/manager/agents/${agentId}`);
  await lotse.check(page);
  await expectScrollRegion(page, page.getByRole("region", { name: de.Portals.agentMatrixCaption, exact: true }));
});

/** A CSS colour (any syntax the browser knows) as sRGB 0–255, the way the browser paints it. */
async function rgbOf(page: Page, color: string): Promise<[number, number, number]> {
  return page.evaluate((css) => {
    const context = document.createElement("canvas").getContext("2d")!;
    context.fillStyle = css;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!] as [number, number, number];
  }, color);
}

/** WCAG 2 contrast ratio of two sRGB colours. */
function contrast(a: [number, number, number], b: [number, number, number]): number {
  const luminance = (rgb: [number, number, number]) => {
    const [r, g, bl] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The background an element is painted on: its own, or the nearest ancestor's that is not transparent. */
async function backgroundBehind(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    // Any colour syntax, alpha included (forced colours keep a transparent background's alpha).
    const context = document.createElement("canvas").getContext("2d")!;
    const opaque = (color: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      return context.getImageData(0, 0, 1, 1).data[3] === 255;
    };
    for (let e: Element | null = element; e; e = e.parentElement) {
      const background = getComputedStyle(e).backgroundColor;
      if (opaque(background)) return background;
    }
    return "rgb(255, 255, 255)";
  });
}

async function expectContrast(page: Page, what: string, color: string, background: string, minimum: number) {
  const ratio = contrast(await rgbOf(page, color), await rgbOf(page, background));
  expect(ratio, `${what}: ${color} on ${background} is ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(minimum);
}

test("input borders and the focus ring on the dark header have at least 3:1 contrast", async ({
  page,
  lotse,
  companyManager,
}) => {
  await lotse.signIn(page, "manager", companyManager);
  await page.goto("/manager/settings");
  await lotse.checkOnce(page);
  for (const input of [
    page.getByLabel(de.Settings.email, { exact: true }),
    page.getByRole("combobox", { name: de.Settings.timeZone }),
  ]) {
    // Inside the field's parent: what surrounds the field, not the field's own white.
    const border = await input.evaluate((e) => getComputedStyle(e).borderTopColor);
    await expectContrast(page, "input border", border, await backgroundBehind(input.locator("..")), 3);
  }

  // The keyboard reaches "Abmelden" in the header: skip link, then the sign-out button.
  const signOut = page.getByRole("button", { name: de.Nav.signOut, exact: true });
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(signOut).toBeFocused();
  const ring = await signOut.evaluate((e) => {
    const style = getComputedStyle(e);
    return { color: style.outlineColor, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.style).not.toBe("none");
  expect(ring.width).toBeGreaterThanOrEqual(2);
  await expectContrast(page, "focus ring on the header", ring.color, await backgroundBehind(signOut), 3);
});

test("in forced-colours mode primary and danger buttons keep a visible border", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  const { teamId } = await organisation(baseURL);
  await lotse.signIn(page, "manager", companyManager);
  await page.goto(`/manager/teams/${teamId}`);
  await lotse.checkOnce(page);
  await page.emulateMedia({ forcedColors: "active" });
  await expect.poll(() => page.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(true);
  for (const [what, button] of [
    ["primary", page.getByRole("button", { name: de.Teams.save, exact: true })],
    ["danger", page.getByRole("link", { name: de.Teams.deleteTeam, exact: true })],
  ] as const) {
    const edge = await button.evaluate((e) => {
      const style = getComputedStyle(e);
      return { style: style.borderTopStyle, width: parseFloat(style.borderTopWidth), color: style.borderTopColor };
    });
    expect(edge.style, `${what} button border style`).toBe("solid");
    expect(edge.width, `${what} button border width`).toBeGreaterThanOrEqual(1);
    // A forced border is a system colour that stands out from the page (Canvas), never transparent.
    await expectContrast(page, `${what} button border`, edge.color, await backgroundBehind(button.locator("..")), 3);
  }
  await lotse.check(page);
});
