import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { FLASH_COOKIE, FLASH_HEADER } from "@/lib/flash/flash";
import { proxy } from "@/proxy";

const get = (headers: Record<string, string>) =>
  proxy(
    new NextRequest("http://localhost:3000/manager/dashboard", {
      headers: { host: "localhost:3000", cookie: `${FLASH_COOKIE}=notice:monitorAdded`, ...headers },
    }),
  );

/** The flash the render of this request gets (Next passes request headers on as x-middleware-request-*). */
const flashGiven = (response: Response) => response.headers.get(`x-middleware-request-${FLASH_HEADER}`);
const flashDeleted = (response: Response) => (response.headers.get("set-cookie") ?? "").includes(`${FLASH_COOKIE}=;`);

describe("the proxy hands a flash to the page after the redirect, and to nothing else", () => {
  it("gives it to a page fetch and deletes the cookie on the same response", () => {
    const page = get({});
    expect(flashGiven(page)).toBe("notice:monitorAdded");
    expect(flashDeleted(page)).toBe(true);
  });

  it.each([
    ["a link's prefetch", { "next-router-prefetch": "1" }],
    ["an htmx fetch of the page still showing (a live region morphed in)", { "hx-request": "true" }],
    ["an event stream", { accept: "text/event-stream" }],
  ])("leaves it for the page: %s", (_what, headers) => {
    const response = get(headers);
    expect(flashGiven(response)).toBeNull();
    expect(flashDeleted(response)).toBe(false);
  });
});
