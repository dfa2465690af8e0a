// The attacker's findings of the ASVS level 2 audit (issue 8), each as the request that showed it:
// forged server-action arguments, an open redirect, wrong IDs in the Admin Center, forms beyond the
// size limits, and a flood of junk requests on a portal.
import { randomInt } from "node:crypto";
import { errorSummary } from "./support/error-summary";
import { expect, test } from "./support/fixtures";
import { actionFieldsOf, postForm } from "./support/forged-requests";
import { de } from "./support/messages";
import { dbQuery, dbValue, fill, seed, tag } from "./support/organisation";

test.describe("forged requests", () => {
  test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, "plain HTTP requests: once (js project) is enough");

  test("a realm smuggled into the sign-in form's arguments changes nothing and tells nothing", async ({
    lotse,
    browser,
    baseURL,
    companyManager,
  }) => {
    const context = await lotse.newContext();
    const fields = await actionFieldsOf(browser, context, "/manager", "main form");
    // The action's arguments travel as JSON beside the fields; an attacker puts a realm in front.
    const forged = fields.map(([name, value]): [string, string] =>
      /^\$ACTION_\d+:1$/.test(name) ? [name, JSON.stringify(["Manager", JSON.parse(value)[0]])] : [name, value],
    );
    const right = await postForm(context, baseURL, "/manager", [
      ...forged,
      ["loginId", companyManager.loginId],
      ["password", companyManager.password],
    ]);
    const wrong = await postForm(context, baseURL, "/manager", [
      ...forged,
      ["loginId", companyManager.loginId],
      ["password", "Wrong-password-123"],
    ]);
    // Same answer for the right and a wrong password (it used to be 500 vs 200), and no session.
    expect(right.status).toBe(200);
    expect(wrong.status).toBe(200);
    expect((await context.cookies()).some((c) => c.name.endsWith("lotse-manager"))).toBe(false);
  });

  test("the language switch sends the browser only to paths on this site", async ({ lotse, browser, baseURL }) => {
    const context = await lotse.newContext();
    const fields = await actionFieldsOf(browser, context, "/manager", "form.language-switch");
    for (const next of ["/\\evil.example/", "//evil.example/", "https://evil.example/", "/\t/evil.example"]) {
      const answer = await postForm(context, baseURL, "/manager", [...fields, ["locale", "en"], ["next", next]]);
      expect(answer.status, next).toBe(303);
      expect(answer.location, next).toBe("/manager");
    }
    const local = await postForm(context, baseURL, "/manager", [
      ...fields,
      ["locale", "de"],
      ["next", "/forgot-password"],
    ]);
    expect(local.location).toBe("/forgot-password");
  });

  test("Admin Center actions with an unknown or wrong-kind ID answer 404, not 500", async ({
    lotse,
    browser,
    baseURL,
    companyManager,
  }) => {
    const admin = await lotse.adminPage();
    const context = admin.context();
    const fields = await actionFieldsOf(browser, context, `/admin/managers/${companyManager.id}`, "main form.actions");
    const teamManager = (
      await seed(baseURL, {
        users: [
          {
            key: "tm",
            kind: "manager",
            role: "team",
            name: `TM ${tag()}`,
            loginId: `tm-${tag()}@lotse.test`,
            password: "Irrelevant-pass-123",
          },
        ],
      })
    ).users.tm!;
    for (const id of ["does-not-exist", teamManager, 42, { id: companyManager.id }, "x".repeat(500)]) {
      const forged = fields.map(([name, value]): [string, string] =>
        /^\$ACTION_\d+:1$/.test(name) ? [name, JSON.stringify([id])] : [name, value],
      );
      const answer = await postForm(context, baseURL, `/admin/managers/${companyManager.id}`, [
        ...forged,
        ["intent", "disable"],
      ]);
      expect(answer.status, JSON.stringify(id)).toBe(404);
    }
    expect(dbValue(baseURL, 'SELECT disabled FROM "User" WHERE id = ?', companyManager.id)).toBe(0);
    expect(dbValue(baseURL, 'SELECT disabled FROM "User" WHERE id = ?', teamManager)).toBe(0);
  });

  test("a form over the body limit goes back to its page with a message, with and without script", async ({
    page,
    lotse,
    companyManager,
    baseURL,
  }) => {
    await lotse.signIn(page, "manager", companyManager);
    const huge = "x".repeat(9 * 1024 * 1024);
    const plain = await postForm(page.context(), baseURL, "/manager/teams/new", [["name", huge]]);
    expect(plain).toMatchObject({ status: 303, location: "/manager/teams/new?error=formTooLarge" });
    // A server action called by script: the redirect comes as the header Next's client follows.
    const form = new FormData();
    form.append("name", huge);
    const scripted = await page.context().request.post("/manager/teams/new", {
      multipart: form,
      headers: { Origin: baseURL!, "Next-Action": "0123456789abcdef" },
      maxRedirects: 0,
    });
    expect(scripted.status()).toBe(200);
    expect(scripted.headers()["x-action-redirect"]).toBe("/manager/teams/new?error=formTooLarge;replace");

    await page.goto("/manager/teams/new?error=formTooLarge");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(de.Errors.formTooLarge);
    await lotse.check(page);
  });
});

