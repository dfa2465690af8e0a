// Manual chapter 3, "Portaleinstellungen": Portale with an arrow per portal, Portal hinzufügen, the
// Portaleinstellungen tab (customer fields of the type, welcome texts, features, the e-mail address
// for completed sessions) → Einstellungen speichern, sub-portals, deleting a portal without losing
// its history — and all of it read-only, and refused by the server, while the Admin Center does not
// allow company managers to change portal settings (the asterisk in the manual).
import type { Locator, Page } from "@playwright/test";
import { actionFieldsOf, expectNotFound, postForm } from "./support/forged-requests";
import { expect, test, type Lotse } from "./support/fixtures";
import { de, icu } from "./support/messages";
import { dbQuery, fill, seed, setGrants, tag, withGrantsLock } from "./support/organisation";
import { dangerZone } from "./support/regions";

const p = de.Portals;

const idIn = (url: string) => new URL(url).pathname.split("/")[3]!;
const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const tabs = (page: Page) => page.getByRole("navigation", { name: p.tabsLabel });
const group = (scope: Page | Locator, name: string) => scope.getByRole("group", { name, exact: true });
const textbox = (scope: Page | Locator, name: string) => scope.getByRole("textbox", { name, exact: true });
const checkbox = (scope: Page | Locator, name: string) => scope.getByRole("checkbox", { name, exact: true });

async function openPortals(page: Page, lotse: Lotse) {
  await page
    .getByRole("navigation", { name: de.Nav.label })
    .getByRole("link", { name: de.Nav.portals, exact: true })
    .click();
  await expect(page).toHaveURL(/\/manager\/portals$/);
  await expect(heading(page)).toHaveText(p.title);
  await lotse.checkOnce(page);
}

/** A portal's row group on the Portale page: its own row, then a row per sub-portal. */
const portalEntry = (page: Page, name: string) =>
  page.locator("tbody").filter({ has: page.getByRole("rowheader", { name, exact: true }) });

type PortalRow = {
  name: string;
  slug: string | null;
  type: string;
  queueMode: number;
  fields: string;
  features: string;
  welcomeDe: string;
  welcomeEn: string;
  completedSessionEmail: string | null;
  deletedAt: string | null;
};
const portalRow = (baseURL: string | undefined, id: string) =>
  dbQuery<PortalRow>(
    baseURL,
    "SELECT name, slug, type, queueMode, fields, features, welcomeDe, welcomeEn, completedSessionEmail, deletedAt FROM Portal WHERE id = ?",
    id,
  )[0];
const subPortalRows = (baseURL: string | undefined, portalId: string) =>
  dbQuery<{ id: string; name: string; slug: string | null; deleted: number }>(
    baseURL,
    "SELECT id, name, slug, deletedAt IS NOT NULL AS deleted FROM SubPortal WHERE portalId = ? ORDER BY createdAt, name",
    portalId,
  );

