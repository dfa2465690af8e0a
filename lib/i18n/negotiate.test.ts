import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate";

describe("negotiateLocale", () => {
  it.each([
    ["de-DE,de;q=0.9,en;q=0.8", "de"],
    ["en-US,en;q=0.9", "en"],
    ["fr-FR,en;q=0.5", "en"],
    ["fr-FR", "de"],
    ["en-GB,de;q=0.5", "en"],
    ["de-AT,en;q=0.8", "de"],
    ["en-GB", "en"],
    [null, "de"],
    ["garbage;;q=x", "de"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
