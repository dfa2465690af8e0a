import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { SCIM_OPERATIONS } from "@/lib/scim/operations";
import { identityProviderToken, scimCall } from "./scim-client";

const SCIM_DIR = path.resolve(import.meta.dirname, "../../app/scim/v2");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routesOnDisk(dir = SCIM_DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routesOnDisk(full);
    if (entry.name !== "route.ts") return [];
    const route =
      "/" +
      path
        .relative(SCIM_DIR, dir)
        .split(path.sep)
        .join("/")
        .replace(/\[([^\]]+)\]/g, "{$1}");
    const source = fs.readFileSync(full, "utf8");
    return METHODS.filter((method) => new RegExp(`export const ${method}\\b`).test(source)).map(
      (method) => `${method} ${route}`,
    );
  });
}

describe("SCIM discovery", () => {
  it("serves exactly the operations of SCIM_OPERATIONS", () => {
    const listed = SCIM_OPERATIONS.map((operation) => `${operation.method} ${operation.path}`);
    expect(routesOnDisk().sort()).toEqual(listed.sort());
  });

  it("describes what is supported: patch, filter with maxResults, etag, password; no bulk, no sort", async () => {
    const { secret } = await identityProviderToken();
    const config = await scimCall(secret, "GET", "/ServiceProviderConfig");
    expect(config.headers.get("content-type")).toMatch(/^application\/scim\+json/);
    expect(config.body).toMatchObject({
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
      patch: { supported: true },
      bulk: { supported: false },
      filter: { supported: true, maxResults: 200 },
      changePassword: { supported: true },
      sort: { supported: false },
      etag: { supported: true },
      authenticationSchemes: [expect.objectContaining({ type: "oauthbearertoken" })],
    });
    const types = await scimCall(secret, "GET", "/ResourceTypes");
    expect(types.body.Resources.map((t: { endpoint: string }) => t.endpoint)).toEqual(["/Users", "/Groups"]);
    const schemas = await scimCall(secret, "GET", "/Schemas");
    expect(schemas.body.totalResults).toBe(2);
    const user = await scimCall(
      secret,
      "GET",
      `/Schemas/${encodeURIComponent("urn:ietf:params:scim:schemas:core:2.0:User")}`,
    );
    const names = user.body.attributes.map((a: { name: string }) => a.name);
    expect(names).toEqual(expect.arrayContaining(["userName", "name", "displayName", "emails", "active", "groups"]));
    expect(user.body.attributes.find((a: { name: string }) => a.name === "groups").mutability).toBe("readOnly");
    expect((await scimCall(secret, "GET", "/ResourceTypes/Group")).body.schema).toBe(
      "urn:ietf:params:scim:schemas:core:2.0:Group",
    );
    expect((await scimCall(secret, "GET", "/ResourceTypes/Device")).status).toBe(404);
  });

  it("answers in German when asked, and is audited like every API call", async () => {
    const { secret } = await identityProviderToken();
    const refused = await scimCall(null, "GET", "/Users", undefined, { "accept-language": "de" });
    expect(refused.body.detail).toMatch(/Token/);
    expect(refused.headers.get("content-language")).toBe("de");
    const bad = await scimCall(secret, "GET", `/Users?filter=${encodeURIComponent("userName eq")}`, undefined, {
      "accept-language": "de",
    });
    expect(bad.body.detail).toMatch(/gültiger SCIM-Filter/);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "api.called", summary: { contains: "/scim/v2/Users" } },
    });
    expect(JSON.parse(audit.summary)).toMatchObject({ method: "GET", status: 400, apiToken: "Entra ID" });
  });
});
