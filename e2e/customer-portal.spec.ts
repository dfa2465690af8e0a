// The customer's side of chapter 3: /p/<portal> and /p/<portal>/<sub-portal> laid out by portal type,
// in the customer's language (with a language switch that needs no script), required fields named
// next to them, a request that lands on the waiting page, business hours and holidays that close the
// page in the customer's language, a deleted portal that is gone, and customer input shown as text.
import { createHash, randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { de, en, type Messages } from "./support/messages";
import { dbQuery, fill, password, seed, setGrants, tag, withGrantsLock, type SeedWeek } from "./support/organisation";

const c = de.CustomerPortal;

/**
 * Every valid submission counts against a per-address limit (10 in 10 minutes). The e2e servers see
 * no proxy, so each test claims an address of its own the way a reverse proxy would report it.
 */
async function asClient(page: Page) {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` });
}

/** The labels of the form's fields, in order, as shown (with " (Pflichtfeld)" after required ones). */
const fieldLabels = (page: Page) => page.getByRole("main").locator("form .field-label");

const requestsOf = (baseURL: string | undefined, subPortalId: string) =>
  dbQuery<{
    id: number;
    token: string;
    status: string;
    language: string;
    customerName: string;
    customerEmail: string;
    customerPhone: string;
    problem: string;
    chosenAgentId: string | null;
    subPortalName: string;
  }>(
    baseURL,
    "SELECT id, token, status, language, customerName, customerEmail, customerPhone, problem, chosenAgentId, subPortalName FROM SupportRequest WHERE subPortalId = ? ORDER BY id",
    subPortalId,
  );

const OPEN_WEEK: SeedWeek = Array.from({ length: 7 }, () => ({ mode: "open" as const }));
const CLOSED_WEEK: SeedWeek = Array.from({ length: 7 }, () => ({ mode: "closed" as const }));

/** One portal of each type; the question box with its own texts. */
async function seedPortals(baseURL: string | undefined, x: string) {
  const pw = password();
  return seed(baseURL, {
    teams: [
      { key: "desk", name: `Kundenteam ${x}` },
      { key: "vip", name: `VIP-Team ${x}` },
    ],
    users: [
      {
        key: "ada",
        kind: "agent",
        firstName: `Ada${x}`,
        lastName: "Agent",
        loginId: `ada-${x}@lotse.test`,
        password: pw,
        team: "desk",
      },
      {
        key: "ben",
        kind: "agent",
        firstName: `Ben${x}`,
        lastName: "Agent",
        loginId: `ben-${x}@lotse.test`,
        password: pw,
        team: "desk",
      },
      {
        key: "vera",
        kind: "agent",
        firstName: `Vera${x}`,
        lastName: "Agent",
        loginId: `vera-${x}@lotse.test`,
        password: pw,
        team: "vip",
      },
    ],
    portals: [
      {
        key: "choice",
        name: `Auswahl ${x}`,
        slug: `auswahl-${x}`,
        type: "agentSelection",
        subPortals: [
          { key: "choiceMain", name: "Allgemein", slug: "allgemein", teams: ["desk"] },
          { key: "choiceVip", name: "VIP", slug: "vip", teams: ["vip"] },
        ],
      },
      {
        key: "questions",
        name: `Fragen ${x}`,
        slug: `fragen-${x}`,
        type: "questionBox",
        welcomeDe: "Willkommen! Wir helfen gern.",
        welcomeEn: "Welcome! We are glad to help.",
        fields: {
          name: {
            shown: true,
            required: true,
            label: { de: "Wie heißen Sie?", en: "What is your name?" },
            help: { de: "", en: "" },
          },
          email: { shown: true, required: true },
          phone: { shown: false, required: false },
        },
        subPortals: [
          { key: "questionsMain", name: "Allgemein", slug: "allgemein", teams: ["desk"] },
          { key: "questionsSecond", name: "Drucker", slug: "drucker", teams: ["desk"] },
        ],
      },
      {
        key: "contact",
        name: `Kontakt ${x}`,
        slug: `kontakt-${x}`,
        type: "contactButton",
        subPortals: [{ key: "contactMain", name: "Allgemein", slug: "allgemein" }],
      },
      {
        key: "code",
        name: `Code ${x}`,
        slug: `code-${x}`,
        type: "connectionCode",
        subPortals: [{ key: "codeMain", name: "Allgemein", slug: "allgemein" }],
      },
    ],
    // Ben and Vera are at their consoles; Ada is not.
    consoles: ["ben", "vera"],
  });
}

test("each portal type has its layout and fields; a sub-portal address shows that sub-portal", async ({
  page,
  lotse,
  baseURL,
}) => {
  const x = tag();
  await seedPortals(baseURL, x);
  const f = c.fields;
  const open = async (path: string, name: string) => {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  };

  await test.step("Mitarbeiterauswahl: the agents of the teams serving the sub-portal, then the contact fields", async () => {
    await open(`/p/auswahl-${x}`, `Auswahl ${x}`);
    await expect(page.getByRole("main")).toContainText(c.intro.agentSelection);
    const agents = page.getByRole("radiogroup", { name: f.agent.label });
    await expect(agents.getByRole("radio")).toHaveCount(2);
    // Ada is not signed in: listed, marked and not selectable; a choice of hers would only wait.
    await expect(agents.getByRole("radio", { name: `Ada${x} (${c.agentUnavailable})`, exact: true })).toBeDisabled();
    await expect(agents.getByRole("radio", { name: `Ben${x}`, exact: true })).toBeEnabled();
    await expect(agents).toHaveAccessibleDescription(f.agent.help);
    await expect(fieldLabels(page)).toHaveText([
      `${f.agent.label} (Pflichtfeld)`,
      `${f.name.label} (Pflichtfeld)`,
      f.email.label,
      f.phone.label,
      f.problem.label,
    ]);
    await expect(page.getByRole("button", { name: c.submit.agentSelection, exact: true })).toBeVisible();
    await lotse.checkOnce(page);

    await open(`/p/auswahl-${x}/vip`, `Auswahl ${x}`);
    await expect(agents.getByRole("radio")).toHaveCount(1);
    await expect(agents.getByRole("radio", { name: `Vera${x}`, exact: true })).toBeVisible();
    await lotse.checkOnce(page);
  });

  await test.step("Fragefeld: the portal's welcome text and field labels, the phone hidden, the question required", async () => {
    await open(`/p/fragen-${x}`, `Fragen ${x}`);
    await expect(page.getByRole("main")).toContainText("Willkommen! Wir helfen gern.");
    await expect(page.getByRole("main")).not.toContainText(c.intro.questionBox);
    await expect(fieldLabels(page)).toHaveText([
      "Wie heißen Sie? (Pflichtfeld)",
      `${f.email.label} (Pflichtfeld)`,
      `${f.problem.label} (Pflichtfeld)`,
    ]);
    await expect(page.getByRole("textbox", { name: f.phone.label })).toHaveCount(0);
    await expect(page.getByRole("textbox", { name: f.problem.label, exact: true })).toHaveAccessibleDescription(
      f.problem.help,
    );
    await expect(page.getByRole("button", { name: c.submit.questionBox, exact: true })).toBeVisible();
  });

  await test.step("Kontakt-Schaltfläche: contact fields and one button, no question", async () => {
    await open(`/p/kontakt-${x}`, `Kontakt ${x}`);
    await expect(page.getByRole("main")).toContainText(c.intro.contactButton);
    await expect(fieldLabels(page)).toHaveText([`${f.name.label} (Pflichtfeld)`, f.email.label, f.phone.label]);
    await expect(page.getByRole("button", { name: c.submit.contactButton, exact: true })).toBeVisible();
  });

  await test.step("Verbindungscode: the code first", async () => {
    await open(`/p/code-${x}/allgemein`, `Code ${x}`);
    await expect(page.getByRole("main")).toContainText(c.intro.connectionCode);
    await expect(fieldLabels(page)).toHaveText([
      `${f.code.label} (Pflichtfeld)`,
      `${f.name.label} (Pflichtfeld)`,
      f.email.label,
      f.phone.label,
      f.problem.label,
    ]);
    await expect(page.getByRole("textbox", { name: f.code.label, exact: true })).toHaveAccessibleDescription(
      f.code.help,
    );
    await expect(page.getByRole("button", { name: c.submit.connectionCode, exact: true })).toBeVisible();
    await lotse.checkOnce(page);
  });

  await test.step("an unknown sub-portal or portal is not found", async () => {
    for (const path of [`/p/fragen-${x}/unbekannt`, `/p/unbekannt-${x}`]) {
      const response = await page.context().request.get(path);
      expect(response.status(), path).toBe(404);
    }
  });
});

test("a required field left empty is named next to it; a valid request lands on the waiting page", async ({
  page,
  lotse,
  baseURL,
}) => {
  const x = tag();
  const org = await seedPortals(baseURL, x);
  const f = c.fields;
  await asClient(page);

  await test.step("empty name and question: errors next to the fields, nothing stored", async () => {
    await page.goto(`/p/fragen-${x}/drucker`);
    await lotse.checkOnce(page);
    await page.getByRole("textbox", { name: f.email.label, exact: true }).fill(`kunde-${x}@example.com`);
    await page.getByRole("button", { name: c.submit.questionBox, exact: true }).click();
    const name = page.getByRole("textbox", { name: "Wie heißen Sie?", exact: true });
    const problem = page.getByRole("textbox", { name: f.problem.label, exact: true });
    await expect(name).toHaveAccessibleDescription(de.Errors.customerNameRequired);
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(problem).toHaveAccessibleDescription(`${f.problem.help} ${de.Errors.problemRequired}`);
    await expect(page.getByRole("textbox", { name: f.email.label, exact: true })).toHaveValue(`kunde-${x}@example.com`);
    await expect(page.getByRole("textbox", { name: f.email.label, exact: true })).not.toHaveAttribute("aria-invalid");
    await lotse.check(page);
    expect(requestsOf(baseURL, org.subPortals.questionsSecond!)).toEqual([]);
  });

  await test.step("filled in → the waiting page with the request number; a waiting request in the sub-portal", async () => {
    await page.getByRole("textbox", { name: "Wie heißen Sie?", exact: true }).fill(`Karla Kundin ${x}`);
    await page
      .getByRole("textbox", { name: f.problem.label, exact: true })
      .fill("Der Drucker im 2. Stock druckt nur leere Seiten.");
    await page.getByRole("button", { name: c.submit.questionBox, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/p/fragen-${x}/requests/[A-Za-z0-9_-]{43}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.waiting.title);
    await expect(page.getByRole("main").getByText(c.waiting.next, { exact: true })).toBeVisible();
    await lotse.checkOnce(page);

    const rows = requestsOf(baseURL, org.subPortals.questionsSecond!);
    expect(rows).toEqual([
      {
        id: expect.any(Number),
        token: createHash("sha256").update(new URL(page.url()).pathname.split("/").pop()!).digest("hex"),
        status: "waiting",
        language: "de",
        customerName: `Karla Kundin ${x}`,
        customerEmail: `kunde-${x}@example.com`,
        customerPhone: "",
        problem: "Der Drucker im 2. Stock druckt nur leere Seiten.",
        chosenAgentId: null,
        subPortalName: "Drucker",
      },
    ]);
    await expect(page.locator("p", { hasText: c.waiting.number }).locator("strong")).toHaveText(String(rows[0]!.id));
    await expect(page.getByRole("main")).toContainText(`Karla Kundin ${x}`);
    await expect(page.getByRole("main")).toContainText(`Fragen ${x}`);
  });

  await test.step("agent selection: the customer's choice is stored with the request", async () => {
    await page.goto(`/p/auswahl-${x}`);
    await lotse.checkOnce(page);
    await page.getByRole("button", { name: c.submit.agentSelection, exact: true }).click();
    const agents = page.getByRole("radiogroup", { name: f.agent.label });
    await expect(agents).toHaveAccessibleDescription(`${f.agent.help} ${de.Errors.agentChoiceRequired}`);
    expect(requestsOf(baseURL, org.subPortals.choiceMain!)).toEqual([]);
    await agents.getByRole("radio", { name: `Ben${x}`, exact: true }).check();
    await page.getByRole("textbox", { name: f.name.label, exact: true }).fill(`Otto ${x}`);
    await page.getByRole("button", { name: c.submit.agentSelection, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.waiting.title);
    expect(requestsOf(baseURL, org.subPortals.choiceMain!)).toEqual([
      expect.objectContaining({ status: "waiting", customerName: `Otto ${x}`, chosenAgentId: org.users.ben }),
    ]);
  });
});

test("customer input is shown as text, never as markup", async ({ page, lotse, baseURL }) => {
  const x = tag();
  const org = await seedPortals(baseURL, x);
  await asClient(page);
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const name = "<img src=x onerror=alert(1)>";
  const problem = "<script>alert(2)</script> & <b>fett</b>";
  await page.goto(`/p/kontakt-${x}`);
  await lotse.checkOnce(page);
  await page.getByRole("textbox", { name: c.fields.name.label, exact: true }).fill(name);
  await page.getByRole("button", { name: c.submit.contactButton, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.waiting.title);
  await expect(page.locator("dd", { hasText: name })).toHaveText(name);
  await expect(page.locator("main img")).toHaveCount(0);
  await lotse.checkOnce(page);

  await page.goto(`/p/fragen-${x}`);
  await page.getByRole("textbox", { name: "Wie heißen Sie?", exact: true }).fill(name);
  await page.getByRole("textbox", { name: c.fields.email.label, exact: true }).fill(`xss-${x}@example.com`);
  await page.getByRole("textbox", { name: c.fields.problem.label, exact: true }).fill(problem);
  await page.getByRole("button", { name: c.submit.questionBox, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.waiting.title);
  await expect(page.locator("dd", { hasText: "<script>" })).toHaveText(problem);
  await expect(page.locator("main b, main img")).toHaveCount(0);
  expect(requestsOf(baseURL, org.subPortals.contactMain!).map((r) => r.customerName)).toEqual([name]);
  expect(dialogs).toEqual([]);
});

/** "YYYY-MM-DD" of a day relative to today, in a time zone. */
const dayIn = (timeZone: string, offsetDays: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

async function seedClosedPortals(baseURL: string | undefined, x: string) {
  const zone = "Pacific/Auckland";
  return seed(baseURL, {
    portals: [
      {
        key: "closed",
        name: `Geschlossen ${x}`,
        slug: `geschlossen-${x}`,
        subPortals: [{ key: "c1", name: "Allgemein", slug: "allgemein" }],
      },
      {
        key: "holiday",
        name: `Feiertag ${x}`,
        slug: `feiertag-${x}`,
        subPortals: [{ key: "h1", name: "Allgemein", slug: "allgemein" }],
      },
    ],
    hoursSets: [
      {
        key: "never",
        name: `Nie ${x}`,
        timeZone: "Europe/Berlin",
        week: CLOSED_WEEK,
        closedMessageDe: "Wir haben geschlossen.",
        closedMessageEn: "We are closed.",
        portals: ["closed"],
      },
      { key: "always", name: `Immer ${x}`, timeZone: "Europe/Berlin", week: OPEN_WEEK, portals: ["holiday"] },
    ],
    holidaySets: [
      {
        key: "holidays",
        name: `Ferien ${x}`,
        timeZone: zone,
        closedMessageDe: "Wir machen Betriebsferien.",
        closedMessageEn: "We are on company holiday.",
        // Yesterday to tomorrow in the set's zone: today, wherever the test runs and whenever.
        dates: [{ name: "Betriebsferien", startDate: dayIn(zone, -1), endDate: dayIn(zone, 1) }],
        portals: ["holiday"],
      },
    ],
  });
}

async function expectClosed(page: Page, t: Messages, path: string, texts: string[]) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  const notice = page.getByRole("region", { name: t.CustomerPortal.closedTitle });
  for (const text of texts) await expect(notice).toContainText(text);
  await expect(page.getByRole("main").locator("form")).toHaveCount(0);
  await expect(page.getByRole("button", { name: t.CustomerPortal.submit.questionBox })).toHaveCount(0);
}

test("closed: outside business hours and on a holiday the closed message replaces the form", async ({
  page,
  lotse,
  baseURL,
}) => {
  const x = tag();
  await seedClosedPortals(baseURL, x);
  await expectClosed(page, de, `/p/geschlossen-${x}`, ["Wir haben geschlossen."]);
  await lotse.checkOnce(page);
  // Holidays come first: the portal is closed although its hours say "open all day".
  await expectClosed(page, de, `/p/feiertag-${x}/allgemein`, [
    fill(c.closedHoliday, { name: "Betriebsferien" }),
    "Wir machen Betriebsferien.",
  ]);
  await lotse.checkOnce(page);
});

test("a deleted portal is not found at its old address", async ({ page, lotse, baseURL, companyManager }) => {
  test.setTimeout(180_000); // deleting needs the Admin Center grant, under the grants lock
  const x = tag();
  const org = await seed(baseURL, {
    portals: [
      {
        key: "gone",
        name: `Weg ${x}`,
        slug: `weg-${x}`,
        subPortals: [{ key: "g1", name: "Allgemein", slug: "allgemein" }],
      },
    ],
  });
  expect((await page.context().request.get(`/p/weg-${x}`)).status()).toBe(200);
  await withGrantsLock(baseURL, async () => {
    try {
      await setGrants(lotse, { companyManagersMayChangePortals: true });
      const manager = await lotse.newPage();
      await lotse.signIn(manager, "manager", companyManager);
      await manager.goto(`/manager/portals/${org.portals.gone}/delete`);
      await lotse.checkOnce(manager);
      await manager.getByRole("button", { name: de.Portals.ok, exact: true }).click();
      await expect(manager).toHaveURL(/\/manager\/portals$/);
      await lotse.checkOnce(manager);
    } finally {
      await setGrants(lotse, { companyManagersMayChangePortals: false });
    }
  });
  for (const path of [`/p/weg-${x}`, `/p/weg-${x}/allgemein`]) {
    expect((await page.context().request.get(path)).status(), path).toBe(404);
  }
});

test.describe("with an English browser", () => {
  test.use({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en-US,en" } });

  test("the page speaks English, errors too; the language switch works without a script", async ({
    page,
    lotse,
    baseURL,
  }) => {
    const x = tag();
    const org = await seedPortals(baseURL, x);
    const f = en.CustomerPortal.fields;
    await asClient(page);
    await page.goto(`/p/fragen-${x}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("main")).toContainText("Welcome! We are glad to help.");
    await expect(fieldLabels(page)).toHaveText([
      "What is your name? (required)",
      `${f.email.label} (required)`,
      `${f.problem.label} (required)`,
    ]);
    await lotse.checkOnce(page);

    await page.getByRole("button", { name: en.CustomerPortal.submit.questionBox, exact: true }).click();
    await expect(page.getByRole("textbox", { name: f.email.label, exact: true })).toHaveAccessibleDescription(
      `${f.email.help} ${en.Errors.customerEmailRequired}`,
    );
    await expect(page.getByRole("textbox", { name: f.problem.label, exact: true })).toHaveAccessibleDescription(
      `${f.problem.help} ${en.Errors.problemRequired}`,
    );
    await lotse.check(page);
    expect(requestsOf(baseURL, org.subPortals.questionsMain!)).toEqual([]);

    const languages = page.getByRole("form", { name: en.LanguageSwitch.label });
    await expect(languages.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    await languages.getByRole("button", { name: "Deutsch" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page).toHaveURL(new RegExp(`/p/fragen-${x}$`));
    await expect(fieldLabels(page)).toHaveText([
      "Wie heißen Sie? (Pflichtfeld)",
      `${c.fields.email.label} (Pflichtfeld)`,
      `${c.fields.problem.label} (Pflichtfeld)`,
    ]);
    await expect(page.getByRole("main")).toContainText("Willkommen! Wir helfen gern.");
    await page.getByRole("form", { name: de.LanguageSwitch.label }).getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    // A request made in English is stored with its language.
    await page.getByRole("textbox", { name: "What is your name?", exact: true }).fill(`Chris ${x}`);
    await page.getByRole("textbox", { name: f.email.label, exact: true }).fill(`chris-${x}@example.com`);
    await page.getByRole("textbox", { name: f.problem.label, exact: true }).fill("My printer is offline.");
    await page.getByRole("button", { name: en.CustomerPortal.submit.questionBox, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.CustomerPortal.waiting.title);
    await lotse.checkOnce(page);
    expect(requestsOf(baseURL, org.subPortals.questionsMain!)).toEqual([
      expect.objectContaining({ language: "en", customerName: `Chris ${x}` }),
    ]);
  });

  test("closed: the closed messages in English", async ({ page, lotse, baseURL }) => {
    const x = tag();
    await seedClosedPortals(baseURL, x);
    await expectClosed(page, en, `/p/geschlossen-${x}`, ["We are closed."]);
    await lotse.checkOnce(page);
    await expectClosed(page, en, `/p/feiertag-${x}`, [
      fill(en.CustomerPortal.closedHoliday, { name: "Betriebsferien" }),
      "We are on company holiday.",
    ]);
  });
});
