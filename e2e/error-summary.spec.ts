// Every form, submitted empty, answers with the GOV.UK error pattern (decision record 15): the error
// summary at the top takes the focus, names each problem in the order of the fields as a link to its
// field (following the first focuses the first invalid field), the title starts with "Fehler: ", and
// no success notice shows — with JavaScript and without (both projects run every row). The first-run
// form is checked in first-run.spec.ts, the only place where /setup is still open. Not here: forms
// that an empty submit cannot fail — a team's sub-portals (none ticked is an answer) and the OK of
// a confirmation (it fails only when another tab deleted the portal's other sub-portal first; the
// page then says why without JavaScript, and the same error summary does with it) — and the chat
// and file boxes of a live session, which keep their error next to the box (decision record 15).
import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, type Lotse, test } from "./support/fixtures";
import { expectErrorSummary } from "./support/error-summary";
import { waitForMail } from "./support/mail-capture";
import { de } from "./support/messages";
import {
  type AccountGrant,
  password,
  seed,
  type SeedResult,
  setGrants,
  tag,
  withGrantsLock,
} from "./support/organisation";

const E = de.Errors;

type Context = { page: Page; lotse: Lotse; baseURL: string | undefined };

type Row = {
  form: string;
  /** Opens the page with the form, signed in as needed; returns the page to submit on. */
  open: (context: Context) => Promise<Page>;
  /** The button that sends the form. */
  submit: string;
  /** Fields (by label) that come filled in and are emptied first, so that the form goes empty. */
  clear?: string[];
  /** The summary's entries, in the order of the fields. */
  errors: string[];
  /** The id of the control the first link leads to; null when there are only errors of the whole form. */
  first: string | null;
  /** Admin Center grants the page needs (taken under the grants lock). */
  grants?: Partial<Record<AccountGrant, boolean>>;
};

/** Each test is its own client address: sign-in, password links and portals count per address. */
const ownAddress = () => ({
  extraHTTPHeaders: { "X-Forwarded-For": `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` },
});

/** A company manager's organisation: a team with a team manager and an agent, a portal with two sub-portals, two sets. */
async function organisation(baseURL: string | undefined) {
  const x = tag();
  const pw = password();
  const seeded: SeedResult = await seed(baseURL, {
    teams: [{ key: "team", name: `Fehlerteam ${x}` }],
    users: [
      {
        key: "boss",
        kind: "manager",
        role: "company",
        name: `Chefin ${x}`,
        loginId: `boss-${x}@lotse.test`,
        password: pw,
      },
      {
        key: "lead",
        kind: "manager",
        role: "team",
        name: `Teamleitung ${x}`,
        loginId: `lead-${x}@lotse.test`,
        password: pw,
        teams: ["team"],
      },
      {
        key: "agent",
        kind: "agent",
        firstName: `Anna${x}`,
        lastName: "Fehler",
        loginId: `agent-${x}@lotse.test`,
        password: pw,
        team: "team",
      },
    ],
    portals: [
      {
        key: "portal",
        name: `Fehlerportal ${x}`,
        slug: `fehler-${x}`,
        type: "questionBox",
        fields: {
          name: { shown: true, required: true },
          email: { shown: true, required: true },
          problem: { shown: true, required: true },
        },
        subPortals: [
          // Served by no team: the agent's page then has no feature matrix per portal, whose scroll box
          // is another issue's (it cannot take the keyboard focus yet).
          { key: "first", name: "Allgemein", slug: "allgemein" },
          { key: "second", name: "Zweites", slug: "zweites" },
        ],
      },
    ],
    hoursSets: [
      {
        key: "hours",
        name: `Zeiten ${x}`,
        timeZone: "Europe/Berlin",
        week: Array.from({ length: 7 }, () => ({ mode: "open" as const })),
      },
    ],
    holidaySets: [{ key: "holidays", name: `Feiertage ${x}`, timeZone: "Europe/Berlin", dates: [] }],
  });
  return { x, seeded, boss: { loginId: `boss-${x}@lotse.test`, password: pw } };
}