test("Portal hinzufügen, Portaleinstellungen speichern, Unterportale, Portal löschen", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  test.setTimeout(240_000); // the grants lock may be held by another spec for a while
  const x = tag();
  const name = `Kundendienst ${x}`;
  const slug = `kundendienst-${x}`;
  const printers = `Drucker ${x}`;
  // A second portal, so that the list shows every portal closed (a portal alone opens by itself).
  await seed(baseURL, {
    portals: [
      {
        key: "other",
        name: `Anderes Portal ${x}`,
        slug: `anderes-${x}`,
        subPortals: [{ key: "o1", name: "Allgemein", slug: "allgemein" }],
      },
    ],
  });
  let id = "";

  await withGrantsLock(baseURL, async () => {
    try {
      await setGrants(lotse, { companyManagersMayChangePortals: true });
      await lotse.signIn(page, "manager", companyManager);

      await test.step("Portale › Portal hinzufügen: a bad address is named next to its field, nothing is created", async () => {
        await openPortals(page, lotse);
        await page.getByRole("main").getByRole("link", { name: p.add, exact: true }).click();
        await expect(page).toHaveURL(/\/manager\/portals\/new$/);
        await expect(heading(page)).toHaveText(p.add);
        await lotse.checkOnce(page);
        await textbox(page, p.name).fill(name);
        await page.getByRole("combobox", { name: p.type, exact: true }).selectOption({ label: p.types.questionBox });
        await textbox(page, p.slug).fill("Kundendienst!");
        const first = group(page, p.firstSubPortal);
        await expect(textbox(first, p.subPortalName)).toHaveValue(p.defaultSubPortalName);
        await textbox(first, p.subPortalName).fill(printers);
        await textbox(first, p.subPortalSlug).fill("drucker");
        await page.getByRole("button", { name: p.create, exact: true }).click();
        await expect(textbox(page, p.slug)).toHaveAccessibleDescription(`${p.slugHelp} ${de.Errors.slugInvalid}`);
        await expect(textbox(page, p.slug)).toHaveAttribute("aria-invalid", "true");
        await expect(textbox(page, p.name)).toHaveValue(name);
        await expect(textbox(first, p.subPortalName)).toHaveValue(printers);
        await lotse.check(page);
        expect(dbQuery(baseURL, "SELECT id FROM Portal WHERE name = ?", name)).toEqual([]);
      });

      await test.step("Portal hinzufügen with name, type, address and the first sub-portal", async () => {
        await textbox(page, p.slug).fill(slug);
        await page.getByRole("button", { name: p.create, exact: true }).click();
        await expect(page).toHaveURL(/\/manager\/portals\/[^/?]+$/);
        await expect(page.getByRole("status")).toHaveText(de.Notices.portalCreated);
        await expect(heading(page)).toHaveText(name);
        await expect(tabs(page).getByRole("link", { name: p.settingsTab, exact: true })).toHaveAttribute(
          "aria-current",
          "page",
        );
        await expect(page.getByRole("main")).toContainText(`${p.publicAddress}: ${baseURL}/p/${slug}`);
        await lotse.checkOnce(page);
        id = idIn(page.url());
        expect(portalRow(baseURL, id)).toMatchObject({ name, slug, type: "questionBox", deletedAt: null });
        expect(subPortalRows(baseURL, id)).toEqual([
          { id: expect.any(String), name: printers, slug: "drucker", deleted: 0 },
        ]);
      });

      await test.step("Portale: one table shows type, address, sub-portals, teams and whether it is open now", async () => {
        await openPortals(page, lotse);
        const entry = portalEntry(page, name);
        const rows = entry.getByRole("row");
        await expect(rows).toHaveCount(2);
        await expect(rows.nth(0).getByRole("cell")).toHaveText([
          p.types.questionBox,
          `/p/${slug}`,
          icu(p.subPortalCount, { count: 1 }),
          p.openNow,
          fill(p.settingsOf, { portal: name }),
        ]);
        await expect(rows.nth(1).getByRole("rowheader")).toHaveText(printers);
        await expect(rows.nth(1).getByRole("cell")).toHaveText([
          p.subPortal,
          `/p/${slug}/drucker`,
          icu(p.teamCount, { count: 0 }),
          "",
          "",
        ]);
        await expect(entry.getByRole("link", { name: printers, exact: true })).toBeVisible();
        await lotse.check(page);
        await entry.getByRole("link", { name: fill(p.settingsOf, { portal: name }), exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`/manager/portals/${id}$`));
        await expect(tabs(page).getByRole("link", { name: p.settingsTab, exact: true })).toHaveAttribute(
          "aria-current",
          "page",
        );
      });

      const fieldGroup = (field: keyof typeof p.fieldNames) => group(page, p.fieldNames[field]);
      const slugBox = textbox(page, p.slug);
      const mail = textbox(page, p.completedSessionEmail);
      const welcome = {
        de: "Willkommen beim Kundendienst! Beschreiben Sie Ihr Anliegen.",
        en: "Welcome to customer service! Tell us what you need.",
      };
      const nameTexts = {
        labelDe: "Ihr vollständiger Name",
        labelEn: "Your full name",
        helpDe: "So sprechen wir Sie an.",
        helpEn: "How we address you.",
      };

      await test.step("Portaleinstellungen: the customer fields of a question box, the question always required", async () => {
        for (const field of ["name", "email", "phone", "problem"] as const)
          await expect(fieldGroup(field)).toBeVisible();
        for (const field of ["agent", "code"] as const) await expect(fieldGroup(field)).toHaveCount(0);
        const problem = fieldGroup("problem");
        for (const box of [p.fieldShown, p.fieldRequired]) {
          await expect(checkbox(problem, box)).toBeChecked();
          await expect(checkbox(problem, box)).toBeDisabled();
        }
        await expect(problem).toContainText(p.fieldEssential);
        // A new portal: every field shown, the name required, e-mail and phone optional.
        await expect(checkbox(fieldGroup("name"), p.fieldRequired)).toBeChecked();
        await expect(checkbox(fieldGroup("email"), p.fieldRequired)).not.toBeChecked();
        await expect(checkbox(fieldGroup("phone"), p.fieldShown)).toBeChecked();
        // Recording needs the Admin Center's permission first, which this account has not given.
        const recording = checkbox(page, p.featureNames.sessionRecording);
        await expect(recording).toBeDisabled();
        await expect(recording).toHaveAccessibleDescription(p.recordingNeedsGrant);
        await expect(recording).not.toBeChecked();
        const screenSharing = checkbox(page, p.featureNames.screenSharing);
        await expect(screenSharing).toBeEnabled();
        await expect(screenSharing).toBeChecked();
        await expect(checkbox(page, p.featureNames.diagnostics)).toBeEnabled();
        await lotse.checkOnce(page);
      });

      const fillSettings = async () => {
        const nameField = fieldGroup("name");
        await textbox(nameField, p.labelDe).fill(nameTexts.labelDe);
        await textbox(nameField, p.labelEn).fill(nameTexts.labelEn);
        await textbox(nameField, p.helpDe).fill(nameTexts.helpDe);
        await textbox(nameField, p.helpEn).fill(nameTexts.helpEn);
        await checkbox(fieldGroup("email"), p.fieldRequired).check();
        await checkbox(fieldGroup("phone"), p.fieldShown).uncheck();
        await checkbox(page, p.queueMode).check();
        await textbox(page, p.welcomeDe).fill(welcome.de);
        await textbox(page, p.welcomeEn).fill(welcome.en);
        await checkbox(page, p.featureNames.diagnostics).uncheck();
        await checkbox(page, p.featureNames.agentSurvey).check();
      };

      await test.step("a bad address and a bad e-mail address are named next to their fields; nothing is saved", async () => {
        await fillSettings();
        await slugBox.fill("kunden dienst");
        await mail.fill("berichte(at)example.com");
        const before = portalRow(baseURL, id);
        await page.getByRole("button", { name: p.save, exact: true }).click();
        await expect(slugBox).toHaveAccessibleDescription(`${p.slugHelp} ${de.Errors.slugInvalid}`);
        await expect(slugBox).toHaveAttribute("aria-invalid", "true");
        await expect(mail).toHaveAccessibleDescription(`${p.completedSessionEmailHelp} ${de.Errors.emailFormat}`);
        await expect(mail).toHaveAttribute("aria-invalid", "true");
        // The form comes back as it was sent.
        await expect(textbox(page, p.welcomeDe)).toHaveValue(welcome.de);
        await expect(textbox(fieldGroup("name"), p.labelEn)).toHaveValue(nameTexts.labelEn);
        await expect(checkbox(fieldGroup("phone"), p.fieldShown)).not.toBeChecked();
        await expect(checkbox(page, p.featureNames.diagnostics)).not.toBeChecked();
        // A disabled checkbox was not sent: it still shows what is stored.
        await expect(checkbox(page, p.featureNames.screenSharing)).toBeChecked();
        await expect(checkbox(page, p.featureNames.sessionRecording)).not.toBeChecked();
        await expect(checkbox(page, p.featureNames.sessionRecording)).toBeDisabled();
        await expect(mail).toHaveValue("berichte(at)example.com");
        await lotse.check(page);
        expect(portalRow(baseURL, id)).toEqual(before);
      });

      await test.step("the e-mail address for completed sessions → Einstellungen speichern", async () => {
        await slugBox.fill(slug);
        await mail.fill(`berichte-${x}@example.com`);
        await page.getByRole("button", { name: p.save, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`/manager/portals/${id}$`));
        await expect(page.getByRole("status")).toHaveText(de.Notices.saved);
        await expect(slugBox).not.toHaveAttribute("aria-invalid");
        await expect(mail).not.toHaveAttribute("aria-invalid");

        const row = portalRow(baseURL, id)!;
        expect(row).toMatchObject({
          slug,
          type: "questionBox",
          queueMode: 1,
          welcomeDe: welcome.de,
          welcomeEn: welcome.en,
          completedSessionEmail: `berichte-${x}@example.com`,
        });
        expect(JSON.parse(row.fields)).toMatchObject({
          name: {
            shown: true,
            required: true,
            label: { de: nameTexts.labelDe, en: nameTexts.labelEn },
            help: { de: nameTexts.helpDe, en: nameTexts.helpEn },
          },
          email: { shown: true, required: true },
          phone: { shown: false, required: false },
        });
        // Recording was not sent (disabled without the Admin Center's permission): it stays off.
        expect(JSON.parse(row.features)).toEqual({
          screenSharing: true,
          fileTransferSend: true,
          fileTransferReceive: true,
          diagnostics: false,
          sessionRecording: false,
          customerSurvey: true,
          agentSurvey: true,
        });

        // A fresh load shows what was stored.
        await page.goto(`/manager/portals/${id}`);
        await expect(textbox(fieldGroup("name"), p.labelDe)).toHaveValue(nameTexts.labelDe);
        await expect(textbox(fieldGroup("name"), p.helpEn)).toHaveValue(nameTexts.helpEn);
        await expect(checkbox(fieldGroup("email"), p.fieldRequired)).toBeChecked();
        await expect(checkbox(fieldGroup("phone"), p.fieldShown)).not.toBeChecked();
        await expect(checkbox(page, p.queueMode)).toBeChecked();
        await expect(textbox(page, p.welcomeEn)).toHaveValue(welcome.en);
        await expect(checkbox(page, p.featureNames.diagnostics)).not.toBeChecked();
        await expect(checkbox(page, p.featureNames.agentSurvey)).toBeChecked();
        await expect(checkbox(page, p.featureNames.fileTransferSend)).toBeChecked();
        await expect(checkbox(page, p.featureNames.screenSharing)).toBeChecked();
        await expect(mail).toHaveValue(`berichte-${x}@example.com`);
      });

      await test.step("another type brings its own fields; the settings of the others are kept", async () => {
        await page.getByRole("combobox", { name: p.type, exact: true }).selectOption({ label: p.types.connectionCode });
        await page.getByRole("button", { name: p.save, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`/manager/portals/${id}$`));
        await expect(page.getByRole("combobox", { name: p.type, exact: true })).toHaveValue("connectionCode");
        const code = fieldGroup("code");
        await expect(checkbox(code, p.fieldShown)).toBeChecked();
        await expect(checkbox(code, p.fieldRequired)).toBeDisabled();
        await expect(code).toContainText(p.fieldEssential);
        // The question is optional for this type, and stays shown as the manager last saw it.
        const problem = fieldGroup("problem");
        await expect(checkbox(problem, p.fieldShown)).toBeEnabled();
        await expect(checkbox(problem, p.fieldShown)).toBeChecked();
        await expect(textbox(fieldGroup("name"), p.labelDe)).toHaveValue(nameTexts.labelDe);
        await expect(checkbox(page, p.queueMode)).toHaveCount(0);
        await lotse.check(page);
        expect(portalRow(baseURL, id)).toMatchObject({ type: "connectionCode", queueMode: 0 });
      });

      const subPortals = subPortalRows(baseURL, id);
      const lastId = subPortals[0]!.id;

      await test.step("Unterportale: add one; an address already used in the portal is refused", async () => {
        await tabs(page).getByRole("link", { name: p.subPortalsTab, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`/manager/portals/${id}/sub-portals$`));
        await expect(tabs(page).getByRole("link", { name: p.subPortalsTab, exact: true })).toHaveAttribute(
          "aria-current",
          "page",
        );
        await expect(page.getByRole("row").filter({ hasText: printers })).toContainText(`${baseURL}/p/${slug}/drucker`);
        await lotse.checkOnce(page);
        const add = page.getByRole("region", { name: p.addSubPortal });
        await textbox(add, p.subPortalName).fill(`Kasse ${x}`);
        await textbox(add, p.subPortalSlug).fill("drucker");
        await add.getByRole("button", { name: p.addSubPortal, exact: true }).click();
        await expect(textbox(add, p.subPortalSlug)).toHaveAccessibleDescription(`${p.slugHelp} ${de.Errors.slugTaken}`);
        await lotse.check(page);
        expect(subPortalRows(baseURL, id)).toHaveLength(1);

        await textbox(add, p.subPortalSlug).fill("kasse");
        await add.getByRole("button", { name: p.addSubPortal, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`/manager/portals/${id}/sub-portals$`));
        await expect(page.getByRole("status")).toHaveText(de.Notices.subPortalCreated);
        await expect(page.getByRole("row").filter({ hasText: `Kasse ${x}` })).toContainText(
          `${baseURL}/p/${slug}/kasse`,
        );
        // The form is empty again, without the error of the refused attempt.
        await expect(textbox(add, p.subPortalName)).toHaveValue("");
        await expect(textbox(add, p.subPortalSlug)).not.toHaveAttribute("aria-invalid");
      });

      await test.step("rename the sub-portal", async () => {
        await page.getByRole("link", { name: `Kasse ${x}`, exact: true }).click();
        await expect(heading(page)).toHaveText(`Kasse ${x}`);
        await lotse.checkOnce(page);
        const rename = page.getByRole("region", { name: p.renameSubPortal });
        await textbox(rename, p.subPortalName).fill(`Kassen ${x}`);
        await textbox(rename, p.subPortalSlug).fill("kassen");
        await rename.getByRole("button", { name: p.save, exact: true }).click();
        await expect(page).toHaveURL(/\/sub-portals\/[^/?]+$/);
        await expect(page.getByRole("status")).toHaveText(de.Notices.saved);
        await expect(heading(page)).toHaveText(`Kassen ${x}`);
        await expect(page.getByRole("link", { name: `${baseURL}/p/${slug}/kassen`, exact: true })).toBeVisible();
        expect(subPortalRows(baseURL, id).map(({ name, slug }) => ({ name, slug }))).toEqual([
          { name: printers, slug: "drucker" },
          { name: `Kassen ${x}`, slug: "kassen" },
        ]);
      });

      await test.step("Unterportal löschen → OK", async () => {
        await dangerZone(page).getByRole("link", { name: p.deleteSubPortal, exact: true }).click();
        await expect(page).toHaveURL(/\/sub-portals\/[^/?]+\/delete$/);
        await expect(heading(page)).toHaveText(p.deleteSubPortal);
        await expect(page.getByRole("main")).toContainText(
          icu(p.deleteSubPortalQuestion, { subPortal: `Kassen ${x}`, portal: name, teams: 0 }),
        );
        await lotse.checkOnce(page);
        await page.getByRole("button", { name: p.ok, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`/manager/portals/${id}/sub-portals$`));
        await expect(page.getByRole("status")).toHaveText(de.Notices.subPortalDeleted);
        await expect(page.getByRole("link", { name: `Kassen ${x}`, exact: true })).toHaveCount(0);
        // Kept for history, its address released.
        expect(subPortalRows(baseURL, id).map(({ name, slug, deleted }) => ({ name, slug, deleted }))).toEqual([
          { name: printers, slug: "drucker", deleted: 0 },
          { name: `Kassen ${x}`, slug: null, deleted: 1 },
        ]);
      });

      await test.step("the last sub-portal cannot be deleted, not even from its confirmation page", async () => {
        await page.getByRole("link", { name: printers, exact: true }).click();
        await expect(heading(page)).toHaveText(printers);
        await expect(page.getByRole("main")).toContainText(p.lastSubPortalStays);
        await expect(page.getByRole("link", { name: p.deleteSubPortal, exact: true })).toHaveCount(0);
        // Its confirmation page says why and offers no OK that would only fail.
        await page.goto(`/manager/portals/${id}/sub-portals/${lastId}/delete`);
        await expect(page.getByRole("main")).toContainText(
          fill(p.lastSubPortalExplained, { subPortal: printers, portal: name }),
        );
        await expect(page.getByRole("button", { name: p.ok, exact: true })).toHaveCount(0);
        await lotse.check(page);
        expect(subPortalRows(baseURL, id).filter((s) => !s.deleted)).toEqual([
          { id: lastId, name: printers, slug: "drucker", deleted: 0 },
        ]);
      });

      await test.step("Portal löschen → OK: gone from the list, its rows and an earlier request kept", async () => {
        const { requests } = await seed(baseURL, {
          requests: [
            { key: "earlier", subPortalId: lastId, customerName: `Kundin ${x}`, problem: "Der Drucker druckt nicht." },
          ],
        });
        await page.goto(`/manager/portals/${id}`);
        await dangerZone(page).getByRole("link", { name: p.delete, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`/manager/portals/${id}/delete$`));
        await expect(heading(page)).toHaveText(p.delete);
        await expect(page.getByRole("main")).toContainText(
          icu(p.deleteQuestion, { portal: name, subPortals: 1, teams: 0 }),
        );
        await expect(page.getByRole("main")).toContainText(p.deleteKeepsHistory);
        await lotse.checkOnce(page);
        await page.getByRole("button", { name: p.ok, exact: true }).click();
        await expect(page).toHaveURL(/\/manager\/portals$/);
        await expect(page.getByRole("status")).toHaveText(de.Notices.portalDeleted);
        await expect(portalEntry(page, name)).toHaveCount(0);
        await expect(portalEntry(page, `Anderes Portal ${x}`)).toHaveCount(1);

        expect(portalRow(baseURL, id)).toMatchObject({ name, slug: null, deletedAt: expect.any(String) });
        expect(subPortalRows(baseURL, id).map(({ name, deleted }) => ({ name, deleted }))).toEqual([
          { name: printers, deleted: 1 },
          { name: `Kassen ${x}`, deleted: 1 },
        ]);
        expect(
          dbQuery(
            baseURL,
            "SELECT subPortalId, portalName, subPortalName, customerName, status FROM SupportRequest WHERE id = ?",
            requests.earlier!.id,
          ),
        ).toEqual([
          {
            subPortalId: lastId,
            portalName: name,
            subPortalName: printers,
            customerName: `Kundin ${x}`,
            status: "waiting",
          },
        ]);
      });
    } finally {
      await setGrants(lotse, { companyManagersMayChangePortals: false });
    }
  });

  await test.step("the deleted portal's pages are not found", async () => {
    await expectNotFound(page, lotse, `/manager/portals/${id}`);
  });
});

