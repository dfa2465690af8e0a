// `npm run screenshots`: a gallery of Lotse's main pages at 1280 px and at 390 px (a phone), for a
// reviewer to look at. Needs a production build (`npm run build`; this script builds nothing).
// It starts the server on a fresh throw-away database, fills it with the demo organisation
// (prisma/seed-demo.ts, built on the factories the tests use), walks the pages in Chromium as
// the people who use them — a customer's request reaches an agent and becomes a chat — and writes
// screenshots/<page>-<width>.png with screenshots/index.html to browse them.
//
//   npm run screenshots [-- --port 3950] [--out screenshots]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { type Browser, type Page, chromium } from "@playwright/test";
import Database from "better-sqlite3";
import de from "@/messages/de.json";
import { DEMO_PASSWORD } from "@/prisma/demo-sign-ins";
import { requireProductionBuild, startBenchServer, waitForServer } from "./lib/bench-support";
import { migrate } from "./lib/runtime.mjs";

const { values } = parseArgs({
  options: { port: { type: "string", default: "3950" }, out: { type: "string", default: "screenshots" } },
});
const base = `http://localhost:${values.port}`;
const out = path.resolve(values.out);

const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

type Size = { width: number; height: number };
type Shot = { name: string; title: string; path: string; widths: number[] };
const shots: Shot[] = [];

