import { describe, expect, it } from "vitest";
import { type FileUsage, quotaRefusal } from "./file-quota";

const limits = { sessionBytes: 100, participantBytes: 60, sessionFiles: 3 };
const usage = (files: number, fromCustomer: number, fromAgent: number): FileUsage => ({
  files,
  bytes: fromCustomer + fromAgent,
  bytesFrom: { customer: fromCustomer, agent: fromAgent },
});

describe("quotaRefusal", () => {
  it.each([
    ["an empty session", usage(0, 0, 0), "customer", 60, null],
    ["exactly the sender's share", usage(1, 30, 0), "customer", 30, null],
    ["one byte over the sender's share", usage(1, 30, 0), "customer", 31, "participantFileQuotaExceeded"],
    ["the other side's share is its own", usage(1, 60, 0), "agent", 40, null],
    ["exactly the session's total", usage(2, 50, 40), "agent", 10, null],
    ["one byte over the session's total", usage(2, 50, 40), "agent", 11, "sessionFileQuotaExceeded"],
    ["both over: the sender's share is named", usage(2, 50, 50), "customer", 20, "participantFileQuotaExceeded"],
    ["the last file the session takes", usage(2, 1, 1), "customer", 1, null],
    ["one file too many, however small", usage(3, 1, 1), "customer", 1, "sessionFileCountExceeded"],
    ["nothing left at all (size 1)", usage(2, 40, 60), "agent", 1, "participantFileQuotaExceeded"],
  ] as const)("%s", (_, used, side, size, expected) => {
    expect(quotaRefusal(used, side, size, limits)).toBe(expected);
  });
});