test("without the Admin Center grant, Portale is read-only and a forged save is refused", async ({
  page,
  lotse,
  companyManager,
  baseURL,
  browser,
}) => {
  test.setTimeout(180_000);
  const x = tag();
  const name = `Nur lesen ${x}`;
  const org = await seed(baseURL, {
    portals: [
      {
        key: "portal",
        name,
        slug: `nur-lesen-${x}`,
        features: { screenSharing: false, diagnostics: false },
        subPortals: [
          { key: "first", name: "Allgemein", slug: "allgemein" },
          { key: "second", name: `Zweites ${x}`, slug: "zweites" },
        ],
      },
    ],
  });
  const id = org.portals.portal!;
  const second = org.subPortals.second!;
  const stored = () => portalRow(baseURL, id);

  await withGrantsLock(baseURL, async () => {
    try {
      await setGrants(lotse, { companyManagersMayChangePortals: false });
      await lotse.signIn(page, "manager", companyManager);

      await test.step("Portale: the notice, no Portal hinzufügen", async () => {
        await openPortals(page, lotse);
        await expect(page.getByRole("main")).toContainText(p.readOnly);
        await expect(page.getByRole("main").getByRole("link", { name: p.add, exact: true })).toHaveCount(0);
        const entry = portalEntry(page, name);
        await entry.getByRole("link", { name: fill(p.settingsOf, { portal: name }), exact: true }).click();
        await expect(heading(page)).toHaveText(name);
      });

      await test.step("Portaleinstellungen: every control disabled, no Einstellungen speichern, no Portal löschen", async () => {
        await expect(page.getByRole("main")).toContainText(p.readOnly);
        await expect(page.getByRole("button", { name: p.save, exact: true })).toHaveCount(0);
        await expect(page.getByRole("link", { name: p.delete, exact: true })).toHaveCount(0);
        for (const control of [
          textbox(page, p.name),
          textbox(page, p.slug),
          page.getByRole("combobox", { name: p.type, exact: true }),
          checkbox(group(page, p.fieldNames.email), p.fieldRequired),
          textbox(group(page, p.fieldNames.name), p.labelDe),
          textbox(page, p.welcomeDe),
          checkbox(page, p.featureNames.diagnostics),
          textbox(page, p.completedSessionEmail),
        ]) {
          await expect(control).toBeDisabled();
        }
        await expect(checkbox(page, p.featureNames.diagnostics)).not.toBeChecked();
        // Viewing and managing business hours is not a portal setting.
        await expect(
          page.getByRole("main").getByRole("link", { name: p.manageBusinessHours, exact: true }),
        ).toBeVisible();
        await lotse.checkOnce(page);
      });

      await test.step("Unterportale: listed, but neither added, renamed nor deleted", async () => {
        await tabs(page).getByRole("link", { name: p.subPortalsTab, exact: true }).click();
        await expect(page.getByRole("row").filter({ hasText: `Zweites ${x}` })).toBeVisible();
        await expect(page.getByRole("region", { name: p.addSubPortal })).toHaveCount(0);
        await lotse.checkOnce(page);
        await page.getByRole("link", { name: `Zweites ${x}`, exact: true }).click();
        await expect(heading(page)).toHaveText(`Zweites ${x}`);
        await expect(page.getByRole("region", { name: p.renameSubPortal })).toHaveCount(0);
        await expect(page.getByRole("link", { name: p.deleteSubPortal, exact: true })).toHaveCount(0);
        await lotse.checkOnce(page);
      });

      await test.step("the pages that change portals are not found", async () => {
        for (const url of [
          "/manager/portals/new",
          `/manager/portals/${id}/delete`,
          `/manager/portals/${id}/sub-portals/${second}/delete`,
        ]) {
          await expectNotFound(page, lotse, url);
        }
      });

      const forged = (slug: string) =>
        [
          ["portalId", id],
          ["name", `Gefälscht ${x}`],
          ["slug", slug],
          ["type", "contactButton"],
          ["welcomeDe", "gefälscht"],
          ["welcomeEn", ""],
          ["features.screenSharing", "on"],
          ["completedSessionEmail", `forged-${x}@example.com`],
        ] as [string, string][];

      await test.step("a forged POST of the settings form is refused and changes nothing", async () => {
        const hidden = await actionFieldsOf(
          browser,
          page.context(),
          `/manager/portals/${id}`,
          'main form:has(input[name="portalId"])',
        );
        const before = stored();
        const answer = await postForm(page.context(), baseURL, `/manager/portals/${id}`, [
          ...hidden,
          ...forged(`gefaelscht-${x}`),
        ]);
        expect(answer.status).toBe(404);
        expect(stored()).toEqual(before);

        // The same request is a valid one: with the grant it saves (so the refusal above was the grant's).
        await setGrants(lotse, { companyManagersMayChangePortals: true });
        const allowed = await postForm(page.context(), baseURL, `/manager/portals/${id}`, [
          ...hidden,
          ...forged(`erlaubt-${x}`),
        ]);
        expect(allowed).toEqual({ status: 303, location: `/manager/portals/${id}`, flash: "notice:saved" });
        expect(stored()).toMatchObject({ name: `Gefälscht ${x}`, slug: `erlaubt-${x}`, type: "contactButton" });
        // With the grant, every switch of the request counts: screen sharing is on now.
        expect(JSON.parse(stored()!.features)).toMatchObject({ screenSharing: true });
      });
    } finally {
      await setGrants(lotse, { companyManagersMayChangePortals: false });
    }
  });
});
