import { beforeEach, describe, expect, it } from "vitest";
import * as managersRoute from "@/app/api/v1/managers/route";
import * as managerRoute from "@/app/api/v1/managers/[managerId]/route";
import { principalOfToken } from "@/lib/api/token-principal";
import { getTeamManagerEntry, listTeamManagerDirectory } from "@/lib/managers/team-manager-directory";
import { createTeamRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { apiManagerClient } from "./call-route";

let api: Awaited<ReturnType<typeof apiManagerClient>>;

beforeEach(async () => {
  await resetDatabase();
  api = await apiManagerClient();
});

const list = (query = "") => api.call(managersRoute, { path: `/managers${query}` });
const read = (managerId: string, headers?: Record<string, string>) =>
  api.call(managerRoute, { path: `/managers/${managerId}`, params: { managerId }, headers });

describe("GET /managers and /managers/{managerId}", () => {
  it("lists team managers only, with their teams' paths and rights, and nothing of a password", async () => {
    const support = await createTeamRecord("Support");
    const level1 = await createTeamRecord("Level 1", support.id);
    const sales = await createTeamRecord("Vertrieb");
    const tina = await createUserRecord({
      kind: "manager",
      role: "team",
      loginId: "tina@lotse.test",
      email: "tina@example.org",
      name: "Tina Team",
      teamIds: [sales.id, level1.id],
      rights: ["addDeleteAgents", "sessionReplay"],
    });
    const otto = await createUserRecord({ kind: "manager", role: "team", loginId: "otto@lotse.test", name: "Otto" });
    const company = await createUserRecord({ kind: "manager", role: "company", loginId: "chef@lotse.test" });
    await createUserRecord({ kind: "manager", role: "api", loginId: "api2@lotse.test" });
    await createUserRecord({ kind: "agent", loginId: "agent@lotse.test" });

    const response = await list();
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      data: [
        {
          id: otto.id,
          loginId: "otto@lotse.test",
          email: "otto@lotse.test",
          name: "Otto",
          disabled: false,
          teams: [],
          rights: [],
        },
        {
          id: tina.id,
          loginId: "tina@lotse.test",
          email: "tina@example.org",
          name: "Tina Team",
          disabled: false,
          teams: [
            { id: level1.id, path: "Support › Level 1" },
            { id: sales.id, path: "Vertrieb" },
          ],
          rights: ["addDeleteAgents", "sessionReplay"],
        },
      ],
      nextCursor: null,
    });
    expect(JSON.stringify(response.json)).not.toMatch(/password|hash|argon/i);
    const one = await read(tina.id);
    expect(one.json).toEqual(response.json.data[1]);
    expect((await read(tina.id, { "if-none-match": one.headers.get("etag")! })).status).toBe(304);
    for (const id of [company.id, api.user.id, "nope"]) expect((await read(id)).status).toBe(404);
  });

  it("pages by login ID without gaps or duplicates", async () => {
    for (const name of ["e", "a", "c", "b", "d"])
      await createUserRecord({ kind: "manager", role: "team", loginId: `${name}@lotse.test` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.json.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.json.data.map((m: { loginId: string }) => m.loginId[0]));
      cursor = page.json.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["a", "b", "c", "d", "e"]);
    expect((await list("?cursor=eyJ4IjoxfQ")).status).toBe(422);
  });

  it("has no write operations: the route files export GET only", () => {
    for (const route of [managersRoute, managerRoute]) {
      expect(Object.keys(route).sort()).toEqual(["GET"]);
    }
  });
});

describe("reading team managers in the domain", () => {
  it("is for company managers and API tokens; team managers and API managers in person get not found", async () => {
    const manager = await createUserRecord({ kind: "manager", role: "team" });
    const viaToken = (await principalOfToken(api.secret))!;
    const company = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" }));
    for (const reader of [viaToken, company]) {
      expect((await listTeamManagerDirectory(reader, { take: 10 })).map((m) => m.id)).toEqual([manager.id]);
      expect((await getTeamManagerEntry(reader, manager.id)).id).toBe(manager.id);
    }
    for (const actor of [await signedInPrincipal(manager), await signedInPrincipal(api.user)]) {
      await expect(listTeamManagerDirectory(actor, { take: 10 })).rejects.toThrow(/not found/);
      await expect(getTeamManagerEntry(actor, manager.id)).rejects.toThrow(/not found/);
    }
  });
});
