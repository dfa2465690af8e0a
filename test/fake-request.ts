// next/headers for server actions called straight from a test, outside any request: a cookie jar
// that remembers what an action set (with its options), and request headers the test chooses.
// Use: vi.mock("next/headers", async () => (await import("@/test/fake-request")).nextHeaders);
type CookieOptions = { maxAge?: number; httpOnly?: boolean; sameSite?: string; path?: string; secure?: boolean };
type StoredCookie = { name: string; value: string; options: CookieOptions };

const jar = new Map<string, StoredCookie>();
let requestHeaders = new Headers();

export const nextHeaders = {
  async cookies() {
    return {
      get: (name: string) => jar.get(name),
      getAll: () => [...jar.values()],
      has: (name: string) => jar.has(name),
      set(name: string, value: string, options: CookieOptions = {}) {
        jar.set(name, { name, value, options });
      },
      delete(nameOrOptions: string | { name: string }) {
        jar.delete(typeof nameOrOptions === "string" ? nameOrOptions : nameOrOptions.name);
      },
    };
  },
  async headers() {
    return requestHeaders;
  },
};

/** The next request: its headers (e.g. `{ "next-action": "…" }` for a form sent by script) and no cookies. */
export function newRequest(headers: Record<string, string> = {}): void {
  jar.clear();
  requestHeaders = new Headers(headers);
}

/** The cookie an action set, if it did. */
export function cookieSet(name: string): StoredCookie | undefined {
  return jar.get(name);
}
