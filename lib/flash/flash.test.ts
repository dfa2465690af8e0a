import { describe, expect, it } from "vitest";
import { encodeFlash, parseFlash } from "./flash";

describe("flash format", () => {
  it.each([
    [{ kind: "notice", key: "saved" }, "notice:saved"],
    [{ kind: "notice", key: "agentsMoved", count: 3 }, "notice:agentsMoved:3"],
    [{ kind: "notice", key: "emailsRetried", count: 0 }, "notice:emailsRetried:0"],
    [{ kind: "error", key: "sessionEnded" }, "error:sessionEnded"],
  ] as const)("round-trips %j as %s", (flash, encoded) => {
    expect(encodeFlash(flash)).toBe(encoded);
    expect(parseFlash(encoded)).toEqual(flash);
  });

  it.each([
    null,
    undefined,
    "",
    "saved",
    "warning:saved",
    "notice:",
    "notice:saved:-1",
    "notice:saved:1.5",
    "notice:saved:1:2",
    "notice:<script>",
    "notice:saved;path=/",
    `notice:${"a".repeat(61)}`,
    "notice:saved:1234567890",
  ])("reads %j as no flash", (value) => {
    expect(parseFlash(value)).toBeNull();
  });

  it("refuses to write what it could not read back", () => {
    expect(() => encodeFlash({ kind: "notice", key: "two words" })).toThrow();
    expect(() => encodeFlash({ kind: "notice", key: "saved", count: -1 })).toThrow();
  });
});
