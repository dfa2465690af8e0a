// A success notice belongs to the response that earned it (decision record 16): it travels from the
// action to the page it redirects to in a short-lived cookie (a flash), never in the URL, so it is
// gone on reload and never stands above the errors of the next, failed submit — with and without
// JavaScript.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { de } from "./support/messages";
import { seed, setGrants, tag, withGrantsLock } from "./support/organisation";

const p = de.Portals;

/** The page's URL carries no query (no ?notice=…) and the browser keeps no flash for a later page. */
async function expectNothingLeftOver(page: Page, path: string) {
  expect(new URL(page.url()).pathname).toBe(path);
  expect(new URL(page.url()).search).toBe("");
  const flashes = (await page.context().cookies()).filter((cookie) => cookie.name === "lotse-flash");
  expect(flashes, "a flash cookie left in the browser").toEqual([]);
}

test("Portaleinstellungen: the notice shows once, not after a reload and not above the next failed save", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  test.setTimeout(240_000); // the grants lock may be held by another spec for a while
  const x = tag();
  const name = `Flash ${x}`;
  const { portals } = await seed(baseURL, {
    portals: [{ key: "p", name, slug: `flash-${x}`, subPortals: [{ key: "s", name: "Allgemein", slug: "allgemein" }] }],
  });
  const path = `/manager/portals/${portals.p}`;
  const saved = page.getByRole("status").filter({ hasText: de.Notices.saved });
  const nameBox = page.getByRole("textbox", { name: p.name, exact: true });
  const save = page.getByRole("button", { name: p.save, exact: true });

  await withGrantsLock(baseURL, async () => {
    try {
      await setGrants(lotse, { companyManagersMayChangePortals: true });
      await lotse.signIn(page, "manager", companyManager);
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
      await expect(saved).toHaveCount(0);
      await lotse.checkOnce(page);

      await test.step("Einstellungen speichern: the notice, at the clean URL", async () => {
        await save.click();
        await expect(saved).toBeVisible();
        await expectNothingLeftOver(page, path);
        await lotse.check(page);
      });

      await test.step("the same form with an error: the error, and no notice above it", async () => {
        await nameBox.fill("");
        await save.click();
        await expect(nameBox).toHaveAttribute("aria-invalid", "true");
        await expect(saved).toHaveCount(0);
        await lotse.check(page);
      });

      await test.step("saved again: the notice again; after a reload it is gone", async () => {
        await nameBox.fill(`${name} neu`);
        await save.click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${name} neu`);
        await expect(saved).toBeVisible();
        await expectNothingLeftOver(page, path);
        await page.reload();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${name} neu`);
        await expect(saved).toHaveCount(0);
        await expectNothingLeftOver(page, path);
      });
    } finally {
      await setGrants(lotse, { companyManagersMayChangePortals: false });
    }
  });
});

test("Meine Einstellungen: a saved notice does not outlive its page, and a forged flash says nothing", async ({
  page,
  lotse,
  companyManager,
}) => {
  const saved = page.getByRole("status").filter({ hasText: de.Notices.saved });
  const email = page.getByRole("textbox", { name: de.Settings.email, exact: true });
  const save = page.getByRole("button", { name: de.Settings.submit, exact: true });
  await lotse.signIn(page, "manager", companyManager);
  await page.goto("/manager/settings");
  await lotse.checkOnce(page);

  await save.click();
  await expect(saved).toBeVisible();
  await expectNothingLeftOver(page, "/manager/settings");

  await email.fill("keine-adresse");
  await save.click();
  await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
  await expect(saved).toHaveCount(0);
  await lotse.check(page);

  // Another page after a success: the notice stays with the page it was meant for.
  await page.goto("/manager/settings");
  await save.click();
  await expect(saved).toBeVisible();
  await page.goto("/manager/home");
  await expect(page.getByRole("status").filter({ hasText: de.Notices.saved })).toHaveCount(0);
  await lotse.checkOnce(page);

  // Only the proxy hands a flash to a page: a cookie with an unknown key, or a header sent by the
  // client, shows nothing.
  await page
    .context()
    .addCookies([{ name: "lotse-flash", value: "notice:hacked", url: new URL("/", page.url()).href }]);
  await page.setExtraHTTPHeaders({ "x-lotse-flash": "notice:saved" });
  await page.goto("/manager/settings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(de.Settings.title);
  await expect(page.getByRole("main").getByRole("status")).toHaveCount(0);
  await expectNothingLeftOver(page, "/manager/settings");
});