/** Signs the page in as the organisation's company manager and opens `path` (built from the seed). */
function asCompanyManager(path: (seeded: SeedResult) => string) {
  return async ({ page, lotse, baseURL }: Context) => {
    const { seeded, boss } = await organisation(baseURL);
    await lotse.signIn(page, "manager", boss);
    await page.goto(path(seeded));
    return page;
  };
}

function asAdmin(path: (context: Context) => Promise<string> | string) {
  return async (context: Context) => {
    const admin = await context.lotse.adminPage();
    await admin.goto(await path(context));
    return admin;
  };
}

function signedOut(path: string) {
  return async ({ lotse }: Context) => {
    const page = await lotse.newPage(ownAddress());
    await page.goto(path);
    return page;
  };
}

const portal = (s: SeedResult) => `/manager/portals/${s.portals.portal}`;
const companyManagerId = async ({ lotse }: Context) => (await lotse.createCompanyManager()).id;

const ROWS: Row[] = [
  {
    form: "Management Center: Anmelden",
    open: signedOut("/manager"),
    submit: de.SignIn.submit,
    errors: [E.loginIdRequired, E.signInPasswordRequired],
    first: "field-loginId",
  },
  {
    form: "Admin Center: Anmelden",
    open: signedOut("/admin"),
    submit: de.SignIn.submit,
    errors: [E.loginIdRequired, E.signInPasswordRequired],
    first: "field-loginId",
  },
  {
    form: "Agentenkonsole: Anmelden",
    open: signedOut("/agent"),
    submit: de.SignIn.submit,
    errors: [E.loginIdRequired, E.signInPasswordRequired],
    first: "field-loginId",
  },
  {
    form: "Passwort vergessen",
    open: signedOut("/forgot-password?realm=manager"),
    submit: de.ForgotPassword.submit,
    errors: [E.loginIdRequired],
    first: "field-loginId",
  },
  {
    form: "Neues Passwort (Link aus der E-Mail)",
    open: async ({ lotse, baseURL }) => {
      const manager = await lotse.createCompanyManager();
      const page = await lotse.newPage(ownAddress());
      await page.goto("/forgot-password?realm=manager");
      await page.getByLabel(de.ForgotPassword.loginId, { exact: true }).fill(manager.loginId);
      await page.getByLabel(de.ForgotPassword.loginIdConfirm, { exact: true }).fill(manager.loginId);
      await page.getByRole("button", { name: de.ForgotPassword.submit, exact: true }).click();
      await expect(page).toHaveURL(/sent=1$/);
      await lotse.checkOnce(page);
      const mail = await waitForMail(manager.email, { timeoutMs: 30_000 });
      const link = mail.text.match(new RegExp(`${baseURL}/reset-password/[A-Za-z0-9_-]+`))?.[0];
      expect(link, "a reset link in the mail").toBeTruthy();
      await page.goto(link!);
      return page;
    },
    submit: de.ResetPassword.submit,
    errors: [E.passwordRequired],
    first: "field-password",
  },
  {
    form: "Admin Center: Unternehmensmanager hinzufügen",
    open: asAdmin(() => "/admin/managers/new"),
    submit: de.Admin.managers.add,
    errors: [E.managerNameRequired, E.loginIdRequired, E.emailRequired, E.passwordRequired],
    first: "field-name",
  },
  {
    form: "Admin Center: Unternehmensmanager bearbeiten",
    open: asAdmin(async (context) => `/admin/managers/${await companyManagerId(context)}`),
    submit: de.Admin.managers.save,
    clear: [de.Admin.managers.name, de.Admin.managers.loginId, de.Admin.managers.email],
    errors: [E.managerNameRequired, E.loginIdRequired, E.emailRequired],
    first: "field-name",
  },
  {
    form: "Admin Center: Passwort zurücksetzen",
    open: asAdmin(async (context) => `/admin/managers/${await companyManagerId(context)}`),
    submit: de.Admin.managers.resetPassword,
    errors: [E.passwordRequired],
    first: "field-password",
  },
  {
    form: "Admin Center: Test-E-Mail senden",
    open: asAdmin(() => "/admin/mail"),
    submit: de.Admin.mail.testSubmit,
    clear: [de.Admin.mail.testTo],
    errors: [E.emailRequired],
    first: "field-to",
  },
  {
    form: "Admin Center: Meine Einstellungen",
    open: asAdmin(() => "/admin/settings"),
    submit: de.Settings.submit,
    clear: [de.Settings.email],
    errors: [E.emailRequired],
    first: "field-email",
  },
  {
    form: "Meine Einstellungen",
    open: asCompanyManager(() => "/manager/settings"),
    submit: de.Settings.submit,
    clear: [de.Settings.email],
    errors: [E.emailRequired],
    first: "field-email",
  },
  {
    form: "Teams: Team hinzufügen (Name)",
    open: asCompanyManager(() => "/manager/teams"),
    submit: de.Teams.addTeam,
    errors: [E.teamNameRequired],
    first: "field-name",
  },
  {
    form: "Team hinzufügen (Einstellungen)",
    open: asCompanyManager(() => "/manager/teams/new"),
    submit: de.Teams.addTeam,
    errors: [E.teamNameRequired],
    first: "field-name",
  },
  {
    form: "Team: Einstellungen speichern",
    open: asCompanyManager((s) => `/manager/teams/${s.teams.team}`),
    submit: de.Teams.save,
    clear: [de.Teams.name],
    errors: [E.teamNameRequired],
    first: "field-name",
  },
  {
    form: "Mitarbeiter hinzufügen: Zur Liste hinzufügen",
    open: asCompanyManager(() => "/manager/agents/new"),
    submit: de.Agents.addToList,
    errors: [E.loginIdRequired, E.firstNameRequired, E.lastNameRequired, E.passwordRequired, E.teamRequired],
    first: "field-loginId",
  },
  {
    form: "Mitarbeiter hinzufügen: Senden (leere Liste)",
    open: asCompanyManager(() => "/manager/agents/new/confirm"),
    submit: de.Agents.send,
    errors: [E.pendingListEmpty],
    first: null,
  },
  {
    form: "Masseneingabe",
    open: asCompanyManager(() => "/manager/agents/bulk"),
    submit: de.Bulk.submit,
    errors: [E.bulkEmpty],
    first: "field-bulkText",
  },
  {
    form: "Mitarbeiter: Einstellungen speichern",
    open: asCompanyManager((s) => `/manager/agents/${s.users.agent}`),
    submit: de.Agents.save,
    clear: [de.Agents.loginId, de.Agents.firstName, de.Agents.lastName, de.Agents.screenName, de.Agents.email],
    errors: [E.loginIdRequired, E.firstNameRequired, E.lastNameRequired, E.screenNameRequired, E.emailRequired],
    first: "field-loginId",
  },
  {
    form: "Manager hinzufügen",
    open: asCompanyManager(() => "/manager/managers/new"),
    submit: de.Managers.add,
    errors: [E.managerNameRequired, E.loginIdRequired, E.emailRequired, E.passwordRequired, E.teamsRequired],
    first: "field-name",
  },
  {
    form: "Team-Manager: Einstellungen speichern",
    open: asCompanyManager((s) => `/manager/managers/${s.users.lead}`),
    submit: de.Managers.save,
    clear: [de.Managers.name, de.Managers.loginId, de.Managers.email],
    errors: [E.managerNameRequired, E.loginIdRequired, E.emailRequired],
    first: "field-name",
  },
  {
    form: "API-Manager hinzufügen",
    grants: { companyManagersMayCreateApiManagers: true },
    open: asCompanyManager(() => "/manager/managers/api"),
    submit: de.Managers.addApiManager,
    errors: [E.managerNameRequired, E.loginIdRequired, E.emailRequired, E.passwordRequired],
    first: "field-name",
  },
  {
    form: "Portal erstellen",
    grants: { companyManagersMayChangePortals: true },
    open: asCompanyManager(() => "/manager/portals/new"),
    submit: de.Portals.create,
    clear: [de.Portals.subPortalName, de.Portals.subPortalSlug],
    errors: [E.portalNameRequired, E.slugRequired, E.subPortalNameRequired, E.slugRequired],
    first: "field-name",
  },
  {
    form: "Portaleinstellungen",
    grants: { companyManagersMayChangePortals: true },
    open: asCompanyManager(portal),
    submit: de.Portals.save,
    clear: [de.Portals.name, de.Portals.slug],
    errors: [E.portalNameRequired, E.slugRequired],
    first: "field-name",
  },
  {
    form: "Unterportal hinzufügen",
    grants: { companyManagersMayChangePortals: true },
    open: asCompanyManager((s) => `${portal(s)}/sub-portals`),
    submit: de.Portals.addSubPortal,
    errors: [E.subPortalNameRequired, E.slugRequired],
    first: "field-name",
  },
  {
    form: "Unterportal: Einstellungen speichern",
    grants: { companyManagersMayChangePortals: true },
    open: asCompanyManager((s) => `${portal(s)}/sub-portals/${s.subPortals.second}`),
    submit: de.Portals.save,
    clear: [de.Portals.subPortalName, de.Portals.subPortalSlug],
    errors: [E.subPortalNameRequired, E.slugRequired],
    first: "field-name",
  },
  {
    form: "Geschäftszeitensatz hinzufügen",
    open: asCompanyManager(() => "/manager/business-hours/hours/new"),
    submit: de.BusinessHours.addHoursSet,
    errors: [E.setNameRequired],
    first: "field-name",
  },
  {
    form: "Geschäftszeitensatz: Einstellungen speichern",
    open: asCompanyManager((s) => `/manager/business-hours/hours/${s.hoursSets.hours}`),
    submit: de.BusinessHours.save,
    clear: [de.BusinessHours.name],
    errors: [E.setNameRequired],
    first: "field-name",
  },
  {
    form: "Feiertage/Events hinzufügen",
    open: asCompanyManager(() => "/manager/business-hours/holidays/new"),
    submit: de.BusinessHours.addHolidaySet,
    errors: [E.setNameRequired],
    first: "field-name",
  },
  {
    form: "Feiertage/Events: Einstellungen speichern",
    open: asCompanyManager((s) => `/manager/business-hours/holidays/${s.holidaySets.holidays}`),
    submit: de.BusinessHours.save,
    clear: [de.BusinessHours.name],
    errors: [E.setNameRequired],
    first: "field-name",
  },
  {
    form: "Neuen Monatsbericht erstellen",
    open: asCompanyManager(() => "/manager/reports/monthly/new"),
    submit: de.MonthlyReports.save,
    errors: [E.reportNameRequired],
    first: "field-name",
  },
  {
    form: "Kundenportal: Frage senden",
    open: async ({ lotse, baseURL }) => {
      const { x } = await organisation(baseURL);
      const page = await lotse.newPage(ownAddress());
      await page.goto(`/p/fehler-${x}`);
      return page;
    },
    submit: de.CustomerPortal.submit.questionBox,
    errors: [E.customerNameRequired, E.customerEmailRequired, E.problemRequired],
    first: "field-name",
  },
];

