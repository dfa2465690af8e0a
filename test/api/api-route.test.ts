import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/api/api-route";
import { defineOperation } from "@/lib/api/operation";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/api/api-tokens";
import { ValidationError } from "@/lib/errors/domain-errors";
import { createApiTokenRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";

const echo = defineOperation({
  method: "POST",
  path: "/echo/{id}",
  operationId: "echo",
  summary: "Echo",
  tags: ["Test"],
  params: z.object({ id: z.string().min(3) }),
  body: z.object({ loginId: z.email("loginIdFormat") }),
  responses: { 200: { description: "ok" } },
  async handle({ actor, params, body }) {
    if (body.loginId === "taken@lotse.test") throw new ValidationError({ loginId: "loginIdTaken" });
    return { body: { id: params.id, loginId: body.loginId, actor: actor.loginId, token: actor.apiToken?.name } };
  },
});
const handler = apiRoute(echo);

function call(secret: string | null, body: unknown, { id = "abc", language = "de" } = {}) {
  return handler(
    new Request(`http://lotse.test/api/v1/echo/${id}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "accept-language": language,
        ...(secret ? { authorization: `Bearer ${secret}` } : {}),
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({ id }) },
  );
}

async function apiManager() {
  return createUserRecord({ kind: "manager", role: "api", loginId: `api-${Math.random()}@lotse.test` });
}

describe("the API's route runtime", () => {
  it("runs an operation for a live token, as its API manager, and audits the call", async () => {
    const user = await apiManager();
    const { secret, token } = await createApiTokenRecord({ userId: user.id, name: "Entra ID" });
    const response = await call(secret, { loginId: "neu@lotse.test" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      id: "abc",
      loginId: "neu@lotse.test",
      actor: user.loginId,
      token: "Entra ID",
    });
    const audit = await db.auditLog.findFirst({ where: { action: "api.called", targetId: token.id } });
    expect(JSON.parse(audit!.summary)).toMatchObject({
      method: "POST",
      path: "/api/v1/echo/abc",
      status: 200,
      apiToken: "Entra ID",
    });
    expect((await db.apiToken.findUnique({ where: { id: token.id } }))!.lastUsedAt).not.toBeNull();
  });

  it("refuses no token, an unknown, a revoked and an expired one, and a token whose owner is disabled", async () => {
    const user = await apiManager();
    const revoked = await createApiTokenRecord({ userId: user.id, revokedAt: new Date() });
    const expired = await createApiTokenRecord({ userId: user.id, expiresAt: new Date(Date.now() - 1000) });
    const disabledUser = await createUserRecord({ kind: "manager", role: "api", disabled: true });
    const ofDisabled = await createApiTokenRecord({ userId: disabledUser.id });
    for (const secret of [null, "lotse_unknown", revoked.secret, expired.secret, ofDisabled.secret]) {
      const response = await call(secret, { loginId: "x@lotse.test" });
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer realm="lotse"/);
      expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    }
  });

  it("refuses a token of a company manager's or team manager's making: only API managers hold tokens", async () => {
    const company = await createUserRecord({ kind: "manager", role: "company" });
    const { secret } = await createApiTokenRecord({ userId: company.id });
    expect((await call(secret, { loginId: "x@lotse.test" })).status).toBe(401);
  });

  it("answers bad input as problem details with field errors in the caller's language", async () => {
    const user = await apiManager();
    const { secret } = await createApiTokenRecord({ userId: user.id });
    const invalid = await call(secret, { loginId: "kein-login" }, { id: "a", language: "en-US,en;q=0.9,de;q=0.5" });
    expect(invalid.status).toBe(422);
    const body = await invalid.json();
    expect(body).toMatchObject({ type: "urn:lotse:problem:validation", status: 422, title: "Invalid input" });
    expect(body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: "/path/id", code: "too_small" }),
        expect.objectContaining({ pointer: "/loginId", code: "loginIdFormat" }),
      ]),
    );
    const taken = await (await call(secret, { loginId: "taken@lotse.test" })).json();
    expect(taken.errors).toEqual([
      { pointer: "/loginId", code: "loginIdTaken", detail: expect.stringMatching(/Benutzerkennung/) },
    ]);
    const broken = await call(secret, "{not json");
    expect(broken.status).toBe(400);
    expect((await broken.json()).title).toBe("Ungültiges JSON");
  });

  it("limits each token to its requests per minute with 429 and Retry-After", async () => {
    const user = await apiManager();
    const { secret } = await createApiTokenRecord({ userId: user.id });
    const other = await createApiTokenRecord({ userId: user.id });
    process.env.LOTSE_API_RATE_LIMIT = "3";
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await call(secret, { loginId: "x@lotse.test" })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await call(secret, { loginId: "x@lotse.test" });
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
      expect((await call(other.secret, { loginId: "x@lotse.test" })).status).toBe(200);
    } finally {
      delete process.env.LOTSE_API_RATE_LIMIT;
    }
  });
});

describe("API tokens in the Management Center", () => {
  it("are made, listed and revoked by an API manager; the secret is given once and stored as a hash", async () => {
    const actor = await signedInPrincipal(await apiManager());
    const created = await createApiToken(actor, { name: "Okta", lifetimeDays: "30" });
    expect(created.secret).toMatch(/^lotse_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findUnique({ where: { id: created.id } });
    expect(JSON.stringify(row)).not.toContain(created.secret);
    const [listed] = await listApiTokens(actor);
    expect(listed).toMatchObject({ name: "Okta", state: "active", prefix: created.secret.slice(0, 12) });
    expect((await call(created.secret, { loginId: "x@lotse.test" })).status).toBe(200);
    await revokeApiToken(actor, created.id);
    expect((await listApiTokens(actor))[0]!.state).toBe("revoked");
    expect((await call(created.secret, { loginId: "x@lotse.test" })).status).toBe(401);
  });

  it("refuses other lifetimes, empty names, and everyone but API managers", async () => {
    const actor = await signedInPrincipal(await apiManager());
    await expect(createApiToken(actor, { name: " ", lifetimeDays: "1000" })).rejects.toMatchObject({
      fieldErrors: { name: "tokenNameRequired", lifetimeDays: "tokenLifetimeInvalid" },
    });
    const company = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" }));
    await expect(createApiToken(company, { name: "x", lifetimeDays: 30 })).rejects.toThrow(/not found/);
    await expect(listApiTokens(company)).rejects.toThrow(/not found/);
    const mine = await createApiToken(actor, { name: "mine", lifetimeDays: 7 });
    const otherApi = await signedInPrincipal(await apiManager());
    await expect(revokeApiToken(otherApi, mine.id)).rejects.toThrow(/not found/);
  });
});
