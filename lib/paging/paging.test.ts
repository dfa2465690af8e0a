import { describe, expect, it } from "vitest";
import { pagerItems, pageWindow, parsePageNumber, parsePageSize } from "./paging";

describe("parsePageSize", () => {
  it.each([
    ["25", 25],
    ["50", 50],
    [" 100 ", 100],
    ["200", 200],
    ["", 50],
    [undefined, 50],
    [["100"], 50], // a repeated parameter is not a choice anyone offered
    ["7", 50],
    ["1000000", 50],
    ["-25", 50],
    ["25.0", 50],
    ["abc", 50],
  ])("%j → %i", (raw, size) => {
    expect(parsePageSize(raw)).toBe(size);
  });
});

describe("parsePageNumber", () => {
  it.each([
    ["1", 1],
    ["3", 3],
    [" 4 ", 4],
    ["+5", 5],
    ["2.7", 2],
    ["0", 1],
    ["-3", 1],
    ["", 1],
    [undefined, 1],
    ["abc", 1],
    ["3abc", 1],
    ["0x10", 1],
    ["1e3", 1],
    ["NaN", 1],
    ["Infinity", Number.MAX_SAFE_INTEGER],
    ["99999999999999999999999", Number.MAX_SAFE_INTEGER],
  ])("%j → %d", (raw, page) => {
    expect(parsePageNumber(raw)).toBe(page);
  });
});

describe("pageWindow", () => {
  it.each([
    // total, requested, size → page, pages, skip
    [0, 1, 50, 1, 1, 0],
    [0, 9, 50, 1, 1, 0],
    [50, 1, 50, 1, 1, 0],
    [51, 2, 50, 2, 2, 50],
    [120, 2, 25, 2, 5, 25],
    [120, 999, 25, 5, 5, 100],
    [120, Number.MAX_SAFE_INTEGER, 100, 2, 2, 100],
    [120, Number.POSITIVE_INFINITY, 100, 2, 2, 100],
    [120, Number.NaN, 100, 2, 2, 100],
    [120, -4, 100, 1, 2, 0],
    [120, 1.9, 100, 1, 2, 0],
  ])("%i rows, page %d of size %i → page %i of %i, skip %i", (total, requested, size, page, pages, skip) => {
    expect(pageWindow(total, requested, size)).toEqual({ page, pages, size, skip });
  });
});

describe("pagerItems", () => {
  it.each([
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [2, 5, [1, 2, 3, 4, 5]],
    [1, 7, [1, 2, 3, "gap", 7]],
    [4, 7, [1, 2, 3, 4, 5, 6, 7]], // one page between would be a gap of one: shown instead
    [10, 20, [1, "gap", 8, 9, 10, 11, 12, "gap", 20]],
    [20, 20, [1, "gap", 18, 19, 20]],
  ])("page %i of %i", (page, pages, items) => {
    expect(pagerItems(page, pages)).toEqual(items);
  });
});
