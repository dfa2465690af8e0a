// Issue 18: each API token may make LOTSE_API_RATE_LIMIT requests a minute (600 unless the server is
// told otherwise); the next gets 429 with Retry-After, over real HTTP against the production build.
import { expect, test } from "./support/fixtures";
import { password, seed, tag } from "./support/organisation";

test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, "plain HTTP requests: once (js project) is enough");

const LIMIT = 600;

test("a token's 601st request within its minute gets 429 with Retry-After; another token is unaffected", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const x = tag();
  const seeded = await seed(baseURL, {
    users: [{ key: "api", kind: "manager", role: "api", loginId: `rate-${x}@lotse.test`, password: password() }],
    apiTokens: [
      { key: "busy", owner: "api", name: "Skript" },
      { key: "calm", owner: "api", name: "Entra ID" },
    ],
  });
  const get = (key: "busy" | "calm") =>
    request.get("/api/v1/token", {
      headers: { authorization: `Bearer ${seeded.apiTokens[key]!.secret}`, "accept-language": "en" },
    });
  // A minute's window starts with the first request; 600 sequential requests take a few seconds.
  const started = Date.now();
  const statuses: number[] = [];
  for (let i = 0; i < LIMIT; i++) statuses.push((await get("busy")).status());
  expect(Date.now() - started, "the 600 requests must fit in the window for this test to mean anything").toBeLessThan(
    55_000,
  );
  expect(statuses.filter((status) => status !== 200)).toEqual([]);
  const refused = await get("busy");
  expect(refused.status()).toBe(429);
  expect(refused.headers()["content-type"]).toMatch(/^application\/problem\+json/);
  const retryAfter = Number(refused.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(await refused.json()).toMatchObject({ status: 429, title: "Too many requests" });
  expect((await get("calm")).status()).toBe(200);
});
