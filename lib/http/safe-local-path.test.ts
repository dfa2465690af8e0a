import { describe, expect, it } from "vitest";
import { safeLocalPath } from "./safe-local-path";

describe("safeLocalPath", () => {
  it.each([
    ["/manager/home", "/manager/home"],
    ["/p/support?lang=en#form", "/p/support?lang=en#form"],
    ["/manager/../admin", "/admin"],
  ])("keeps the local path %j", (value, expected) => {
    expect(safeLocalPath(value, "/fallback")).toBe(expected);
  });

  it.each([
    ["/\\evil.example/"],
    ["//evil.example/"],
    ["\\\\evil.example"],
    ["/\t/evil.example"],
    ["/\n/evil.example"],
    ["https://evil.example/"],
    ["javascript:alert(1)"],
    ["evil.example"],
    [""],
    ["/%5Cevil.example"],
  ])("refuses %j", (value) => {
    const result = safeLocalPath(value, "/fallback");
    // Either the fallback or a path that a browser resolves on our own origin.
    expect(new URL(result, "https://lotse.example").origin).toBe("https://lotse.example");
    if (!value.startsWith("/%5C")) expect(result).toBe("/fallback");
  });

  it("falls back for nothing at all", () => {
    expect(safeLocalPath(undefined, "/manager")).toBe("/manager");
    expect(safeLocalPath(null, "/manager")).toBe("/manager");
  });
});
