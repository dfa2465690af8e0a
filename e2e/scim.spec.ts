// SCIM 2.0 over real HTTP against the production build, as Entra ID and Okta exercise it (issue 18):
// each step checked against what the Management Center and the sign-in see of the same agent.
import type { APIRequestContext } from "@playwright/test";
import { agentSignIn } from "./support/agent-console";
import { strongPassword, uniqueLoginId } from "./support/constants";
import { errorSummary } from "./support/error-summary";
import { expect, test } from "./support/fixtures";
import { de } from "./support/messages";
import { dbValue, seed, tag } from "./support/organisation";

const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, "plain HTTP requests: once (js project) is enough");

function scimClient(request: APIRequestContext, secret: string | null) {
  return async (method: string, path: string, data?: unknown) => {
    const response = await request.fetch(`/scim/v2${path}`, {
      method,
      headers: {
        "accept-language": "de",
        ...(secret ? { authorization: `Bearer ${secret}` } : {}),
        ...(data !== undefined ? { "content-type": "application/scim+json" } : {}),
      },
      ...(data !== undefined ? { data: JSON.stringify(data) } : {}),
    });
    const text = await response.text();
    return {
      status: response.status(),
      type: response.headers()["content-type"],
      body: text ? JSON.parse(text) : null,
    };
  };
}

