import { beforeEach, describe, expect, it, vi } from "vitest";
import { cookieSet, newRequest } from "@/test/fake-request";
import { FLASH_COOKIE, FLASH_MAX_AGE_SECONDS } from "./flash";
import { flashError, flashNotice, withoutNotice } from "./set-flash";

vi.mock("next/headers", async () => (await import("@/test/fake-request")).nextHeaders);

beforeEach(() => newRequest());

describe("leaving a flash", () => {
  it("without JavaScript: a cookie the browser brings to the page it is redirected to", async () => {
    await flashNotice("agentsMoved", 3);
    expect(cookieSet(FLASH_COOKIE)).toEqual({
      name: FLASH_COOKIE,
      value: "notice:agentsMoved:3",
      options: { httpOnly: true, sameSite: "lax", secure: false, path: "/", maxAge: FLASH_MAX_AGE_SECONDS },
    });
  });

  it("sent by script: read by the redirect's render in the same response, dropped by the browser at once", async () => {
    newRequest({ "next-action": "7f3a" });
    await flashNotice("saved");
    expect(cookieSet(FLASH_COOKIE)).toMatchObject({ value: "notice:saved", options: { maxAge: 0, httpOnly: true } });
  });

  it("errors travel the same way, marked as errors", async () => {
    await flashError("sessionEnded");
    expect(cookieSet(FLASH_COOKIE)?.value).toBe("error:sessionEnded");
  });

  it("a failed submit drops any flash and hands its state back unchanged", async () => {
    await flashNotice("saved");
    const state = { fieldErrors: { name: "required" }, values: { name: "" } };
    expect(await withoutNotice(state)).toBe(state);
    expect(cookieSet(FLASH_COOKIE)).toBeUndefined();
  });
});
