// Live support end to end (issue 5): a customer on each portal type reaches a signed-in agent in the
// agent console, both see the same session ID, chat both ways over the event stream (the team's
// greeting first), exchange files, the agent gets the customer's diagnostics with consent, ends the
// session with notes and outcome, both surveys are answered and the completed-session summary
// arrives over SMTP. Plus: file transfer switched off is refused by the server, a dropped customer
// stream resumes without losing or doubling messages, sessions are private to their two
// participants, and a team's available-logins cap refuses the next sign-in. What changes while a page
// is open — a new request, the chat beginning, its end — is announced in the page's one live region,
// which stays the same element throughout, and the title follows the heading.
import { randomInt } from "node:crypto";
import { EventEmitter, once } from "node:events";
import fs from "node:fs";
import net from "node:net";
import type { BrowserContext, Page } from "@playwright/test";
import { agentSignIn } from "./support/agent-console";
import { expect, test, type Lotse } from "./support/fixtures";
import { waitForMail } from "./support/mail-capture";
import { de, icu } from "./support/messages";
import { dbQuery, dbValue, fill, password, seed, tag, type SeedPortal } from "./support/organisation";
import { findSessions, listedSessions, sessionResults } from "./support/session-information";

// The chat, the live request list and file sending run on JavaScript.
test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "live support needs JavaScript (the js project runs it)");

const a = de.AgentConsole;
const c = de.CustomerPortal;

type Agent = { loginId: string; password: string; firstName: string };

/** Each test is its own client address: the portal limits submissions per address. */
async function customerContext(lotse: Lotse): Promise<BrowserContext> {
  return lotse.newContext({
    extraHTTPHeaders: { "X-Forwarded-For": `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` },
  });
}