test("an identity provider provisions an agent over SCIM, and the Management Center shows each step", async ({
  baseURL,
  request,
  lotse,
}) => {
  const t = tag();
  const manager = { loginId: uniqueLoginId("cm"), password: strongPassword() };
  const { apiTokens } = await seed(baseURL, {
    users: [
      {
        key: "api",
        kind: "manager",
        role: "api",
        name: "Provisioning",
        loginId: uniqueLoginId("api"),
        password: strongPassword(),
      },
      { key: "cm", kind: "manager", role: "company", name: "CM", ...manager },
    ],
    apiTokens: [
      { key: "idp", owner: "api", name: "Entra ID" },
      { key: "old", owner: "api", name: "Alt", revoked: true },
    ],
  });
  const scim = scimClient(request, apiTokens.idp!.secret);
  const agent = { loginId: uniqueLoginId("scim"), password: strongPassword() };
  let userId = "";
  let groupId = "";

  await test.step("no token and a revoked token get 401 in SCIM's error format", async () => {
    for (const secret of [null, apiTokens.old!.secret]) {
      const refused = await scimClient(request, secret)("GET", "/Users");
      expect(refused.status).toBe(401);
      expect(refused.type).toMatch(/^application\/scim\+json/);
      expect(refused.body).toMatchObject({ schemas: [ERROR], status: "401" });
    }
  });

  await test.step("create user: an agent without a team, with the externalId", async () => {
    const created = await scim("POST", "/Users", {
      schemas: [USER],
      externalId: `okta-${t}`,
      userName: agent.loginId,
      name: { givenName: "Sina", familyName: "Scim" },
      displayName: "Sina",
      emails: [{ value: agent.loginId, type: "work", primary: true }],
      password: agent.password,
      active: true,
    });
    expect(created.status).toBe(201);
    expect(created.type).toMatch(/^application\/scim\+json/);
    userId = created.body.id;
    expect(dbValue(baseURL, "SELECT externalId FROM User WHERE id = ?", userId)).toBe(`okta-${t}`);
    expect(dbValue(baseURL, "SELECT teamId FROM AgentProfile WHERE userId = ?", userId)).toBeNull();
  });

  await test.step("find by userName", async () => {
    const found = await scim(
      "GET",
      `/Users?filter=${encodeURIComponent(`userName eq "${agent.loginId.toUpperCase()}"`)}`,
    );
    expect(found.body).toMatchObject({ totalResults: 1, startIndex: 1 });
    expect(found.body.Resources[0]).toMatchObject({ id: userId, userName: agent.loginId, active: true });
  });

  await test.step("group create and membership add: the agent moves into the new team", async () => {
    const group = await scim("POST", "/Groups", { schemas: [GROUP], displayName: `SCIM ${t}`, externalId: `grp-${t}` });
    expect(group.status).toBe(201);
    groupId = group.body.id;
    expect(dbValue(baseURL, "SELECT parentId FROM Team WHERE id = ?", groupId)).toBeNull();
    const added = await scim("PATCH", `/Groups/${groupId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "Add", path: "members", value: [{ value: userId }] }],
    });
    expect(added.status).toBe(200);
    expect(dbValue(baseURL, "SELECT teamId FROM AgentProfile WHERE userId = ?", userId)).toBe(groupId);
    expect((await scim("GET", `/Users/${userId}`)).body.groups).toEqual([
      expect.objectContaining({ value: groupId, display: `SCIM ${t}` }),
    ]);
  });

  const consolePage = await lotse.newPage();
  await test.step("the agent signs in to the console with the password the identity provider set", async () => {
    // The console follows its event stream; it must be open before the agent is deactivated, or
    // the browser's first connection (rightly) meets the route's 401 instead of the stream's end.
    const streamOpen = consolePage.waitForResponse(
      (response) => new URL(response.url()).pathname === "/agent/events" && response.status() === 200,
    );
    await agentSignIn(lotse, consolePage, agent);
    await streamOpen;
  });

  await test.step("PATCH active=False (Entra's shape): the open console turns into the sign-in by itself, and signing in is refused", async () => {
    const patched = await scim("PATCH", `/Users/${userId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "Replace", path: "active", value: "False" }],
    });
    expect(patched.body.active).toBe(false);
    expect(dbValue(baseURL, "SELECT disabled FROM User WHERE id = ?", userId)).toBe(1);
    // No reload: the console's event stream ends with "access ended", and the page renders anew.
    await expect(consolePage.getByLabel(de.SignIn.loginId, { exact: true })).toBeVisible({ timeout: 20_000 });
    await consolePage.getByLabel(de.SignIn.loginId, { exact: true }).fill(agent.loginId);
    await consolePage.getByLabel(de.SignIn.password, { exact: true }).fill(agent.password);
    await consolePage.getByRole("button", { name: de.SignIn.submit, exact: true }).click();
    await expect(errorSummary(consolePage).getByRole("listitem")).toHaveText(de.Errors.signInInvalid);
  });

  await test.step("the Management Center shows the agent as Deaktiviert", async () => {
    const page = await lotse.newPage();
    await lotse.signIn(page, "manager", manager);
    await page.goto(`/manager/agents/${userId}`);
    const notice = page.getByRole("region", { name: de.Agents.deactivated });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(de.Agents.deactivatedHelp);
    await lotse.checkOnce(page);
  });

  await test.step("PUT replace (Okta's shape): new names, still deactivated, still in the team", async () => {
    const replaced = await scim("PUT", `/Users/${userId}`, {
      schemas: [USER],
      id: userId,
      userName: agent.loginId,
      name: { givenName: "Sina", familyName: "Neu-Scim" },
      displayName: "Sina N.",
      emails: [{ value: agent.loginId, type: "work", primary: true }],
      active: false,
    });
    expect(replaced.status).toBe(200);
    expect(dbValue(baseURL, "SELECT lastName FROM AgentProfile WHERE userId = ?", userId)).toBe("Neu-Scim");
    expect(dbValue(baseURL, "SELECT screenName FROM AgentProfile WHERE userId = ?", userId)).toBe("Sina N.");
    expect(dbValue(baseURL, "SELECT teamId FROM AgentProfile WHERE userId = ?", userId)).toBe(groupId);
    expect(dbValue(baseURL, "SELECT disabled FROM User WHERE id = ?", userId)).toBe(1);
  });

  await test.step("membership remove (Entra's filter path): the agent is without a team", async () => {
    const removed = await scim("PATCH", `/Groups/${groupId}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "Remove", path: `members[value eq "${userId}"]` }],
    });
    expect(removed.status).toBe(200);
    expect(removed.body.members).toEqual([]);
    expect(dbValue(baseURL, "SELECT teamId FROM AgentProfile WHERE userId = ?", userId)).toBeNull();
  });

  await test.step("delete user and group", async () => {
    expect((await scim("DELETE", `/Users/${userId}`)).status).toBe(204);
    expect(dbValue(baseURL, "SELECT count(*) FROM User WHERE id = ?", userId)).toBe(0);
    const gone = await scim("GET", `/Users/${userId}`);
    expect(gone.body).toMatchObject({ schemas: [ERROR], status: "404" });
    expect((await scim("DELETE", `/Groups/${groupId}`)).status).toBe(204);
    expect(dbValue(baseURL, "SELECT count(*) FROM Team WHERE id = ?", groupId)).toBe(0);
  });
});
