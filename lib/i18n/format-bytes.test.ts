import { createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";
import { formatBytes } from "./format-bytes";

describe("formatBytes", () => {
  it.each([
    ["de", 9_500_000, "9,5 MB"],
    ["en", 9_500_000, "9.5 MB"],
    ["de", 10_000_000, "10 MB"],
    ["de", 1_350, "1,4 kB"],
    ["de", 512, "512 Byte"],
    ["en", 2_500_000_000, "2.5 GB"],
  ] as const)("%s %d → %s", (locale, bytes, expected) => {
    expect(formatBytes(createFormatter({ locale }), bytes).replace(/\u00a0/g, " ")).toBe(expected);
  });
});
