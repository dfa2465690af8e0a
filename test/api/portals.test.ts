import { beforeEach, describe, expect, it } from "vitest";
import * as portalsRoute from "@/app/api/v1/portals/route";
import * as portalRoute from "@/app/api/v1/portals/[portalId]/route";
import { db } from "@/lib/db/client";
import { principalOfToken } from "@/lib/api/token-principal";
import { getPortalDirectoryEntry, listPortalDirectory } from "@/lib/portals/portal-directory";
import { createPortalRecord, createTeamRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { apiManagerClient } from "./call-route";

let api: Awaited<ReturnType<typeof apiManagerClient>>;

beforeEach(async () => {
  await resetDatabase();
  api = await apiManagerClient();
});

const list = (query = "") => api.call(portalsRoute, { path: `/portals${query}` });
const read = (portalId: string, headers?: Record<string, string>) =>
  api.call(portalRoute, { path: `/portals/${portalId}`, params: { portalId }, headers });

describe("GET /portals and /portals/{portalId}", () => {
  it("lists live portals in name order with their sub-portals and the teams assigned to each", async () => {
    const support = await createTeamRecord("Support");
    const sales = await createTeamRecord("Vertrieb");
    const customers = await createPortalRecord({
      name: "Kunden",
      slug: "kunden",
      type: "questionBox",
      subPortals: ["Allgemein", "Drucker"],
      teamIds: [support.id, sales.id],
    });
    const shop = await createPortalRecord({ name: "Shop", slug: "shop", type: "agentSelection" });
    await createPortalRecord({ name: "Alt" }).then((old) =>
      db.portal.update({ where: { id: old.id }, data: { deletedAt: new Date(), slug: null } }),
    );
    const response = await list();
    expect(response.status).toBe(200);
    const [general, printers] = customers.subPortals;
    expect(response.json).toEqual({
      data: [
        {
          id: customers.id,
          name: "Kunden",
          slug: "kunden",
          type: "questionBox",
          queueMode: false,
          open: true,
          closedReason: null,
          subPortals: [
            { id: general!.id, name: "Allgemein", slug: "allgemein", teamIds: [support.id, sales.id].sort() },
            { id: printers!.id, name: "Drucker", slug: "drucker", teamIds: [] },
          ],
        },
        expect.objectContaining({ id: shop.id, name: "Shop", type: "agentSelection" }),
      ],
      nextCursor: null,
    });
    const one = await read(customers.id);
    expect(one.status).toBe(200);
    expect(one.json).toEqual(response.json.data[0]);
    expect((await read(customers.id, { "if-none-match": one.headers.get("etag")! })).status).toBe(304);
  });

  it("pages by cursor without gaps or duplicates; unknown and deleted portals are 404", async () => {
    const names = ["E", "A", "C", "B", "D"];
    for (const name of names) await createPortalRecord({ name });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.json.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.json.data.map((p: { name: string }) => p.name));
      cursor = page.json.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["A", "B", "C", "D", "E"]);
    expect((await list("?cursor=%%%")).status).toBe(422);
    const deleted = await createPortalRecord({ name: "Weg" });
    await db.portal.update({ where: { id: deleted.id }, data: { deletedAt: new Date(), slug: null } });
    expect((await read(deleted.id)).status).toBe(404);
    expect((await read("nope")).status).toBe(404);
  });

  it("has no write operations: the route files export GET only", () => {
    for (const route of [portalsRoute, portalRoute]) {
      expect(Object.keys(route).sort()).toEqual(["GET"]);
    }
  });
});

describe("reading portals in the domain", () => {
  it("is for company managers and API tokens; team managers, agents and API managers in person get not found", async () => {
    const portal = await createPortalRecord({ name: "Kunden" });
    const viaToken = (await principalOfToken(api.secret))!;
    const company = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" }));
    for (const reader of [viaToken, company]) {
      expect((await listPortalDirectory(reader, { take: 10 })).map((p) => p.id)).toEqual([portal.id]);
      expect((await getPortalDirectoryEntry(reader, portal.id)).name).toBe("Kunden");
    }
    const team = await createTeamRecord("Support");
    const refused = [
      await signedInPrincipal(await createUserRecord({ kind: "manager", role: "team", teamIds: [team.id] })),
      await signedInPrincipal(await createUserRecord({ kind: "agent", managementCenterAccess: true })),
      await signedInPrincipal(api.user),
    ];
    for (const actor of refused) {
      await expect(listPortalDirectory(actor, { take: 10 })).rejects.toThrow(/not found/);
      await expect(getPortalDirectoryEntry(actor, portal.id)).rejects.toThrow(/not found/);
    }
  });
});