test("a Masseneingabe of 4,999 lines (1.2 MB) reaches its check, and an oversized field is named next to it", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  // The page that answers carries the 1.2 MB back in its text area, and is checked at three widths.
  test.setTimeout(240_000);
  const x = tag();
  await seed(baseURL, { teams: [{ key: "team", name: `Groß ${x}` }] });
  await lotse.signIn(page, "manager", companyManager);

  await test.step("Masseneingabe: every line checked, the last one's problem reported", async () => {
    const line = (i: number) =>
      `,Groß ${x},gross-${x}-${String(i).padStart(4, "0")}@lotse.test,Vorname ${i},Nachname-mit-etwas-Länge ${i},Ein-langes-Passwort-${x}-${i},Anzeigename ${i},"Kostenstelle ${i}, Abteilung Kundendienst Nord, Gebäude B, Etage 3, Raum ${i}, Telefon intern ${1000 + i}, Standort Bonn-Beuel"`;
    const lines = Array.from({ length: 4998 }, (_, i) => line(i + 1));
    lines.push(`,Gibtsnicht ${x},letzte-${x}@lotse.test,Letzte,Zeile,Ein-langes-Passwort-${x},L,`);
    const text = lines.join("\n");
    expect(Buffer.byteLength(text)).toBeGreaterThan(1_200_000);
    await page.goto("/manager/agents/bulk");
    await lotse.checkOnce(page);
    // As a CSV file: what a manager exports from a spreadsheet (typing 1.2 MB would take minutes).
    await page
      .getByLabel(de.Bulk.file, { exact: true })
      .setInputFiles({ name: "mitarbeiter.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
    await page.getByRole("button", { name: de.Bulk.submit, exact: true }).click();
    const problems = page.locator("#bulk-problems");
    await expect(problems.getByRole("listitem")).toHaveText([
      fill(de.Bulk.problemLine, {
        line: 4999,
        reason: fill(de.Bulk.problems.bulkUnknownTeam, { value: `Gibtsnicht ${x}` }),
      }),
    ]);
    await lotse.check(page);
    expect(dbValue(baseURL, 'SELECT COUNT(*) FROM "User" WHERE loginId LIKE ?', `gross-${x}-%`)).toBe(0);
  });

  await test.step("a 2 MB greeting: the field says it is too long", async () => {
    await page.goto("/manager/teams/new");
    await lotse.checkOnce(page);
    await page.getByLabel(de.Teams.name, { exact: true }).fill(`Riesig ${x}`);
    await page.getByLabel(de.Teams.greeting, { exact: true }).fill("Hallo! ".repeat(300_000));
    await page.getByRole("button", { name: de.Teams.addTeam, exact: true }).click();
    await expect(page.getByLabel(de.Teams.greeting, { exact: true })).toHaveAccessibleDescription(de.Errors.tooLong);
    await lotse.check(page);
    expect(dbQuery(baseURL, 'SELECT id FROM "Team" WHERE name = ?', `Riesig ${x}`)).toHaveLength(0);
  });
});

test("a flood of requests: customers are told the portal is busy; the manager sees it and clears it in one step", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  const x = tag();
  const q = de.Portals.queue;
  const { portals, requests } = await seed(baseURL, {
    portals: [
      {
        key: "p",
        name: `Flut ${x}`,
        slug: `flut-${x}`,
        type: "contactButton",
        subPortals: [{ key: "s", name: "Allgemein", slug: "allgemein" }],
      },
    ],
    requests: Array.from({ length: 3 }, (_, i) => ({ key: `r${i}`, subPortal: "s", customerName: `Junk ${i}` })),
  });
  // The portal's ceiling of 300 requests in 10 minutes is reached (as after ~300 forged posts).
  await seed(baseURL, { portalCeilingReached: [portals.p!] });

  const customer = await lotse.newPage({
    extraHTTPHeaders: { "X-Forwarded-For": `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` },
  });
  await test.step("a real customer is told the portal is busy, not that they sent too much", async () => {
    await customer.goto(`/p/flut-${x}`);
    await lotse.checkOnce(customer);
    await customer.getByRole("textbox", { name: de.CustomerPortal.fields.name.label }).fill("Echte Kundin");
    await customer.getByRole("button", { name: de.CustomerPortal.submit.contactButton }).click();
    await expect(errorSummary(customer).getByRole("listitem")).toHaveText(de.Errors.portalBusy);
    await lotse.check(customer);
  });

  await test.step("Portaleinstellungen show the waiting requests and the reached ceiling", async () => {
    await lotse.signIn(page, "manager", companyManager);
    await page.goto(`/manager/portals/${portals.p}`);
    const section = page.getByRole("region", { name: q.title });
    await expect(section).toContainText("Zurzeit warten 3 Anfragen.");
    await expect(section).toContainText("Das Portal hat seine Höchstzahl an Anfragen für 10 Minuten erreicht");
    await lotse.checkOnce(page);
    await section.getByRole("link", { name: q.cancel }).click();
    await expect(page).toHaveURL(new RegExp(`/manager/portals/${portals.p}/waiting-requests$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(q.cancel);
    await lotse.checkOnce(page);
    await page.getByRole("button", { name: q.cancelConfirm }).click();
    await expect(page).toHaveURL(new RegExp(`/manager/portals/${portals.p}$`));
    await expect(page.getByRole("status")).toContainText("3 wartende Anfragen wurden abgebrochen.");
    await lotse.check(page);
  });

  await test.step("the junk is gone, the customers' pages say so, and the portal takes requests again", async () => {
    expect(
      dbQuery(
        baseURL,
        'SELECT status FROM "SupportRequest" WHERE id IN (?, ?, ?)',
        ...Object.values(requests).map((r) => r.id),
      ).map((r) => r.status),
    ).toEqual(["cancelled", "cancelled", "cancelled"]);
    await customer.goto(`/p/flut-${x}/requests/${requests.r0!.token}`);
    await expect(customer.getByRole("main")).toContainText(de.CustomerPortal.waiting.closed.cancelled);
    await lotse.checkOnce(customer);
    await customer.goto(`/p/flut-${x}`);
    await customer.getByRole("textbox", { name: de.CustomerPortal.fields.name.label }).fill("Echte Kundin");
    await customer.getByRole("button", { name: de.CustomerPortal.submit.contactButton }).click();
    await expect(customer).toHaveURL(new RegExp(`/p/flut-${x}/requests/[^/]+$`));
    await lotse.checkOnce(customer);
  });
});
