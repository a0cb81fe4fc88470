import { describe, expect, it } from "vitest";
import { slicePage } from "../../../src/worker/pages/page-slice.ts";

describe("slicePage", () => {
  it.each([
    [45, 1, 20, { start: 0, end: 20, pages: 3 }],
    [45, 3, 20, { start: 40, end: 45, pages: 3 }],
    [40, 2, 20, { start: 20, end: 40, pages: 2 }],
    [0, 1, 20, { start: 0, end: 0, pages: 1 }],
  ])("%i items, page %i by %i", (count, page, limit, expected) => {
    expect(slicePage(count, page, limit)).toEqual(expected);
  });

  it.each([
    [45, 4, 20],
    [40, 3, 20],
    [0, 2, 20],
    [45, 0, 20],
    [45, 1.5, 20],
  ])("%i items has no page %s by %i", (count, page, limit) => {
    expect(slicePage(count, page, limit)).toBeNull();
  });
});
