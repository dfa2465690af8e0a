import { expect, test } from "./support/fixtures";

test("pages are served with strict security headers", async ({ page, lotse, javaScriptEnabled }) => {
  const response = await page.goto("/manager");
  expect(response?.status()).toBe(200);
  const headers = response!.headers();

  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toMatch(/script-src [^;]*'nonce-[^']+'/);
  expect(csp).not.toMatch(/script-src [^;]*'unsafe-(inline|eval)'/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"]).toContain(
    headers["referrer-policy"],
  );
  expect(headers["x-powered-by"]).toBeUndefined();
  await lotse.check(page);

  if (javaScriptEnabled) {
    // The policy must not break the app's own scripts: Next's runtime loaded (nonce accepted).
    await expect.poll(() => page.evaluate(() => "next" in window)).toBe(true);
  }
});

test("a cross-origin POST is refused", async ({ request, baseURL }) => {
  const fromEvil = await request.post(`${baseURL}/manager`, {
    headers: { Origin: "http://evil.example" },
    form: { loginId: "admin@lotse.test", password: "whatever" },
  });
  expect(fromEvil.status()).toBe(403);

  const crossSite = await request.post(`${baseURL}/manager`, { headers: { "Sec-Fetch-Site": "cross-site" } });
  expect(crossSite.status()).toBe(403);

  const opaque = await request.post(`${baseURL}/manager/settings`, { headers: { Origin: "null" } });
  expect(opaque.status()).toBe(403);
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, lotse, companyManager, context, baseURL }) => {
  await lotse.signIn(page, "manager", companyManager);
  const cookies = await context.cookies(baseURL);
  const session = cookies.find((c) => /(^|__Host-)lotse-manager$/.test(c.name));
  expect(session, `a session cookie among ${cookies.map((c) => c.name).join(", ")}`).toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
  expect(session!.path).toBe("/");
  // It holds no readable session data (an encrypted token).
  expect(session!.value).not.toContain(companyManager.loginId);
});