/** Fills the portal page as a customer and submits; returns on the request's own page. */
async function submitRequest(
  lotse: Lotse,
  page: Page,
  slug: string,
  type: NonNullable<SeedPortal["type"]>,
  input: { name: string; problem?: string; agent?: string; code?: string },
): Promise<string> {
  await page.goto(`/p/${slug}`);
  await lotse.checkOnce(page);
  if (input.agent)
    await page
      .getByRole("radiogroup", { name: c.fields.agent.label })
      .getByRole("radio", { name: input.agent, exact: true })
      .check();
  if (input.code) await page.getByRole("textbox", { name: c.fields.code.label }).fill(input.code);
  const name = page.getByRole("textbox", { name: c.fields.name.label });
  if ((await name.count()) > 0) await name.fill(input.name);
  const problem = page.getByRole("textbox", { name: c.fields.problem.label });
  if (input.problem && (await problem.count()) > 0) await problem.fill(input.problem);
  await page.getByRole("button", { name: c.submit[type], exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${slug}/requests/[^/]+$`));
  return page.url();
}

/** The waiting request of this customer on the agent's console (it appears without a reload). */
const requestItem = (agentPage: Page, customerName: string) =>
  agentPage.getByRole("region", { name: a.requests.heading }).getByRole("listitem").filter({ hasText: customerName });

/** Annehmen on the customer's request; returns the session's address and its 9-digit number. */
async function accept(agentPage: Page, customerName: string): Promise<{ id: string; number: string }> {
  const item = requestItem(agentPage, customerName);
  await expect(item).toBeVisible();
  await item.getByRole("button", { name: a.requests.accept, exact: true }).click();
  await expect(agentPage).toHaveURL(/\/agent\/sessions\/[^/?]+$/);
  const id = new URL(agentPage.url()).pathname.split("/").pop()!;
  const heading = agentPage.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(/^Sitzung \d{9}$/);
  const number = (await heading.textContent())!.replace(/\D/g, "");
  expect(number).toMatch(/^\d{9}$/);
  expect(await heading.textContent()).toBe(fill(a.session.title, { number }));
  return { id, number };
}

const transcript = (page: Page) => page.getByRole("log").getByRole("listitem");

/** The page's one live region (it has no name; it is the layout's status element). */
const liveRegion = (page: Page) => page.locator("#live-announcement[role=status][aria-live=polite]");

/** The count above the waiting requests. */
const requestCount = (agentPage: Page) =>
  agentPage.getByRole("region", { name: a.requests.heading }).locator(".requests-count");

async function agentSays(agentPage: Page, text: string) {
  await agentPage.getByRole("textbox", { name: a.message.label, exact: true }).fill(text);
  await agentPage.getByRole("button", { name: a.message.send, exact: true }).click();
  await expect(transcript(agentPage).filter({ hasText: text })).toHaveCount(1);
}

async function customerSays(customerPage: Page, text: string) {
  await customerPage.getByRole("textbox", { name: c.session.message, exact: true }).fill(text);
  await customerPage.getByRole("button", { name: c.session.send, exact: true }).click();
  await expect(transcript(customerPage).filter({ hasText: text })).toHaveCount(1);
}

/** The customer's page turns into the chat with the agent; returns the session ID it shows. */
async function customerInSession(customerPage: Page, agent: Agent): Promise<string> {
  await expect(customerPage.getByRole("heading", { level: 1 })).toHaveText(
    fill(c.session.title, { agent: agent.firstName }),
  );
  const number = customerPage.locator(".request-number-value");
  await expect(number).toHaveText(/^\d{9}$/);
  return (await number.textContent())!;
}

async function endSession(agentPage: Page, notes: string, outcome: keyof typeof a.end.outcomes) {
  await agentPage.getByRole("textbox", { name: a.end.notes, exact: true }).fill(notes);
  await agentPage.getByRole("radio", { name: a.end.outcomes[outcome], exact: true }).check();
  await agentPage.getByRole("button", { name: a.end.submit, exact: true }).click();
  await expect(agentPage.getByRole("main").getByText(a.session.endedByAgent, { exact: true })).toBeVisible();
}

/** One team (with a greeting) serving one sub-portal of one portal of the given type; agents in that team. */
async function seedDesk(
  baseURL: string | undefined,
  x: string,
  type: NonNullable<SeedPortal["type"]>,
  options: {
    agents?: string[];
    features?: Record<string, boolean>;
    completedSessionEmail?: string;
    availableLogins?: number;
    cannedMessages?: string[];
    cannedUrls?: string[];
  } = {},
) {
  const pw = password();
  const keys = options.agents ?? ["ada"];
  const agents: Record<string, Agent> = Object.fromEntries(
    keys.map((key) => [
      key,
      { loginId: `${key}-${x}@lotse.test`, password: pw, firstName: `${key[0]!.toUpperCase()}${key.slice(1)}${x}` },
    ]),
  );
  const greeting = `Guten Tag! Hier ist das Team ${x}.`;
  const slug = `live-${type.toLowerCase()}-${x}`;
  const seeded = await seed(baseURL, {
    teams: [
      {
        key: "desk",
        name: `Live-Team ${x}`,
        greeting,
        availableLogins: options.availableLogins,
        cannedMessages: options.cannedMessages,
        cannedUrls: options.cannedUrls,
      },
    ],
    users: keys.map((key) => ({
      key,
      kind: "agent" as const,
      firstName: agents[key]!.firstName,
      lastName: "Agent",
      loginId: agents[key]!.loginId,
      password: pw,
      team: "desk",
    })),
    portals: [
      {
        key: "portal",
        name: `Live ${type} ${x}`,
        slug,
        type,
        features: options.features,
        completedSessionEmail: options.completedSessionEmail,
        subPortals: [{ key: "main", name: "Allgemein", slug: "allgemein", teams: ["desk"] }],
      },
    ],
  });
  return { agents, greeting, slug, seeded, portalName: `Live ${type} ${x}` };
}

/** A contact-button desk with Ada signed in and one accepted chat with a customer, both pages open. */
async function openChat(
  lotse: Lotse,
  baseURL: string | undefined,
  x: string,
  options: Parameters<typeof seedDesk>[3] = {},
) {
  const { agents, slug } = await seedDesk(baseURL, x, "contactButton", options);
  const agentPage = await lotse.newPage();
  const customerPage = await (await customerContext(lotse)).newPage();
  await agentSignIn(lotse, agentPage, agents.ada!);
  await submitRequest(lotse, customerPage, slug, "contactButton", { name: `Kunde ${x}` });
  const session = await accept(agentPage, `Kunde ${x}`);
  await customerInSession(customerPage, agents.ada!);
  await lotse.checkOnce(agentPage);
  await lotse.checkOnce(customerPage);
  return { agents, agentPage, customerPage, session };
}

test("question box: request, accept, chat, files both ways, diagnostics, end, both surveys and the summary e-mail", async ({
  lotse,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const x = tag();
  const summaryTo = `summary-${x}@mail.lotse.test`;
  const { agents, greeting, slug, portalName } = await seedDesk(baseURL, x, "questionBox", {
    features: { agentSurvey: true },
    completedSessionEmail: summaryTo,
  });
  const ada = agents.ada!;
  const agentPage = await lotse.newPage();
  const customerPage = await (await customerContext(lotse)).newPage();
  const customerName = `Kundin ${x}`;

  await agentSignIn(lotse, agentPage, ada);
  await expect(requestCount(agentPage)).toHaveText(icu(a.requests.count, { count: 0 }));
  await lotse.check(agentPage);
  // In the first HTML, empty: the page itself is what is read on arrival.
  await expect(liveRegion(agentPage)).toHaveText("");
  // The reload for browsers without JavaScript is inert here: no refresh, nothing to turn off.
  await expect(agentPage.getByRole("button", { name: de.AutoRefresh.turnOff })).toHaveCount(0);
  const agentRegion = await liveRegion(agentPage).elementHandle();

  await submitRequest(lotse, customerPage, slug, "questionBox", {
    name: customerName,
    problem: `Der Drucker druckt nicht (${x}).`,
  });
  await expect(customerPage.getByRole("heading", { level: 1 })).toHaveText(c.waiting.title);
  await expect(customerPage).toHaveTitle(`${c.waiting.title} · ${de.Common.productName}`);
  await lotse.check(customerPage);
  // Sent from the portal's form, the page changed in place: what happens next is announced.
  await expect(liveRegion(customerPage)).toHaveText(c.waiting.next);
  const customerRegion = await liveRegion(customerPage).elementHandle();

  // No reload on the agent's side: the live list brings the request, and the live region says so.
  await expect(requestItem(agentPage, customerName)).toContainText(`Der Drucker druckt nicht (${x}).`);
  await expect(requestCount(agentPage)).toHaveText(icu(a.requests.count, { count: 1 }));
  await expect(liveRegion(agentPage)).toHaveText(
    `${fill(a.requests.arrived, { name: customerName, portal: portalName })} ${icu(a.requests.count, { count: 1 })}`,
  );
  const session = await accept(agentPage, customerName);
  const shown = await customerInSession(customerPage, ada);
  expect(shown).toBe(session.number);

  await test.step("the chat's beginning is announced on both sides, in the region each page had from the start", async () => {
    await expect(liveRegion(customerPage)).toHaveText(fill(c.session.started, { agent: ada.firstName }));
    await expect(liveRegion(agentPage)).toHaveText(fill(a.session.started, { customer: customerName }));
    // The same elements: a region swapped in with the new content would not be announced.
    expect(await customerRegion!.evaluate((region) => region.isConnected)).toBe(true);
    expect(await agentRegion!.evaluate((region) => region.isConnected)).toBe(true);
    await expect(liveRegion(customerPage)).toHaveCount(1);
    await expect(liveRegion(agentPage)).toHaveCount(1);
    // The title follows the heading: no more "Ihre Anfrage ist eingegangen".
    await expect(customerPage).toHaveTitle(
      `${fill(c.session.title, { agent: ada.firstName })} · ${de.Common.productName}`,
    );
  });
  expect(dbValue(baseURL, "SELECT COUNT(*) FROM SupportSession WHERE number = ?", session.number)).toBe(1);

  await test.step("chat both ways, the greeting first", async () => {
    await expect(transcript(customerPage).first()).toContainText(greeting);
    await expect(transcript(customerPage).first()).toContainText(c.session.greeting);
    await expect(transcript(agentPage).first()).toContainText(greeting);
    await customerSays(customerPage, `Hallo, hier ist ${customerName}.`);
    await expect(transcript(agentPage).filter({ hasText: `Hallo, hier ist ${customerName}.` })).toHaveCount(1);
    await agentSays(agentPage, `Hallo ${customerName}, wie kann ich helfen?`);
    await expect(
      transcript(customerPage).filter({ hasText: `Hallo ${customerName}, wie kann ich helfen?` }),
    ).toHaveCount(1);
    await expect(transcript(customerPage).last()).toContainText(ada.firstName);
    await lotse.check(agentPage);
    await lotse.check(customerPage);
  });

  await test.step("files both ways, each downloadable by the other side", async () => {
    const toCustomer = `anleitung-${x}.txt`;
    await agentPage
      .getByLabel(a.files.label, { exact: true })
      .setInputFiles({ name: toCustomer, mimeType: "text/plain", buffer: Buffer.from(`Schritt 1 ${x}`) });
    await agentPage.getByRole("button", { name: a.files.send, exact: true }).click();
    await expect(agentPage.getByText(a.files.sent)).toBeVisible();
    const link = transcript(customerPage).getByRole("link", { name: toCustomer, exact: true });
    await expect(link).toBeVisible();
    const [download] = await Promise.all([customerPage.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(toCustomer);
    expect(fs.readFileSync((await download.path())!, "utf8")).toBe(`Schritt 1 ${x}`);

    const toAgent = `fehler-${x}.txt`;
    await customerPage
      .getByLabel(c.session.fileLabel, { exact: true })
      .setInputFiles({ name: toAgent, mimeType: "text/plain", buffer: Buffer.from(`Fehlerprotokoll ${x}`) });
    await customerPage.getByRole("button", { name: c.session.fileSend, exact: true }).click();
    await expect(customerPage.getByText(c.session.fileSentStatus)).toBeVisible();
    const agentLink = transcript(agentPage).getByRole("link", { name: toAgent, exact: true });
    await expect(agentLink).toBeVisible();
    const [received] = await Promise.all([agentPage.waitForEvent("download"), agentLink.click()]);
    expect(fs.readFileSync((await received.path())!, "utf8")).toBe(`Fehlerprotokoll ${x}`);
    expect(
      dbQuery(baseURL, "SELECT direction, name FROM SessionFile WHERE sessionId = ? ORDER BY createdAt", session.id),
    ).toEqual([
      { direction: "toCustomer", name: toCustomer },
      { direction: "toAgent", name: toAgent },
    ]);
  });

  await test.step("diagnostics: the agent asks, the customer consents, the agent sees the system information", async () => {
    await agentPage.getByRole("button", { name: a.diagnostics.request, exact: true }).click();
    await expect(agentPage.getByText(a.diagnostics.requested)).toBeVisible();
    const consent = customerPage.getByRole("region", { name: c.session.diagnosticsHeading });
    await expect(consent).toBeVisible();
    await lotse.check(customerPage);
    await consent.getByRole("button", { name: c.session.diagnosticsAgree, exact: true }).click();
    await expect(consent).toHaveCount(0);
    const panel = agentPage.getByRole("region", { name: a.diagnostics.heading });
    await expect(panel).toContainText(a.diagnostics.received);
    // The customer's browser runs in Europe/Berlin with German as its language (the project's options).
    await expect(panel).toContainText("Europe/Berlin");
    await expect(panel).toContainText("de-DE");
    await expect(transcript(agentPage).filter({ hasText: a.transcript.diagnosticsReceived })).toHaveCount(1);
    await lotse.check(agentPage);
  });

  await test.step("the agent ends with notes and outcome, announced on both sides; both surveys", async () => {
    await endSession(agentPage, `Treiber neu installiert (${x}).`, "resolved");
    await expect(customerPage.getByRole("heading", { level: 1 })).toHaveText(c.session.endedTitle);
    await expect(liveRegion(agentPage)).toHaveText(a.session.endedByAgent);
    await expect(liveRegion(customerPage)).toHaveText(c.session.ended);
    expect(await customerRegion!.evaluate((region) => region.isConnected)).toBe(true);
    expect(await agentRegion!.evaluate((region) => region.isConnected)).toBe(true);
    await expect(customerPage).toHaveTitle(`${c.session.endedTitle} · ${de.Common.productName}`);
    const survey = customerPage.getByRole("region", { name: c.session.surveyHeading });
    await expect(survey).toBeVisible();
    await lotse.check(customerPage);
    await survey.getByRole("radio", { name: icu(c.session.ratingLabel, { rating: 5 }), exact: true }).check();
    await survey.getByRole("textbox", { name: c.session.surveyComment }).fill(`Sehr hilfreich ${x}`);
    await survey.getByRole("button", { name: c.session.surveySend, exact: true }).click();
    await expect(survey).toHaveCount(0);

    const agentSurvey = agentPage.getByRole("region", { name: a.survey.heading });
    await lotse.check(agentPage);
    await agentSurvey.getByRole("radio", { name: a.survey.ratings["4"], exact: true }).check();
    await agentSurvey.getByRole("textbox", { name: a.survey.comment }).fill(`Netter Kunde ${x}`);
    await agentSurvey.getByRole("button", { name: a.survey.submit, exact: true }).click();
    await expect(agentSurvey).toContainText(fill(a.survey.done, { rating: 4 }));
    expect(
      dbQuery(
        baseURL,
        "SELECT endedBy, notes, outcome, customerRating, customerComment, agentRating, agentComment FROM SupportSession WHERE id = ?",
        session.id,
      ),
    ).toEqual([
      {
        endedBy: "agent",
        notes: `Treiber neu installiert (${x}).`,
        outcome: "resolved",
        customerRating: 5,
        customerComment: `Sehr hilfreich ${x}`,
        agentRating: 4,
        agentComment: `Netter Kunde ${x}`,
      },
    ]);
  });

  await test.step("the summary goes to the portal's completed-session address", async () => {
    const mail = await waitForMail(summaryTo, { timeoutMs: 40_000 });
    expect(mail.subject).toBe(fill(de.Emails.sessionSummary.subject, { number: session.number, portal: portalName }));
    expect(mail.text).toContain(session.number);
    expect(mail.text).toContain(`Treiber neu installiert (${x}).`);
    expect(mail.text).toContain("5/5");
    expect(mail.text).toContain("4/5");
  });

  await test.step("Sitzungsinformationen: a manager finds the session, reads and exports what was said, sent and captured — with JavaScript and without", async () => {
    const i = de.SessionInformation;
    const boss = { loginId: `boss-${x}@lotse.test`, password: password() };
    await seed(baseURL, { users: [{ key: "boss", kind: "manager", role: "company", name: `Chef ${x}`, ...boss }] });
    for (const javaScriptEnabled of [true, false]) {
      const page = await lotse.newPage({ javaScriptEnabled });
      await lotse.signIn(page, "manager", boss);
      await page.goto("/manager/session-information");
      await findSessions(page, { number: session.number });
      expect(await listedSessions(page)).toEqual([session.number]);
      await findSessions(page, {
        portal: `${portalName} › Allgemein`,
        team: `Live-Team ${x}`,
        period: de.Reports.periods.today,
      });
      expect(await listedSessions(page)).toEqual([session.number]);
      await lotse.checkOnce(page);
      await sessionResults(page).getByRole("link", { name: session.number, exact: true }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: fill(i.sessionTitle, { number: session.number }) }),
      ).toBeVisible();
      await lotse.checkOnce(page);
      const said = page.getByRole("region", { name: i.transcript });
      await expect(said).toContainText(greeting);
      await expect(said).toContainText(`Hallo, hier ist ${customerName}.`);
      await expect(said).toContainText(`Hallo ${customerName}, wie kann ich helfen?`);
      await expect(page.getByText(`Treiber neu installiert (${x}).`)).toBeVisible();
      await expect(page.getByText(`Sehr hilfreich ${x}`)).toBeVisible();
      await expect(page.getByText(`Netter Kunde ${x}`)).toBeVisible();
      await expect(page.locator("#diagnostics")).toContainText("Europe/Berlin");

      const file = await page.request.get(
        (await page
          .locator("#files")
          .getByRole("link", { name: `fehler-${x}.txt` })
          .getAttribute("href"))!,
      );
      expect(await file.text()).toBe(`Fehlerprotokoll ${x}`);
      const exported = async (label: string) => {
        const href = await page.getByRole("link", { name: label, exact: true }).getAttribute("href");
        const response = await page.request.get(href!);
        expect(response.status(), label).toBe(200);
        return response;
      };
      const text = await (await exported(i.exportTranscriptTxt)).text();
      for (const line of [`Hallo, hier ist ${customerName}.`, `Hallo ${customerName}, wie kann ich helfen?`])
        expect(text).toContain(line);
      expect(text).toContain(`fehler-${x}.txt`);
      const html = await (await exported(i.exportTranscriptHtml)).text();
      expect(html).toContain(`Hallo ${customerName}, wie kann ich helfen?`);
      // Self-contained: nothing is loaded from elsewhere when the file is opened later.
      expect(html).not.toMatch(/<script|<link|src="http/);
      const json = await (await exported(i.exportDiagnosticsJson)).json();
      expect(JSON.stringify(json)).toContain("Europe/Berlin");
      expect(await (await exported(i.exportDiagnosticsTxt)).text()).toContain("Europe/Berlin");
    }
    expect(
      dbValue(
        baseURL,
        "SELECT COUNT(*) FROM AuditLog WHERE action = 'sessionInformation.exported' AND targetId = ?",
        session.id,
      ),
    ).toBe(8);
  });

  const events = dbQuery<{ type: string }>(
    baseURL,
    "SELECT type FROM ActivityEvent WHERE sessionId = ? OR requestId = (SELECT requestId FROM SupportSession WHERE id = ?)",
    session.id,
    session.id,
  ).map((e) => e.type);
  for (const type of ["submitted", "accepted", "ended"]) expect(events, type).toContain(type);
});

test("a connection code the agent declines: the customer is told at once, and can try again", async ({
  lotse,
  baseURL,
}) => {
  const x = tag();
  const { agents, slug } = await seedDesk(baseURL, x, "connectionCode", { agents: ["ada"] });
  const agentPage = await lotse.newPage();
  const customerPage = await (await customerContext(lotse)).newPage();
  const customerName = `Kunde Code ${x}`;
  await agentSignIn(lotse, agentPage, agents.ada!);
  await agentPage.getByRole("button", { name: a.code.generate, exact: true }).click();
  const code = (await agentPage.locator(".connection-code-value").textContent())!;
  await submitRequest(lotse, customerPage, slug, "connectionCode", { name: customerName, code });
  await expect(customerPage.getByRole("heading", { level: 1 })).toHaveText(c.waiting.title);

  await requestItem(agentPage, customerName).getByRole("button", { name: a.requests.decline, exact: true }).click();
  // No reload and no five-minute timeout: the page follows the request's status, and says so.
  await expect(customerPage.getByRole("main").getByText(c.waiting.closed.codeAgentUnavailable)).toBeVisible();
  await expect(liveRegion(customerPage)).toHaveText(c.waiting.closed.codeAgentUnavailable);
  await lotse.check(customerPage);
  await customerPage.getByRole("link", { name: c.waiting.tryAgain, exact: true }).click();
  await expect(customerPage).toHaveURL(new RegExp(`/p/${slug}(/[^/]+)?$`));
  await lotse.checkOnce(customerPage);
});

for (const type of ["contactButton", "agentSelection", "connectionCode"] as const) {
  test(`${type}: request, accept, one message each way, end`, async ({ lotse, baseURL }) => {
    test.setTimeout(120_000);
    const x = tag();
    const { agents, greeting, slug } = await seedDesk(baseURL, x, type, { agents: ["ada", "ben"] });
    const ada = agents.ada!;
    const agentPage = await lotse.newPage();
    const otherAgentPage = await lotse.newPage();
    const customerPage = await (await customerContext(lotse)).newPage();
    const customerName = `Kunde ${type} ${x}`;
    await agentSignIn(lotse, agentPage, ada);
    await agentSignIn(lotse, otherAgentPage, agents.ben!);

    let code: string | undefined;
    if (type === "connectionCode") {
      await agentPage.getByRole("button", { name: a.code.generate, exact: true }).click();
      await expect(agentPage).toHaveURL(/\/agent$/);
      const value = agentPage.locator(".connection-code-value");
      await expect(value).toHaveText(/^\d{6,9}$/);
      code = (await value.textContent())!;
      await lotse.check(agentPage);
    }
    await submitRequest(lotse, customerPage, slug, type, {
      name: customerName,
      agent: type === "agentSelection" ? ada.firstName : undefined,
      code,
    });
    const session = await accept(agentPage, customerName);
    expect(await customerInSession(customerPage, ada)).toBe(session.number);
    if (type !== "contactButton") {
      // Chosen agent or connection code: only Ada was offered the request, Ben never.
      await otherAgentPage.reload();
      await expect(requestCount(otherAgentPage)).toHaveText(icu(a.requests.count, { count: 0 }));
    }

    await expect(transcript(customerPage).first()).toContainText(greeting);
    await agentSays(agentPage, `Frage an ${customerName}?`);
    await expect(transcript(customerPage).filter({ hasText: `Frage an ${customerName}?` })).toHaveCount(1);
    await customerSays(customerPage, `Antwort von ${customerName}.`);
    await expect(transcript(agentPage).filter({ hasText: `Antwort von ${customerName}.` })).toHaveCount(1);
    await lotse.checkOnce(agentPage);
    await lotse.checkOnce(customerPage);

    await endSession(agentPage, `Erledigt ${x}`, "unknown");
    await expect(customerPage.getByRole("heading", { level: 1 })).toHaveText(c.session.endedTitle);
    expect(
      dbQuery(
        baseURL,
        "SELECT s.outcome, r.portalType FROM SupportSession s JOIN SupportRequest r ON r.id = s.requestId WHERE s.id = ?",
        session.id,
      ),
    ).toEqual([{ outcome: "unknown", portalType: type }]);
  });
}

test("file transfer off at the portal: no file control, and the upload endpoint refuses and stores nothing", async ({
  lotse,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const x = tag();
  const { agents, slug } = await seedDesk(baseURL, x, "questionBox", { features: { fileTransferSend: false } });
  const agentPage = await lotse.newPage();
  const customerPage = await (await customerContext(lotse)).newPage();
  await agentSignIn(lotse, agentPage, agents.ada!);
  await submitRequest(lotse, customerPage, slug, "questionBox", {
    name: `Kunde ${x}`,
    problem: "Bitte eine Datei schicken.",
  });
  const session = await accept(agentPage, `Kunde ${x}`);
  await customerInSession(customerPage, agents.ada!);
  await lotse.checkOnce(customerPage);

  await expect(agentPage.getByRole("heading", { name: a.files.heading })).toHaveCount(0);
  await expect(agentPage.getByLabel(a.files.label, { exact: true })).toHaveCount(0);
  await expect(agentPage.getByRole("button", { name: a.files.send, exact: true })).toHaveCount(0);
  await lotse.checkOnce(agentPage);

  const response = await agentPage.request.post(`/agent/sessions/${session.id}/files`, {
    headers: { Origin: baseURL! },
    multipart: { file: { name: `verboten-${x}.txt`, mimeType: "text/plain", buffer: Buffer.from("nein") } },
  });
  expect(response.status()).toBe(403);
  // The key for scripts, and the text in the agent's language.
  expect(await response.json()).toEqual({ error: "fileTransferOff", message: de.Errors.fileTransferOff });
  expect(dbValue(baseURL, "SELECT COUNT(*) FROM SessionFile WHERE sessionId = ?", session.id)).toBe(0);
  await expect(transcript(customerPage).getByRole("link")).toHaveCount(0);
});

/**
 * A TCP relay on loopback in front of the server, for one browser context: drop() cuts every open
 * connection (the event stream included) and refuses new ones until restore(). A real network drop,
 * unlike the browser's offline emulation, which leaves an open event stream alone.
 */
async function relayTo(target: number) {
  const sockets = new Set<net.Socket>();
  const refusals = new EventEmitter();
  let down = false;
  const server = net.createServer((client) => {
    if (down) {
      refusals.emit("refused");
      return client.destroy();
    }
    const upstream = net.connect(target, "127.0.0.1");
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      sockets.add(from);
      from.pipe(to);
      from.on("error", () => to.destroy());
      from.on("close", () => {
        sockets.delete(from);
        to.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    drop() {
      down = true;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      down = false;
    },
    /** Resolves at the next connection refused while the relay is down (the browser retrying). */
    refusedConnection: () => once(refusals, "refused", { signal: AbortSignal.timeout(15_000) }).then(() => undefined),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

test("reconnect: the customer's stream drops mid-chat and every message arrives exactly once", async ({
  lotse,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const x = tag();
  const { agents, slug } = await seedDesk(baseURL, x, "contactButton");
  const relay = await relayTo(Number(new URL(baseURL!).port));
  try {
    const agentPage = await lotse.newPage();
    const customerPage = await (
      await lotse.newContext({
        baseURL: `http://localhost:${relay.port}`,
        extraHTTPHeaders: { "X-Forwarded-For": `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` },
      })
    ).newPage();
    await agentSignIn(lotse, agentPage, agents.ada!);
    await submitRequest(lotse, customerPage, slug, "contactButton", { name: `Kunde ${x}` });
    await accept(agentPage, `Kunde ${x}`);
    await customerInSession(customerPage, agents.ada!);
    await lotse.checkOnce(agentPage);
    await lotse.checkOnce(customerPage);

    const before = `Vor der Unterbrechung ${x}`;
    await agentSays(agentPage, before);
    await expect(transcript(customerPage).filter({ hasText: before })).toHaveCount(1);

    relay.drop();
    await expect(customerPage.getByText(c.session.connectionLost)).toBeVisible();
    const during = [1, 2, 3].map((n) => `Während der Unterbrechung ${n} (${x})`);
    for (const text of during) await agentSays(agentPage, text);
    // Still cut off: the customer's browser has tried to reconnect since (when, were the relay not
    // down, it would have caught up), and nothing of this has reached the customer.
    await relay.refusedConnection();
    await expect(transcript(customerPage).filter({ hasText: "Während der Unterbrechung" })).toHaveCount(0);
    relay.restore();

    await expect(customerPage.getByText(c.session.connectionLost)).toHaveCount(0, { timeout: 20_000 });
    for (const text of during) await expect(transcript(customerPage).filter({ hasText: text })).toHaveCount(1);
    const after = `Nach der Unterbrechung ${x}`;
    await agentSays(agentPage, after);
    await expect(transcript(customerPage).filter({ hasText: after })).toHaveCount(1);
    // Exactly once each, in order: the greeting, then before, the three, after.
    const texts = await transcript(customerPage).locator(".transcript-text").allTextContents();
    expect(texts.slice(1)).toEqual([before, ...during, after]);
  } finally {
    await relay.close();
  }
});