/** The page as it is now, full length, at each width; `title` names it in the gallery. */
async function shoot(page: Page, name: string, title: string, sizes: readonly Size[] = WIDTHS) {
  const original = page.viewportSize()!;
  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(out, `${name}-${size.width}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
  shots.push({ name, title, path: new URL(page.url()).pathname, widths: sizes.map((size) => size.width) });
}

async function visit(page: Page, url: string, name: string, title: string) {
  await page.goto(url);
  await page.waitForLoadState("networkidle").catch(() => undefined); // live pages keep a stream open
  await shoot(page, name, title);
}

async function signIn(browser: Browser, realm: "manager" | "admin" | "agent", loginId: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: base, locale: "de-DE" })).newPage();
  await page.goto(`/${realm}`);
  await page.getByLabel(de.SignIn.loginId, { exact: true }).fill(loginId);
  await page.getByLabel(de.SignIn.password, { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: de.SignIn.submit, exact: true }).click();
  await page.waitForURL((url) => url.pathname !== `/${realm}`);
  return page;
}

function writeIndex() {
  const rows = shots
    .map(
      (shot) => `<section>
  <h2>${shot.title} <code>${shot.path}</code></h2>
  <div class="pair">${shot.widths
    .map(
      (width) =>
        `<figure><a href="${shot.name}-${width}.png"><img src="${shot.name}-${width}.png" alt="${shot.title}, ${width} px" loading="lazy" width="${width === 1280 ? 640 : 195}"></a><figcaption>${width} px</figcaption></figure>`,
    )
    .join("")}</div>
</section>`,
    )
    .join("\n");
  fs.writeFileSync(
    path.join(out, "index.html"),
    `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Lotse – Bildschirmfotos</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; background: #f8fafc; color: #0f172a; }
section { margin-bottom: 3rem; } h2 { font-size: 1.1rem; } code { color: #475569; font-weight: normal; }
.pair { display: flex; gap: 2rem; align-items: flex-start; flex-wrap: wrap; }
figure { margin: 0; } img { border: 1px solid #64748b; height: auto; display: block; }
</style></head>
<body>
<h1>Lotse – Bildschirmfotos (${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC)</h1>
<p>Jede Seite bei 1280 px und bei 390 px (Smartphone); ein Klick zeigt das Bild in voller Größe.</p>
${rows}
</body></html>
`,
  );
}

async function main() {
  requireProductionBuild();
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lotse-screenshots-"));
  const databaseUrl = `file:${path.join(dataDir, "lotse.db")}`;
  const env = { ...process.env, DATABASE_URL: databaseUrl, LOTSE_DATA_DIR: dataDir };
  migrate(databaseUrl);
  execFileSync(path.resolve("node_modules/.bin/tsx"), ["--tsconfig", "scripts/tsconfig.json", "prisma/seed-demo.ts"], {
    env,
    stdio: "ignore",
  });
  const sql = new Database(path.join(dataDir, "lotse.db"), { readonly: true });
  const id = (query: string, ...params: unknown[]) => (sql.prepare(query).get(...params) as { id: string }).id;
  const ids = {
    support: id(`SELECT id FROM "Team" WHERE name = 'Support'`),
    anna: id(`SELECT id FROM "User" WHERE loginId = 'anna.albers@demo.lotse'`),
    sales: id(`SELECT id FROM "Portal" WHERE slug = 'vertrieb'`),
    hours: id(`SELECT id FROM "BusinessHoursSet" LIMIT 1`),
  };
  // An agent of the team that serves the support portal's first sub-portal (Kundensupport › Allgemein).
  const agentLogin = (
    sql
      .prepare(
        `SELECT u.loginId AS loginId FROM "User" u JOIN "AgentProfile" a ON a.userId = u.id JOIN "Team" t ON t.id = a.teamId
         WHERE t.name = 'Level 1' ORDER BY u.loginId LIMIT 1`,
      )
      .get() as { loginId: string }
  ).loginId;
  sql.close();

  const server = startBenchServer(Number(values.port), {
    DATABASE_URL: databaseUrl,
    LOTSE_DATA_DIR: dataDir,
    LOTSE_PUBLIC_URL: base,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    await waitForServer(`${base}/manager`);
    const anonymous = await (await browser.newContext({ baseURL: base, locale: "de-DE" })).newPage();
    await visit(anonymous, "/manager", "01-sign-in", "Anmelden (Management Center)");

    const manager = await signIn(browser, "manager", "clara.chef@demo.lotse");
    await visit(manager, "/manager/home", "02-home", de.Nav.home);
    await visit(manager, "/manager/teams", "03-teams", de.Teams.title);
    await visit(manager, `/manager/teams/${ids.support}`, "04-team", "Team „Support“");
    await visit(manager, "/manager/agents", "05-agents", de.Agents.title);
    await visit(manager, `/manager/agents/${ids.anna}`, "06-agent", "Mitarbeiterin „Anna Albers“");
    await visit(manager, "/manager/portals", "07-portals", de.Portals.title);
    await visit(manager, `/manager/portals/${ids.sales}`, "08-portal", "Portaleinstellungen „Vertrieb“");
    await visit(manager, "/manager/business-hours", "09-business-hours", de.BusinessHours.title);
    await visit(
      manager,
      `/manager/business-hours/hours/${ids.hours}`,
      "10-hours-set",
      "Geschäftszeiten „Bürozeiten Vertrieb“",
    );
    await visit(manager, "/manager/settings", "11-my-settings", de.Settings.title);
    // On a phone the navigation is a menu button: opened.
    const phone = WIDTHS[1];
    await manager.setViewportSize(phone);
    await manager.goto("/manager/home");
    await manager.getByRole("navigation", { name: de.Nav.label }).getByText(de.Nav.menu, { exact: true }).click();
    await shoot(manager, "12-menu", `${de.Nav.menu} (geöffnet)`, [phone]);

    const admin = await signIn(browser, "admin", "admin@demo.lotse");
    await visit(admin, "/admin/overview", "13-admin", de.Admin.title);

    const agent = await signIn(browser, "agent", agentLogin);
    await visit(agent, "/agent", "14-console", de.AgentConsole.title);

    const customer = await (await browser.newContext({ baseURL: base, locale: "de-DE" })).newPage();
    await visit(customer, "/p/support", "15-portal", "Kundenportal „Kundensupport“");
    const c = de.CustomerPortal;
    const name = customer.getByRole("textbox", { name: c.fields.name.label });
    if ((await name.count()) > 0) await name.fill("Petra Pohl");
    const problem = customer.getByRole("textbox", { name: c.fields.problem.label });
    if ((await problem.count()) > 0) await problem.fill("Der Drucker im zweiten Stock druckt nur leere Seiten.");
    await customer.getByRole("button", { name: c.submit.questionBox, exact: true }).click();
    await customer.waitForURL(/\/requests\//);
    await shoot(customer, "16-waiting", "Kunde wartet");

    const a = de.AgentConsole;
    const request = agent.getByRole("region", { name: a.requests.heading }).getByRole("listitem").first();
    await request.waitFor();
    await shoot(agent, "17-console-request", `${de.AgentConsole.title}: wartende Anfrage`);
    await request.getByRole("button", { name: a.requests.accept, exact: true }).click();
    await agent.waitForURL(/\/agent\/sessions\//);
    await agent
      .getByRole("textbox", { name: a.message.label, exact: true })
      .fill("Guten Tag, Frau Pohl! Ich sehe mir das an.");
    await agent.getByRole("button", { name: a.message.send, exact: true }).click();
    await customer.getByText("Ich sehe mir das an.").waitFor();
    await shoot(agent, "18-session", "Sitzung (Mitarbeiter)");
    await shoot(customer, "19-chat", "Chat (Kunde)");
  } finally {
    await browser.close();
    server.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  writeIndex();
  console.log(`${shots.length} pages, ${shots.length * WIDTHS.length} screenshots: ${path.join(out, "index.html")}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
