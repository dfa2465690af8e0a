// Management Center › API (issue 18, decision record 28): an API manager signs in, is sent from the
// Startseite to the API page, creates a token (a bad name first: refused next to its field), sees
// its secret once, uses it over HTTP, finds it gone after coming back to the page, revokes it — and
// the same call is refused. The API-Referenz lists the operations of the served document. With and
// without JavaScript.
import type { Page } from "@playwright/test";
import { expectErrorSummary } from "./support/error-summary";
import { expect, test } from "./support/fixtures";
import { de } from "./support/messages";
import { fill, password, seed, tag } from "./support/organisation";

const a = de.ApiTokens;
const nav = (page: Page) => page.getByRole("navigation", { name: de.Nav.label });

test("API-Tokens: erstellen, einmal sehen, verwenden, widerrufen; die API-Referenz", async ({
  page,
  lotse,
  baseURL,
  request,
}) => {
  test.setTimeout(180_000);
  const x = tag();
  const api = { loginId: `api-tokens-${x}@lotse.test`, password: password() };
  await seed(baseURL, { users: [{ key: "api", kind: "manager", role: "api", name: `API ${x}`, ...api }] });
  const tokenName = `Entra ID ${x}`;
  const tokenUrl = `${baseURL}/api/v1/token`;
  const callWith = (secret: string) =>
    request.get(tokenUrl, { headers: { authorization: `Bearer ${secret}`, "accept-language": "de" } });

  await test.step("the Startseite leads an API manager to the API page", async () => {
    await lotse.signIn(page, "manager", api);
    await page.getByRole("main").getByRole("link", { name: de.Nav.api, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/api$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.title);
    await expect(nav(page).getByRole("link", { name: de.Nav.api, exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(page.getByText(a.none, { exact: true })).toBeVisible();
    await lotse.checkOnce(page);
  });

  const form = page.getByRole("region", { name: a.create });
  const nameField = form.getByLabel(a.fields.name, { exact: true });

  await test.step("a token without a name is refused next to its field", async () => {
    await nameField.fill("   ");
    await form.getByRole("button", { name: a.create, exact: true }).click();
    await expectErrorSummary(page, {
      errors: [de.Errors.tokenNameRequired],
      title: `${a.title} · ${de.Common.productName}`,
    });
    await expect(nameField).toHaveAccessibleDescription(`${a.fields.nameHelp} ${de.Errors.tokenNameRequired}`);
    await expect(page.getByTestId("new-token")).toHaveCount(0);
    await lotse.check(page);
  });

  let secret = "";
  await test.step("API-Token erstellen: the secret is shown once, with a call to try it", async () => {
    await nameField.fill(tokenName);
    await form.getByLabel(a.fields.lifetime, { exact: true }).selectOption("30");
    await form.getByRole("button", { name: a.create, exact: true }).click();
    const shown = page.getByTestId("new-token");
    await expect(shown.getByRole("heading", { level: 2 })).toHaveText(fill(a.created.heading, { name: tokenName }));
    await expect(shown).toBeFocused();
    await expect(shown).toContainText(a.created.warning);
    secret = (await shown.getByTestId("new-token-secret").textContent()) ?? "";
    expect(secret).toMatch(/^lotse_[A-Za-z0-9_-]{43}$/);
    await expect(shown).toContainText(`curl -H "Authorization: Bearer ${secret}" ${tokenUrl}`);
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: tokenName, exact: true }) });
    await expect(row).toContainText(`${secret.slice(0, 12)}…`);
    await expect(row).toContainText(a.states.active);
    await expect(row).toContainText(a.neverUsed);
    await expect(nameField).toHaveValue("");
    await lotse.check(page);
  });

  await test.step("the token works over HTTP", async () => {
    const response = await callWith(secret);
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ name: tokenName, owner: { loginId: api.loginId } });
  });

  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: tokenName, exact: true }) });
  await test.step("back on the page, the secret is gone for good; the token shows it was used", async () => {
    await page.goto("/manager/api");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.title);
    await expect(page.getByTestId("new-token")).toHaveCount(0);
    expect(await page.content()).not.toContain(secret);
    await expect(row).toContainText(a.states.active);
    await expect(row).not.toContainText(a.neverUsed);
    // On the API manager's clock (Europe/Berlin, as seeded), not the server's (Asia/Tokyo).
    const created = row.locator("time").first();
    const at = new Date((await created.getAttribute("datetime"))!);
    await expect(created).toHaveText(
      new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" }).format(
        at,
      ),
    );
  });

  await test.step("Widerrufen, asked first: the same call is refused from then on", async () => {
    await row.getByRole("link", { name: `${a.revoke}: ${tokenName}`, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/api\/tokens\/[^/]+\/revoke$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fill(a.revokeTitle, { name: tokenName }));
    await lotse.checkOnce(page);
    await page.getByRole("button", { name: a.revoke, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/api$/);
    await expect(page.getByRole("status")).toHaveText(de.Notices.apiTokenRevoked);
    await expect(row).toContainText(a.states.revoked);
    await expect(row.getByRole("link", { name: `${a.revoke}: ${tokenName}` })).toHaveCount(0);
    const refused = await callWith(secret);
    expect(refused.status()).toBe(401);
    expect(refused.headers()["content-type"]).toMatch(/^application\/problem\+json/);
    expect((await refused.json()).title).toBe(de.Api.problems.unauthorized.title);
  });

  await test.step("the API-Referenz lists the served document's operations", async () => {
    await nav(page).getByRole("link", { name: de.Nav.apiReference, exact: true }).click();
    await expect(page).toHaveURL(/\/manager\/api\/reference$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(de.ApiReference.title);
    const operation = page.getByRole("article", { name: "GET /api/v1/token" });
    await expect(operation).toContainText("The token in use");
    await expect(
      operation.getByRole("region", { name: fill(de.ApiReference.responsesOf, { name: "GET /api/v1/token" }) }),
    ).toContainText("401");
    await expect(page.getByRole("main").getByRole("link", { name: "OpenAPI-Dokument", exact: true })).toHaveAttribute(
      "href",
      "/api/v1/openapi.json",
    );
    await lotse.checkOnce(page);
  });
});
