import { describe, expect, it } from "vitest";
import { meaningfulAlt } from "../../src/build/clean-image.ts";

describe("meaningfulAlt", () => {
  it.each([
    ["图2 页面元素审查情况", "图2 页面元素审查情况"],
    ["  comic   content ", "comic content"],
    ["1gif", "1gif"],
    [null, ""],
    ["", ""],
    [" ", ""],
    ["image", ""],
    ["Image", ""],
    ["图片", ""],
    ["image-20210528161310890", ""],
    ["img_001", ""],
    ["2", ""],
    ["screenshot.PNG", ""],
  ])("%j -> %j", (alt, expected) => {
    expect(meaningfulAlt(alt)).toBe(expected);
  });
});