/** Submits the form with `submit` on `page`, emptied of `clear`; the error pattern must follow, twice. */
async function submitEmpty(lotse: Lotse, page: Page, row: Pick<Row, "submit" | "clear" | "errors" | "first">) {
  await lotse.checkOnce(page);
  // With JavaScript, Next streams a page's metadata after its body: right after a client-side
  // navigation the title can still be empty (checkOnce returns at once on a route already checked).
  await expect.poll(() => page.title()).not.toBe("");
  const title = await page.title();
  const button = page.getByRole("button", { name: row.submit, exact: true });
  const form = page.locator("form").filter({ has: button });
  for (const label of row.clear ?? []) await form.getByLabel(label, { exact: true }).fill("");
  await button.click();
  expect(await expectErrorSummary(page, { errors: row.errors, title })).toBe(row.first);
  await lotse.check(page);

  // Again: each failed submit moves the focus to the summary, and the title keeps one prefix.
  await button.click();
  await expectErrorSummary(page, { errors: row.errors, title });
}

for (const row of ROWS) {
  test(`empty: ${row.form}`, async ({ page, lotse, baseURL }) => {
    const run = async () => submitEmpty(lotse, await row.open({ page, lotse, baseURL }), row);
    if (!row.grants) return run();
    await withGrantsLock(baseURL, async () => {
      await setGrants(lotse, row.grants!);
      await run();
    });
  });
}

