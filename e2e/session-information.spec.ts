// Sitzungsinformationen (issue 13, manual chapter 6): a company manager finds a past session by its
// Sitzungs-ID and by the drop-downs (team, Zeitraum), opens it and reads its facts, its chat
// transcript, its diagnostics and its files (and downloads one); a session whose content the
// retention job forgot shows the manual's "Daten sind nicht mehr verfügbar"; a malformed Sitzungs-ID
// is named next to its field. A team manager of another team finds nothing and gets "not found" for
// the session's address and its file; an agent with "Sitzungswiedergabe" sees their own sessions
// only. Without JavaScript every step is the same: the search is a GET form, the results a page.
import { expect, test } from "./support/fixtures";
import { expectNotFound } from "./support/forged-requests";
import { de } from "./support/messages";
import { fill, password, seed, tag } from "./support/organisation";
import {
  findSessions as find,
  listedSessions as listed,
  sessionResults as results,
} from "./support/session-information";

const s = de.SessionInformation;
const DAY = 24 * 60 * 60 * 1000;
/** An instant `days` days ago at a given UTC hour (plus minutes). */
const daysAgo = (days: number, hour: number, plusMinutes = 0) => {
  const at = new Date(Date.now() - days * DAY);
  at.setUTCHours(hour, plusMinutes, 0, 0);
  return at.toISOString();
};

