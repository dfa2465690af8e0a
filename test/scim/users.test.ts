import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getAgent } from "@/lib/agents/agent-details";
import { authenticate } from "@/lib/auth/authenticate";
import { createApiTokenRecord, createTeamRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { identityProviderToken, scimCall } from "./scim-client";

const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

const signIn = (loginId: string, password: string) =>
  authenticate({ realm: "agent", loginId, password }, { address: "192.0.2.1", userAgent: "vitest" });

/** A user as Entra ID's provisioning service creates one (its default attribute mappings). */
function entraUser(userName: string, externalId = crypto.randomUUID()) {
  return {
    schemas: [USER, ENTERPRISE],
    externalId,
    userName,
    active: true,
    displayName: "Erika M.",
    emails: [{ primary: true, type: "work", value: userName }],
    name: { formatted: "Erika Mustermann", familyName: "Mustermann", givenName: "Erika" },
    [ENTERPRISE]: { department: "Support", employeeNumber: "4711" },
  };
}

/** A user as Okta creates one: with a password, and its own shape of names and e-mails. */
function oktaUser(userName: string) {
  return {
    schemas: [USER],
    userName,
    name: { givenName: "Otto", familyName: "Normal" },
    emails: [{ primary: true, value: userName, type: "work" }],
    displayName: "Otto Normal",
    locale: "de-DE",
    externalId: "00u1okta",
    groups: [],
    password: "Okta-set-password-7",
    active: true,
  };
}

describe("SCIM Users as Entra ID provisions them", () => {
  it("creates an agent without a team and without a password, and finds it by userName, externalId and e-mail", async () => {
    const { secret } = await identityProviderToken();
    const externalId = crypto.randomUUID();
    const created = await scimCall(secret, "POST", "/Users", entraUser("Erika.Mustermann@Contoso.test", externalId));
    expect(created.status).toBe(201);
    expect(created.headers.get("content-type")).toMatch(/^application\/scim\+json/);
    const user = created.body;
    expect(user).toMatchObject({
      schemas: [USER],
      userName: "erika.mustermann@contoso.test",
      externalId,
      name: { givenName: "Erika", familyName: "Mustermann" },
      displayName: "Erika M.",
      emails: [{ value: "Erika.Mustermann@Contoso.test", primary: true, type: "work" }],
      active: true,
      groups: [],
      meta: { resourceType: "User", location: expect.stringMatching(new RegExp(`/scim/v2/Users/${user.id}$`)) },
    });
    expect(created.headers.get("location")).toBe(user.meta.location);
    expect(created.headers.get("etag")).toBe(user.meta.version);

    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { agent: true } });
    expect(row).toMatchObject({
      kind: "agent",
      externalId,
      disabled: false,
      agent: { teamId: null, firstName: "Erika" },
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "agent.created", targetId: user.id } });
    expect(JSON.parse(audit.summary)).toMatchObject({ via: "scim", apiToken: "Entra ID" });

    for (const filter of [
      'userName eq "ERIKA.MUSTERMANN@contoso.test"',
      `externalId eq "${externalId}"`,
      'emails.value eq "erika.mustermann@contoso.test"',
      'emails[type eq "work" and value eq "Erika.Mustermann@Contoso.test"]',
    ]) {
      const found = await scimCall(secret, "GET", `/Users?filter=${encodeURIComponent(filter)}`);
      expect(found.status, filter).toBe(200);
      expect(found.body).toMatchObject({
        schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
        totalResults: 1,
        startIndex: 1,
        itemsPerPage: 1,
      });
      expect(found.body.Resources[0].id).toBe(user.id);
    }
    const none = await scimCall(
      secret,
      "GET",
      `/Users?filter=${encodeURIComponent('userName eq "nobody@contoso.test"')}`,
    );
    expect(none.body).toMatchObject({ totalResults: 0, Resources: [] });
  });

  it('deactivates with PATCH active "False": its sessions end and the Management Center shows it', async () => {
    const { secret, user: apiManager } = await identityProviderToken();
    const { body: user } = await scimCall(secret, "POST", "/Users", entraUser("deact@contoso.test"));
    const agentUser = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      include: { agent: true, manager: true },
    });
    await signedInPrincipal(agentUser, "agent");
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);

    const patched = await scimCall(secret, "PATCH", `/Users/${user.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "Replace", path: "active", value: "False" }],
    });
    expect(patched.status).toBe(200);
    expect(patched.body.active).toBe(false);
    expect(patched.headers.get("etag")).not.toBe(user.meta.version);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).disabled).toBe(true);
    const company = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" }));
    expect((await getAgent(company, user.id)).active).toBe(false);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "agent.disabled", targetId: user.id } });
    expect(audit.actorId).toBe(apiManager.id);

    const again = await scimCall(secret, "PATCH", `/Users/${user.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "Replace", path: "active", value: "True" }],
    });
    expect(again.body.active).toBe(true);
    expect(await db.auditLog.count({ where: { action: "agent.enabled", targetId: user.id } })).toBe(1);
  });

  it("applies Entra's attribute updates: paths with filters, the core URN, several operations at once", async () => {
    const { secret } = await identityProviderToken();
    const { body: user } = await scimCall(secret, "POST", "/Users", entraUser("changes@contoso.test"));
    const patched = await scimCall(secret, "PATCH", `/Users/${user.id}`, {
      schemas: [PATCH_OP],
      Operations: [
        { op: "Replace", path: "displayName", value: "Erika Neu" },
        { op: "Replace", path: 'emails[type eq "work"].value', value: "erika.neu@contoso.test" },
        { op: "Replace", path: `${USER}:name.familyName`, value: "Neumann" },
        { op: "Add", path: `${ENTERPRISE}:department`, value: "Vertrieb" },
        { op: "Replace", path: "externalId", value: "new-object-id" },
      ],
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      displayName: "Erika Neu",
      name: { givenName: "Erika", familyName: "Neumann" },
      emails: [{ value: "erika.neu@contoso.test" }],
      externalId: "new-object-id",
    });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { agent: true } });
    expect(row).toMatchObject({ email: "erika.neu@contoso.test", externalId: "new-object-id" });
    expect(row.agent).toMatchObject({ lastName: "Neumann", screenName: "Erika Neu", teamId: null });

    // A path-less replace with dotted attribute names and a boolean as a string, in one operation.
    const dotted = await scimCall(secret, "PATCH", `/Users/${user.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "Replace", value: { "name.givenName": "Eri", active: "False" } }],
    });
    expect(dotted.body).toMatchObject({ name: { givenName: "Eri", familyName: "Neumann" }, active: false });
  });

  it("refuses what the RFC names: a taken userName (uniqueness), a bad filter, read-only attributes", async () => {
    const { secret } = await identityProviderToken();
    const { body: user } = await scimCall(secret, "POST", "/Users", entraUser("twice@contoso.test"));
    const taken = await scimCall(secret, "POST", "/Users", entraUser("TWICE@contoso.test"));
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ schemas: [ERROR], status: "409", scimType: "uniqueness" });
    expect(taken.body.detail).toMatch(/userName/);

    const manager = await createUserRecord({ kind: "manager", role: "company" });
    const managersLogin = await scimCall(secret, "POST", "/Users", entraUser(manager.loginId));
    expect(managersLogin.body).toMatchObject({ status: "409", scimType: "uniqueness" });

    const filter = await scimCall(secret, "GET", `/Users?filter=${encodeURIComponent('userName eq "x" and')}`);
    expect(filter.status).toBe(400);
    expect(filter.body).toMatchObject({ schemas: [ERROR], status: "400", scimType: "invalidFilter" });

    const readOnly = await scimCall(secret, "PATCH", `/Users/${user.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "add", path: "groups", value: [{ value: "x" }] }],
    });
    expect(readOnly.body).toMatchObject({ status: "400", scimType: "mutability" });

    const noName = await scimCall(secret, "POST", "/Users", { schemas: [USER], userName: "noname@contoso.test" });
    expect(noName.body).toMatchObject({ status: "400", scimType: "invalidValue" });
    expect(noName.body.detail).toMatch(/name\.givenName/);

    const badOp = await scimCall(secret, "PATCH", `/Users/${user.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "move", path: "active", value: false }],
    });
    expect(badOp.body).toMatchObject({ status: "400", scimType: "invalidSyntax" });
    expect(await db.user.count({ where: { loginId: "noname@contoso.test" } })).toBe(0);
  });

  it("answers 401 in the SCIM error format without a token, with a revoked one, and with a company manager's", async () => {
    const { user } = await identityProviderToken();
    const revoked = await createApiTokenRecord({ userId: user.id, revokedAt: new Date() });
    const company = await createUserRecord({ kind: "manager", role: "company" });
    const ofCompany = await createApiTokenRecord({ userId: company.id });
    for (const secret of [null, revoked.secret, ofCompany.secret]) {
      const refused = await scimCall(secret, "GET", "/Users");
      expect(refused.status).toBe(401);
      expect(refused.headers.get("content-type")).toMatch(/^application\/scim\+json/);
      expect(refused.body).toMatchObject({ schemas: [ERROR], status: "401" });
      expect(refused.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
  });
});

describe("SCIM Users as Okta provisions them", () => {
  it("creates with a password, deactivates with a path-less replace, replaces with PUT, deletes", async () => {
    const { secret } = await identityProviderToken("Okta");
    const created = await scimCall(secret, "POST", "/Users", oktaUser("otto@okta.test"));
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(await signIn("otto@okta.test", "Okta-set-password-7")).toMatchObject({ ok: true });

    const deactivated = await scimCall(secret, "PATCH", `/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "replace", value: { active: false } }],
    });
    expect(deactivated.body.active).toBe(false);
    expect(await signIn("otto@okta.test", "Okta-set-password-7")).toEqual({ ok: false, reason: "invalid" });

    // changePassword: a password sent with PATCH is set, to be changed at the next sign-in.
    await scimCall(secret, "PATCH", `/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [
        { op: "replace", path: "password", value: "Okta-new-password-8" },
        { op: "replace", path: "active", value: true },
      ],
    });
    expect(await signIn("otto@okta.test", "Okta-new-password-8")).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).mustChangePassword).toBe(true);
    await scimCall(secret, "PATCH", `/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "replace", value: { active: false } }],
    });

    const replaced = await scimCall(secret, "PUT", `/Users/${id}`, {
      ...oktaUser("otto.normal@okta.test"),
      id,
      name: { givenName: "Otto", familyName: "Normalverbraucher" },
      password: undefined,
      active: true,
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({
      userName: "otto.normal@okta.test",
      name: { familyName: "Normalverbraucher" },
      active: true,
    });
    const agent = await db.agentProfile.findUniqueOrThrow({ where: { userId: id }, include: { user: true } });
    expect(agent).toMatchObject({
      lastName: "Normalverbraucher",
      user: { loginId: "otto.normal@okta.test", disabled: false },
    });

    const stale = await scimCall(secret, "PUT", `/Users/${id}`, oktaUser("otto.normal@okta.test"), {
      "if-match": created.body.meta.version,
    });
    expect(stale.status).toBe(412);

    expect((await scimCall(secret, "DELETE", `/Users/${id}`)).status).toBe(204);
    expect(await db.user.count({ where: { id } })).toBe(0);
    const gone = await scimCall(secret, "GET", `/Users/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ schemas: [ERROR], status: "404" });
  });

  it("pages with startIndex and count, 1-based, and keeps an agent's team on PUT", async () => {
    const { secret } = await identityProviderToken("Okta");
    const team = await createTeamRecord(`Okta-Team ${crypto.randomUUID()}`);
    const placed = await createUserRecord({ kind: "agent", loginId: "placed@okta.test", teamIds: [team.id] });
    const all = await scimCall(secret, "GET", "/Users?count=1000");
    const total = all.body.totalResults;
    expect(total).toBeGreaterThanOrEqual(1);
    expect(all.body.Resources.length).toBe(Math.min(total, 200));
    const page = await scimCall(secret, "GET", `/Users?startIndex=${total}&count=5`);
    expect(page.body).toMatchObject({ totalResults: total, startIndex: total, itemsPerPage: 1 });
    expect((await scimCall(secret, "GET", "/Users?startIndex=0&count=0")).body).toMatchObject({
      totalResults: total,
      startIndex: 1,
      Resources: [],
    });
    const one = await scimCall(secret, "GET", `/Users/${placed.id}?attributes=userName`);
    expect(Object.keys(one.body).sort()).toEqual(["id", "meta", "schemas", "userName"]);

    const put = await scimCall(secret, "PUT", `/Users/${placed.id}`, {
      schemas: [USER],
      userName: "placed@okta.test",
      name: { givenName: "Platz", familyName: "Genommen" },
      emails: [{ value: "placed@okta.test", primary: true }],
      active: true,
    });
    expect(put.body.groups).toEqual([expect.objectContaining({ value: team.id, display: team.name })]);
    expect((await db.agentProfile.findUniqueOrThrow({ where: { userId: placed.id } })).teamId).toBe(team.id);
  });
});
