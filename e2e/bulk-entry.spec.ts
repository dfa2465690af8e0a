// Manual chapter 2, "Masseneingabe": reached by the manual's "Hier klicken" (as "Masseneingabe: hier
// klicken", so the link says where it leads) on "Mitarbeiter hinzufügen"; every
// bad line is reported with its number and nothing is created; a valid input creates everyone and
// shows its progress; a CSV file in the same format works too.
import type { Page } from "@playwright/test";
import { errorSummary } from "./support/error-summary";
import { expect, test, type Lotse } from "./support/fixtures";
import { de } from "./support/messages";
import { dbQuery, dbRun, fill, password, seed, tag } from "./support/organisation";

const b = de.Bulk;

async function openBulkEntry(page: Page, lotse: Lotse) {
  await page
    .getByRole("navigation", { name: de.Nav.label })
    .getByRole("link", { name: de.Nav.agents, exact: true })
    .click();
  await expect(page).toHaveURL(/\/manager\/agents$/);
  await lotse.checkOnce(page);
  await page.getByRole("main").getByRole("link", { name: de.Agents.add, exact: true }).click();
  await expect(page).toHaveURL(/\/manager\/agents\/new$/);
  await lotse.checkOnce(page);
  await page.getByRole("link", { name: de.Agents.bulkLink, exact: true }).click();
  await expect(page).toHaveURL(/\/manager\/agents\/bulk$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(b.title);
  await lotse.checkOnce(page);
}

/**
 * Waits for the Masseneingabe's result: with JavaScript the page updates itself (htmx polls it; see
 * "a running Masseneingabe …" below), without it the manager reloads it with "Aktualisieren".
 */
async function waitUntilDone(page: Page, lotse: Lotse, javaScriptEnabled: boolean, done: string) {
  await expect(page).toHaveURL(/\/manager\/agents\/bulk\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(b.title);
  const status = page.locator("#bulk-entry-progress").getByRole("status");
  if (javaScriptEnabled) {
    await expect(status).toContainText(done, { timeout: 30_000 });
  } else {
    // A page without JavaScript hears of no event: like the manager, reload it until the result is
    // there (the passwords take a few seconds to hash).
    await expect(async () => {
      const refresh = page.getByRole("link", { name: b.refresh, exact: true });
      if ((await refresh.count()) > 0) await refresh.click();
      await expect(status).toContainText(done, { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
  }
  await lotse.check(page);
}

async function organisation(baseURL: string | undefined) {
  const x = tag();
  await seed(baseURL, {
    teams: [
      { key: "support", name: `Support ${x}` },
      { key: "level2", name: `Level 2 ${x}`, parent: "support" },
      { key: "sales", name: `Vertrieb ${x}` },
    ],
  });
  return { x, level2: `Support ${x},Level 2 ${x}`, sales: `,Vertrieb ${x}` };
}

test("bad lines are each reported with their number, and nothing is created", async ({
  page,
  lotse,
  companyManager,
  baseURL,
}) => {
  const { x, level2, sales } = await organisation(baseURL);
  const pw = password();
  await lotse.signIn(page, "manager", companyManager);
  await openBulkEntry(page, lotse);

  const input = [
    `${level2},ok-${x}@lotse.test,Olga,Ok,${pw},Olga,`,
    `${sales},kein-format,Bernd,Bad,${pw},Bernd,`,
    `,Gibtsnicht ${x},geist-${x}@lotse.test,Gerd,Geist,${pw},Gerd,`,
    `${level2},OK-${x}@lotse.test,Olga,Doppelt,${pw},Olga,`,
    `${sales},schwach-${x}@lotse.test,Sina,Schwach,kurz,Sina,`,
    `${sales},zu-wenig-${x}@lotse.test,Zoe`,
    `${sales},${companyManager.loginId},Mia,Manager,${pw},Mia,`,
    `${sales},ohne-${x}@lotse.test,,Ohnename,${pw},,`,
  ].join("\n");
  const reason = (code: keyof typeof b.problems, value = "") => fill(b.problems[code], { value });
  const expected = [
    [2, reason("bulkLoginFormat", "kein-format")],
    [3, reason("bulkUnknownTeam", `Gibtsnicht ${x}`)],
    [4, reason("bulkDuplicateInInput", "1")],
    [5, reason("bulkWeakPassword")],
    [6, reason("bulkFieldCount", "4")],
    [7, reason("bulkLoginIsManager", companyManager.loginId)],
    [8, reason("bulkFirstNameMissing")],
  ] as const;

  await page.getByLabel(b.label, { exact: true }).fill(input);
  await page.getByRole("button", { name: b.submit, exact: true }).click();
  await expect(errorSummary(page).getByRole("listitem")).toHaveText([de.Errors.bulkHasProblems]);
  const problems = page.locator("#bulk-problems");
  await expect(problems).toContainText(`${expected.length} Fehler gefunden. Es wurde nichts angelegt.`);
  await expect(problems.getByRole("listitem")).toHaveText(
    expected.map(([line, text]) => fill(b.problemLine, { line, reason: text })),
  );
  await expect(page).toHaveURL(/\/manager\/agents\/bulk$/);
  await expect(page.getByLabel(b.label, { exact: true })).toHaveValue(input);
  await lotse.check(page);

  // The one good line was not created either.
  expect(dbQuery(baseURL, "SELECT id FROM User WHERE loginId LIKE ?", `%-${x}@lotse.test`)).toEqual([]);
});

test("a valid Masseneingabe of 30 lines creates every agent, with progress", async ({
  page,
  lotse,
  companyManager,
  baseURL,
  javaScriptEnabled,
}) => {
  const { x, level2, sales } = await organisation(baseURL);
  const pw = password();
  const lines = Array.from({ length: 30 }, (_, i) => {
    const n = String(i + 1).padStart(2, "0");
    const custom = i === 0 ? `"Bonn, Haus B"` : `Kst ${n}`;
    return `${i % 2 === 0 ? level2 : sales},massen-${n}-${x}@lotse.test,Vorname${n},Masse ${x},${pw},Bild ${n},${custom}`;
  });
  await lotse.signIn(page, "manager", companyManager);
  await openBulkEntry(page, lotse);
  await page.getByLabel(b.label, { exact: true }).fill(lines.join("\n"));
  await page.getByRole("button", { name: b.submit, exact: true }).click();
  await waitUntilDone(page, lotse, javaScriptEnabled !== false, "30 Mitarbeiter wurden angelegt.");

  await page.getByRole("link", { name: b.toAgents, exact: true }).click();
  await expect(page).toHaveURL(/\/manager\/agents$/);
  await page.getByLabel(de.Agents.search, { exact: true }).fill(`masse ${x}`);
  await page.getByRole("button", { name: de.Agents.searchButton, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /Mitarbeiter$/ })).toHaveText("30 Mitarbeiter");
  const first = page.getByRole("row").filter({ hasText: `massen-01-${x}@lotse.test` });
  await expect(first).toContainText(`Support ${x} › Level 2 ${x}`);
  await expect(first).toContainText("Bild 01");
  await expect(page.getByRole("row").filter({ hasText: `massen-02-${x}@lotse.test` })).toContainText(`Vertrieb ${x}`);

  // The quoted field kept its comma.
  await first.getByRole("link").click();
  await expect(page.getByLabel(de.Agents.customField, { exact: true })).toHaveValue("Bonn, Haus B");
  await lotse.checkOnce(page);
});

test("a running Masseneingabe shows its progress, then its result: in place with JavaScript, with Aktualisieren without", async ({
  page,
  lotse,
  baseURL,
  javaScriptEnabled,
}) => {
  const x = tag();
  const chef = { loginId: `chef-${x}@lotse.test`, password: password() };
  const { bulkEntries } = await seed(baseURL, {
    users: [{ key: "chef", kind: "manager", role: "company", name: `Chef ${x}`, ...chef }],
    bulkEntries: [{ key: "running", manager: "chef", status: "running", total: 40, processed: 0 }],
  });
  const id = bulkEntries.running!;
  // The spec plays the background job, moving it on when it chooses: so the page is sure to be
  // shown while the Masseneingabe runs (a real one of a few lines may be done before it loads).
  const progress = (processed: number) =>
    dbRun(baseURL, "UPDATE BulkEntry SET processed = ? WHERE id = ?", processed, id);
  const finish = () =>
    dbRun(
      baseURL,
      "UPDATE BulkEntry SET status = 'done', processed = total, created = total, finishedAt = createdAt WHERE id = ?",
      id,
    );
  // With JavaScript the page polls by itself; without, the manager reloads it.
  const refresh = async () => {
    if (javaScriptEnabled === false) await page.getByRole("link", { name: b.refresh, exact: true }).click();
  };

  await lotse.signIn(page, "manager", chef);
  await page.goto(`/manager/agents/bulk/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(b.title);
  const region = page.locator("#bulk-entry-progress");
  const status = region.getByRole("status");
  const bar = page.getByRole("progressbar", { name: b.progressLabel });
  await expect(status).toHaveText(fill(b.progress, { processed: 0, total: 40 }));
  await expect(bar).toHaveAttribute("value", "0");
  await lotse.check(page);
  // A marker in the window survives only if the page is updated in place, not reloaded.
  if (javaScriptEnabled !== false) await page.evaluate(() => Object.assign(window, { lotseMarker: true }));

  progress(25);
  await refresh();
  await expect(status).toHaveText(fill(b.progress, { processed: 25, total: 40 }));
  await expect(bar).toHaveAttribute("value", "25");

  finish();
  await refresh();
  await expect(status).toContainText("40 Mitarbeiter wurden angelegt.");
  await expect(bar).toHaveCount(0);
  await expect(status.getByRole("link", { name: b.toAgents, exact: true })).toBeVisible();
  if (javaScriptEnabled !== false) {
    expect(await page.evaluate(() => "lotseMarker" in window)).toBe(true);
    // The result replaced the polling element: nothing polls any more.
    await expect(region).not.toHaveAttribute("hx-get");
  }
  await lotse.check(page);
});

test("the same format as an uploaded CSV file, quoted fields with commas", async ({
  page,
  lotse,
  companyManager,
  baseURL,
  javaScriptEnabled,
}) => {
  const { x, level2, sales } = await organisation(baseURL);
  const pw = password();
  const csv = [
    `${level2},csv-1-${x}@lotse.test,Clara,"Cramer, Jr. ${x}",${pw},"Clara ""CC"" C.","Köln, Gebäude 3"`,
    `${sales},csv-2-${x}@lotse.test,Carl,Comma ${x},${pw},Carl,`,
  ].join("\r\n");
  await lotse.signIn(page, "manager", companyManager);
  await openBulkEntry(page, lotse);
  await page.getByLabel(b.file, { exact: true }).setInputFiles({
    name: "mitarbeiter.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`\uFEFF${csv}\r\n`, "utf8"),
  });
  await page.getByRole("button", { name: b.submit, exact: true }).click();
  await waitUntilDone(page, lotse, javaScriptEnabled !== false, "2 Mitarbeiter wurden angelegt.");

  const rows = dbQuery(
    baseURL,
    "SELECT u.loginId, a.lastName, a.screenName, a.customField, t.name AS team FROM User u JOIN AgentProfile a ON a.userId = u.id JOIN Team t ON t.id = a.teamId WHERE u.loginId LIKE ? ORDER BY u.loginId",
    `csv-%-${x}@lotse.test`,
  );
  expect(rows).toEqual([
    {
      loginId: `csv-1-${x}@lotse.test`,
      lastName: `Cramer, Jr. ${x}`,
      screenName: 'Clara "CC" C.',
      customField: "Köln, Gebäude 3",
      team: `Level 2 ${x}`,
    },
    {
      loginId: `csv-2-${x}@lotse.test`,
      lastName: `Comma ${x}`,
      screenName: "Carl",
      customField: "",
      team: `Vertrieb ${x}`,
    },
  ]);
});
