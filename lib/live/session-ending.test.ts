import { describe, expect, it } from "vitest";
import { sessionEnding } from "./session-ending";

describe("sessionEnding", () => {
  it.each([
    [{ endedBy: "customer", endReason: null }, "customer"],
    [{ endedBy: "agent", endReason: null }, "agent"],
    [{ endedBy: "agent", endReason: "signedOut" }, "signedOut"],
    [{ endedBy: "agent", endReason: "consoleLeft" }, "consoleLeft"],
    [{ endedBy: "agent", endReason: "something new" }, "agent"],
    [{}, "agent"],
  ] as const)("%j → %s", (session, expected) => {
    expect(sessionEnding(session)).toBe(expected);
  });
});