test("message box: Enter sends, Shift+Enter breaks the line, what is typed right after sending is kept, canned texts go in at the cursor", async ({
  lotse,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const x = tag();
  const canned = `Einen Moment bitte (${x}).`;
  const url = `https://hilfe.example/${x}`;
  const { agentPage, customerPage } = await openChat(lotse, baseURL, x, {
    cannedMessages: [canned],
    cannedUrls: [url],
  });
  const box = agentPage.getByRole("textbox", { name: a.message.label, exact: true });

  await test.step("Enter sends, Shift+Enter starts a new line", async () => {
    await box.fill(`Zeile eins ${x}`);
    await box.press("Shift+Enter");
    await box.pressSequentially(`Zeile zwei ${x}`);
    await expect(box).toHaveValue(`Zeile eins ${x}\nZeile zwei ${x}`);
    await box.press("Enter");
    await expect(box).toHaveValue("");
    await expect(box).toBeFocused();
    await expect(transcript(customerPage).filter({ hasText: `Zeile zwei ${x}` })).toHaveCount(1);
  });

  await test.step("typing on while the last message is still on its way loses nothing", async () => {
    // No waiting between the messages: each is typed while the one before is still being sent.
    const burst = [1, 2, 3, 4].map((n) => `Schnell ${n} (${x})`);
    for (const text of burst) {
      await box.pressSequentially(text);
      await box.press("Enter");
    }
    for (const page of [agentPage, customerPage]) {
      for (const text of burst) await expect(transcript(page).filter({ hasText: text })).toHaveCount(1);
    }
    const texts = await transcript(customerPage).locator(".transcript-text").allTextContents();
    expect(texts.slice(-4)).toEqual(burst);
    await expect(box).toHaveValue("");
  });

  await test.step("an empty message is refused next to the box", async () => {
    await box.press("Enter");
    await expect(agentPage.locator("#field-text-error")).toHaveText(de.Errors.messageRequired);
    await expect(box).toHaveAttribute("aria-invalid", "true");
  });

  await test.step("Einfügen puts a canned message and a canned URL into the box at the cursor", async () => {
    await box.fill(`Bitte lesen: ${x}`);
    await box.press("End");
    for (let i = 0; i < x.length; i++) await box.press("ArrowLeft");
    const choice = agentPage.getByLabel(a.canned.label, { exact: true });
    await choice.selectOption(url);
    await agentPage.getByRole("button", { name: a.canned.insert, exact: true }).click();
    await expect(box).toHaveValue(`Bitte lesen: ${url} ${x}`);
    await expect(box).toBeFocused();
    await box.press("End");
    await choice.selectOption(canned);
    await agentPage.getByRole("button", { name: a.canned.insert, exact: true }).click();
    await expect(box).toHaveValue(`Bitte lesen: ${url} ${x} ${canned}`);
    await agentPage.getByRole("button", { name: a.message.send, exact: true }).click();
    await expect(transcript(customerPage).filter({ hasText: `Bitte lesen: ${url} ${x} ${canned}` })).toHaveCount(1);
    await expect(agentPage.locator("#field-text-error")).toHaveCount(0);
    await lotse.check(agentPage);
  });
});

test("Abmelden with a session running asks first; confirmed, the session ends for the customer too", async ({
  lotse,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const x = tag();
  const { agents, agentPage, customerPage, session } = await openChat(lotse, baseURL, x);

  const signOut = () => agentPage.getByRole("button", { name: a.signOut, exact: true }).click();
  await signOut();
  await expect(agentPage).toHaveURL(/\/agent\/sign-out$/);
  await expect(agentPage.getByRole("heading", { level: 1 })).toHaveText(a.signOutConfirm.title);
  await expect(agentPage.getByRole("table").getByRole("link", { name: new RegExp(session.number) })).toBeVisible();
  await lotse.check(agentPage);
  await agentPage.getByRole("link", { name: a.signOutConfirm.cancel, exact: true }).click();
  await expect(agentPage.getByRole("heading", { level: 1 })).toHaveText(a.title);
  expect(dbValue(baseURL, "SELECT COUNT(*) FROM SupportSession WHERE id = ? AND endedAt IS NULL", session.id)).toBe(1);

  await signOut();
  await agentPage.getByRole("button", { name: icu(a.signOutConfirm.submit, { count: 1 }), exact: true }).click();
  await expect(agentPage.getByLabel(de.SignIn.loginId, { exact: true })).toBeVisible();
  await expect(customerPage.getByRole("heading", { level: 1 })).toHaveText(c.session.endedTitle);
  expect(dbQuery(baseURL, "SELECT endedBy FROM SupportSession WHERE id = ?", session.id)).toEqual([
    { endedBy: "agent" },
  ]);
  expect(
    dbValue(
      baseURL,
      "SELECT COUNT(*) FROM AgentPresence WHERE agentId = (SELECT id FROM User WHERE loginId = ?)",
      agents.ada!.loginId,
    ),
  ).toBe(0);
});

test("authorization: another agent's session and another customer's session are not found, and nothing is written", async ({
  lotse,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const x = tag();
  const { agents, slug } = await seedDesk(baseURL, x, "questionBox", { agents: ["ada", "ben"] });
  const adaPage = await lotse.newPage();
  const benPage = await lotse.newPage();
  const firstCustomer = await (await customerContext(lotse)).newPage();
  const secondCustomer = await (await customerContext(lotse)).newPage();
  await agentSignIn(lotse, adaPage, agents.ada!);
  await agentSignIn(lotse, benPage, agents.ben!);

  const firstUrl = await submitRequest(lotse, firstCustomer, slug, "questionBox", {
    name: `Erste ${x}`,
    problem: "Eins",
  });
  const adaSession = await accept(adaPage, `Erste ${x}`);
  await customerInSession(firstCustomer, agents.ada!);
  await agentSays(adaPage, `Privat ${x}`);
  await adaPage
    .getByLabel(a.files.label, { exact: true })
    .setInputFiles({ name: `privat-${x}.txt`, mimeType: "text/plain", buffer: Buffer.from("geheim") });
  await adaPage.getByRole("button", { name: a.files.send, exact: true }).click();
  await expect(transcript(firstCustomer).getByRole("link", { name: `privat-${x}.txt` })).toBeVisible();
  const fileId = dbValue<string>(baseURL, "SELECT id FROM SessionFile WHERE sessionId = ?", adaSession.id)!;

  const secondUrl = await submitRequest(lotse, secondCustomer, slug, "questionBox", {
    name: `Zweite ${x}`,
    problem: "Zwei",
  });
  const benSession = await accept(benPage, `Zweite ${x}`);
  await customerInSession(secondCustomer, agents.ben!);
  await lotse.checkOnce(benPage);
  await lotse.checkOnce(secondCustomer);
  const eventsBefore = dbValue<number>(
    baseURL,
    "SELECT COUNT(*) FROM SessionEvent WHERE sessionId IN (?, ?)",
    adaSession.id,
    benSession.id,
  );

  await test.step("Ben cannot read or post to Ada's session", async () => {
    const page = await benPage.goto(`/agent/sessions/${adaSession.id}`);
    expect(page?.status()).toBe(404);
    await expect(benPage.getByText(`Privat ${x}`)).toHaveCount(0);
    await lotse.checkOnce(benPage);
    const stream = await benPage.request.get(`/agent/sessions/${adaSession.id}/events`);
    expect(stream.status()).toBe(404);
    const file = await benPage.request.get(`/agent/sessions/${adaSession.id}/files/${fileId}`);
    expect(file.status()).toBe(404);
    const post = await benPage.request.post(`/agent/sessions/${adaSession.id}/messages`, {
      headers: { Origin: baseURL! },
      data: { text: `Eindringling ${x}` },
    });
    expect(post.status()).toBe(404);
    // Ben's own session works through the same route: the refusal is about the session, not the route.
    const own = await benPage.request.post(`/agent/sessions/${benSession.id}/messages`, {
      headers: { Origin: baseURL! },
      data: { text: `Eigene ${x}` },
    });
    expect(own.status()).toBe(201);
  });

  await test.step("a customer cannot reach another customer's session; a guessed token is not found", async () => {
    const first = new URL(firstUrl);
    const secondToken = new URL(secondUrl).pathname.split("/").pop()!;
    const base = `/p/${slug}/requests`;
    // The second customer's own key with the first customer's session and file.
    const foreignFile = await secondCustomer.request.get(
      `${base}/${secondToken}/sessions/${adaSession.id}/files/${fileId}`,
    );
    expect(foreignFile.status()).toBe(404);
    const foreignUpload = await secondCustomer.request.post(`${base}/${secondToken}/sessions/${adaSession.id}/files`, {
      headers: { Origin: baseURL! },
      multipart: { file: { name: `fremd-${x}.txt`, mimeType: "text/plain", buffer: Buffer.from("fremd") } },
    });
    expect(foreignUpload.status()).toBe(404);
    // A guessed token: page, stream and message route.
    const guessed = `${first.pathname.split("/").pop()!.slice(0, -4)}AAAA`;
    const guessPage = await lotse.newPage();
    const response = await guessPage.goto(`${base}/${guessed}`);
    expect(response?.status()).toBe(404);
    await expect(guessPage.getByText(`Privat ${x}`)).toHaveCount(0);
    await lotse.checkOnce(guessPage);
    expect((await guessPage.request.get(`${base}/${guessed}/events`)).status()).toBe(404);
    const guessedPost = await guessPage.request.post(`${base}/${guessed}/messages`, {
      headers: { Origin: baseURL! },
      data: { text: `Geraten ${x}` },
    });
    expect(guessedPost.status()).toBe(404);
  });

  expect(
    dbValue<number>(
      baseURL,
      "SELECT COUNT(*) FROM SessionEvent WHERE sessionId IN (?, ?)",
      adaSession.id,
      benSession.id,
    ),
  ).toBe(eventsBefore! + 1);
  expect(dbValue(baseURL, "SELECT COUNT(*) FROM SessionEvent WHERE body LIKE ?", `%Eindringling ${x}%`)).toBe(0);
  expect(dbValue(baseURL, "SELECT COUNT(*) FROM SessionEvent WHERE body LIKE ?", `%Geraten ${x}%`)).toBe(0);
  expect(dbValue(baseURL, "SELECT COUNT(*) FROM SessionFile WHERE name = ?", `fremd-${x}.txt`)).toBe(0);
  expect(
    dbValue(
      baseURL,
      "SELECT COUNT(*) FROM SessionEvent WHERE sessionId = ? AND body LIKE ?",
      benSession.id,
      `%Eigene ${x}%`,
    ),
  ).toBe(1);
});

test("available logins: with the team's cap reached, the next agent's sign-in is refused and recorded", async ({
  lotse,
  baseURL,
}) => {
  const x = tag();
  const { agents, seeded } = await seedDesk(baseURL, x, "questionBox", { agents: ["ada", "ben"], availableLogins: 1 });
  const adaPage = await lotse.newPage();
  const benPage = await lotse.newPage();
  await agentSignIn(lotse, adaPage, agents.ada!);

  await benPage.goto("/agent");
  await lotse.checkOnce(benPage);
  await benPage.getByLabel(de.SignIn.loginId, { exact: true }).fill(agents.ben!.loginId);
  await benPage.getByLabel(de.SignIn.password, { exact: true }).fill(agents.ben!.password);
  await benPage.getByRole("button", { name: de.SignIn.submit, exact: true }).click();
  await expect(benPage.getByRole("alert").filter({ hasText: de.Errors.availableLoginsReached })).toBeVisible();
  await expect(benPage.getByRole("heading", { level: 1 })).toHaveText(a.signInTitle);
  await lotse.check(benPage);
  const refused = dbQuery<{ data: string; teamId: string }>(
    baseURL,
    "SELECT data, teamId FROM ActivityEvent WHERE type = 'signInRefused' AND agentId = ?",
    seeded.users.ben,
  );
  expect(refused).toHaveLength(1);
  expect(refused[0]!.teamId).toBe(seeded.teams.desk);
  expect(JSON.parse(refused[0]!.data)).toMatchObject({ reason: "availableLogins", cap: 1 });
  expect(dbValue(baseURL, "SELECT COUNT(*) FROM AgentPresence WHERE agentId = ?", seeded.users.ben)).toBe(0);
  expect(dbValue(baseURL, "SELECT COUNT(*) FROM AgentPresence WHERE agentId = ?", seeded.users.ada)).toBe(1);
});