test("empty: Sitzung beenden, then both surveys", async ({ lotse, baseURL }) => {
  const x = tag();
  const pw = password();
  const agent = { loginId: `ende-${x}@lotse.test`, password: pw };
  const seeded = await seed(baseURL, {
    teams: [{ key: "desk", name: `Umfrageteam ${x}` }],
    users: [{ key: "agent", kind: "agent", firstName: `Uwe${x}`, lastName: "Umfrage", ...agent, team: "desk" }],
    portals: [
      {
        key: "portal",
        name: `Umfrageportal ${x}`,
        slug: `umfrage-${x}`,
        type: "questionBox",
        features: { customerSurvey: true, agentSurvey: true },
        subPortals: [{ key: "main", name: "Allgemein", slug: "allgemein", teams: ["desk"] }],
      },
    ],
    requests: [{ key: "request", subPortal: "main", customerName: `Kunde ${x}`, problem: "Hilfe" }],
  });
  const a = de.AgentConsole;
  const agentPage = await lotse.newPage();
  await agentPage.goto("/agent");
  await lotse.checkOnce(agentPage);
  await agentPage.getByLabel(de.SignIn.loginId, { exact: true }).fill(agent.loginId);
  await agentPage.getByLabel(de.SignIn.password, { exact: true }).fill(agent.password);
  await agentPage.getByRole("button", { name: de.SignIn.submit, exact: true }).click();
  await expect(agentPage.getByRole("heading", { level: 1, name: a.title })).toBeVisible();
  await lotse.checkOnce(agentPage);
  await agentPage
    .getByRole("region", { name: a.requests.heading })
    .getByRole("listitem")
    .filter({ hasText: `Kunde ${x}` })
    .getByRole("button", { name: a.requests.accept, exact: true })
    .click();
  await expect(agentPage).toHaveURL(/\/agent\/sessions\/[^/?]+$/);

  await test.step("Sitzung beenden without an outcome", async () => {
    await submitEmpty(lotse, agentPage, {
      submit: a.end.submit,
      errors: [E.outcomeRequired],
      first: "outcome-resolved",
    });
  });

  await test.step("the agent's survey without a rating", async () => {
    await agentPage.getByRole("radio", { name: a.end.outcomes.resolved, exact: true }).check();
    await agentPage.getByRole("button", { name: a.end.submit, exact: true }).click();
    await expect(agentPage.getByRole("region", { name: a.survey.heading })).toBeVisible();
    // From the session's own address: "Die Sitzung wurde beendet." answered the ending, and a notice
    // that outlives its response (?notice= in the URL) is the notices' own issue, tested there.
    await agentPage.goto(new URL(agentPage.url()).pathname);
    await submitEmpty(lotse, agentPage, { submit: a.survey.submit, errors: [E.ratingRequired], first: "rating-1" });
  });

  await test.step("the customer's survey without a rating", async () => {
    const customerPage = await lotse.newPage(ownAddress());
    await customerPage.goto(`/p/umfrage-${x}/requests/${seeded.requests.request!.token}`);
    await expect(customerPage.getByRole("region", { name: de.CustomerPortal.session.surveyHeading })).toBeVisible();
    await submitEmpty(lotse, customerPage, {
      submit: de.CustomerPortal.session.surveySend,
      errors: [E.ratingRequired],
      first: "rating-1",
    });
  });
});