test("Sitzungsinformationen: finden, Transkript, Diagnose und Dateien lesen; vergessene Daten; nur der eigene Bereich", async ({
  page,
  lotse,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const x = tag();
  const pw = password();
  const org = await seed(baseURL, {
    teams: [
      { key: "t", name: `Infoteam ${x}`, functions: { sessionReplay: true } },
      { key: "other", name: `Fremdteam ${x}` },
    ],
    users: [
      {
        key: "boss",
        kind: "manager",
        role: "company",
        name: `Chef ${x}`,
        loginId: `boss-${x}@lotse.test`,
        password: pw,
      },
      {
        key: "tm",
        kind: "manager",
        role: "team",
        name: `Fremdleitung ${x}`,
        teams: ["other"],
        loginId: `tm-${x}@lotse.test`,
        password: pw,
      },
      {
        key: "anna",
        kind: "agent",
        firstName: "Anna",
        lastName: x,
        team: "t",
        managementCenterAccess: true,
        loginId: `anna-${x}@lotse.test`,
        password: pw,
      },
      {
        key: "bert",
        kind: "agent",
        firstName: "Bert",
        lastName: x,
        team: "t",
        loginId: `bert-${x}@lotse.test`,
        password: pw,
      },
      {
        key: "olga",
        kind: "agent",
        firstName: "Olga",
        lastName: x,
        team: "other",
        loginId: `olga-${x}@lotse.test`,
        password: pw,
      },
    ],
    portals: [
      {
        key: "p",
        name: `Infoportal ${x}`,
        slug: `info-${x}`,
        subPortals: [{ key: "sp", name: "Allgemein", slug: "allgemein", teams: ["t", "other"] }],
      },
    ],
    pastSessions: [
      {
        key: "kept",
        subPortal: "sp",
        agent: "anna",
        customerName: `Kim ${x}`,
        arrivedAt: daysAgo(2, 9),
        startedAt: daysAgo(2, 9, 1),
        endedAt: daysAgo(2, 9, 21),
        outcome: "resolved",
        customerRating: 4,
        customerComment: `Danke ${x}`,
        notes: `Treiber erneuert ${x}`,
        messages: [
          { author: "customer", text: `Der Drucker druckt nicht ${x}` },
          { author: "agent", text: `Ich schicke einen Treiber ${x}` },
        ],
        files: [{ name: `treiber-${x}.txt`, direction: "toCustomer", text: `Treiber ${x}` }],
        diagnostics: { platform: "Linux", browser: "Firefox 140" },
      },
      {
        key: "bert",
        subPortal: "sp",
        agent: "bert",
        customerName: `Lea ${x}`,
        arrivedAt: daysAgo(3, 10),
        startedAt: daysAgo(3, 10, 1),
        endedAt: daysAgo(3, 10, 5),
        messages: [{ author: "agent", text: `Hallo Lea ${x}` }],
      },
      {
        key: "foreign",
        subPortal: "sp",
        agent: "olga",
        customerName: `Max ${x}`,
        arrivedAt: daysAgo(1, 11),
        startedAt: daysAgo(1, 11, 1),
        endedAt: daysAgo(1, 11, 9),
      },
      {
        key: "old",
        subPortal: "sp",
        agent: "anna",
        customerName: `Uta ${x}`,
        arrivedAt: daysAgo(100, 8),
        startedAt: daysAgo(100, 8, 1),
        endedAt: daysAgo(100, 8, 30),
        outcome: "unresolved",
        contentPurged: true,
      },
    ],
  });
  const kept = org.sessions.kept!.number;
  const old = org.sessions.old!.number;

  await lotse.signIn(page, "manager", { loginId: `boss-${x}@lotse.test`, password: pw });
  await page
    .getByRole("navigation", { name: de.Nav.label })
    .getByRole("link", { name: de.Nav.sessionInformation, exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: s.title })).toBeVisible();
  await lotse.checkOnce(page);

  await test.step("find by Sitzungs-ID, and by team and Zeitraum", async () => {
    await find(page, { number: kept });
    expect(await listed(page)).toEqual([kept]);
    await expect(page.getByText("1 Sitzung gefunden.", { exact: true })).toBeVisible();
    const row = results(page)
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: kept }) });
    await expect(row).toContainText(`Kim ${x}`);
    await expect(row).toContainText(de.Reports.outcomes.resolved);
    await expect(row.getByRole("link", { name: s.diagnostics })).toBeVisible();
    await expect(row.getByRole("link", { name: "1 Datei", exact: true })).toBeVisible();
    await lotse.check(page);

    await find(page, { team: `Infoteam ${x}`, period: de.Reports.periods.last7Days });
    expect(await listed(page)).toEqual([kept, org.sessions.bert!.number]);
    // Newest first by default; a click on "Beginn" turns the order round.
    await results(page)
      .getByRole("link", { name: new RegExp(`^${s.columns.startedAt}`) })
      .click();
    await expect(
      results(page).getByRole("columnheader", { name: new RegExp(`^${s.columns.startedAt}`) }),
    ).toHaveAttribute("aria-sort", "ascending");
    expect(await listed(page)).toEqual([org.sessions.bert!.number, kept]);
  });

  await test.step("a malformed Sitzungs-ID is named next to its field", async () => {
    await page.getByLabel(s.number, { exact: true }).fill("12345");
    await page.getByRole("button", { name: s.find, exact: true }).click();
    await expect(page.getByLabel(s.number, { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(de.Errors.sessionNumberInvalid).first()).toBeVisible();
  });

  await test.step("the session: facts, transcript, diagnostics, files; a file downloads", async () => {
    await find(page, { number: kept });
    await results(page).getByRole("link", { name: kept, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: fill(s.sessionTitle, { number: kept }) })).toBeVisible();
    await expect(page.getByText(`Treiber erneuert ${x}`)).toBeVisible();
    await expect(page.getByText(`Danke ${x}`)).toBeVisible();
    const transcript = page.getByRole("region", { name: s.transcript });
    await expect(transcript.getByText(`Der Drucker druckt nicht ${x}`)).toBeVisible();
    await expect(transcript.getByText(`Ich schicke einen Treiber ${x}`)).toBeVisible();
    await expect(page.getByText("Firefox 140")).toBeVisible();
    const download = await page.request.get(
      (await page
        .getByRole("link", { name: `treiber-${x}.txt` })
        .first()
        .getAttribute("href"))!,
    );
    expect(download.status()).toBe(200);
    expect(await download.text()).toBe(`Treiber ${x}`);
    const exported = await page.request.get(
      (await page.getByRole("link", { name: s.exportTranscriptTxt, exact: true }).getAttribute("href"))!,
    );
    expect(exported.headers()["content-disposition"]).toContain(`sitzung-${kept}-transcript.txt`);
    expect(await exported.text()).toContain(`Der Drucker druckt nicht ${x}`);
    const diagnostics = await page.request.get(
      (await page.getByRole("link", { name: s.exportDiagnosticsJson, exact: true }).getAttribute("href"))!,
    );
    expect(await diagnostics.json()).toMatchObject({ diagnostics: { platform: "Linux" } });
    await lotse.check(page);
  });

  await test.step("a session whose content was forgotten: the manual's message", async () => {
    await page.goto("/manager/session-information");
    await find(page, { number: old });
    const row = results(page)
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: old }) });
    await expect(row).toContainText(s.notAvailable);
    await results(page).getByRole("link", { name: old, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: fill(s.sessionTitle, { number: old }) })).toBeVisible();
    await expect(page.getByText(fill(s.purged, { days: "90" }))).toBeVisible();
    await expect(page.getByRole("region", { name: s.transcript })).toHaveCount(0);
    await expect(page.getByText(de.Reports.outcomes.unresolved)).toBeVisible();
    await lotse.check(page);
  });

  await test.step("a team manager of another team: nothing of this team, not even by address", async () => {
    const tm = await lotse.newPage();
    await lotse.signIn(tm, "manager", { loginId: `tm-${x}@lotse.test`, password: pw });
    await tm.goto("/manager/session-information");
    await find(tm, { number: kept });
    expect(await listed(tm)).toEqual([]);
    await expectNotFound(tm, lotse, `/manager/session-information/${kept}`);
    await tm.goto("/manager/session-information");
    await find(tm, { period: de.Reports.periods.last7Days });
    expect(await listed(tm)).toEqual([org.sessions.foreign!.number]);
  });

  await test.step("an agent with Sitzungswiedergabe: their own sessions only", async () => {
    const agent = await lotse.newPage();
    await lotse.signIn(agent, "manager", { loginId: `anna-${x}@lotse.test`, password: pw });
    await agent
      .getByRole("navigation", { name: de.Nav.label })
      .getByRole("link", { name: de.Nav.sessionInformation, exact: true })
      .click();
    await expect(agent.getByText(s.agentIntro)).toBeVisible();
    await expect(agent.getByLabel(de.Reports.fields.team, { exact: true })).toHaveCount(0);
    expect(await listed(agent)).toEqual([kept]);
    await expectNotFound(agent, lotse, `/manager/session-information/${org.sessions.bert!.number}`);
    // The team has "Sitzungswiedergabe", not its export: no export links, and the address is refused.
    await agent.goto(`/manager/session-information/${kept}`);
    await expect(agent.getByRole("link", { name: s.exportTranscriptTxt })).toHaveCount(0);
    expect((await agent.request.get(`/manager/session-information/${kept}/export/transcript.txt`)).status()).toBe(404);
    await lotse.check(agent);
  });
});
