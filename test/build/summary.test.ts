import { describe, expect, it } from "vitest";
import { SUMMARY_MAX_CHARS, summarize } from "../../src/build/summary.ts";

const length = (text: string) => Array.from(text).length;

describe("summarize", () => {
  it.each([
    ["short text stays whole", "一句话。", 10, "一句话。"],
    ["whitespace collapses", "  第一段。\n\n第二段。 ", 20, "第一段。 第二段。"],
    ["exactly the limit stays whole", "一二三四五", 5, "一二三四五"],
    [
      "ends on the last sentence end near the limit",
      "第一句话。第二句话比较长一些！第三句话会被截断。",
      16,
      "第一句话。第二句话比较长一些！…",
    ],
    [
      "a sentence end keeps its closing quote",
      "他说：“好的。”后面还有很多很多很多的文字",
      12,
      "他说：“好的。”…",
    ],
    [
      "a sentence end too early is not used: cut between CJK characters",
      "短。后面是一段没有任何标点的很长很长很长很长的文字",
      16,
      "短。后面是一段没有任何标点的很…",
    ],
    ["Latin text ends on a word", "The quick brown fox jumps over the lazy dog", 16, "The quick brown…"],
    [
      "Latin text ends on a sentence",
      "First sentence here. Second one is longer than that.",
      30,
      "First sentence here.…",
    ],
    [
      "a decimal point is not a sentence end",
      "The index rose by 3.14 percent over the past week",
      22,
      "The index rose by…",
    ],
    ["trailing commas go before the ellipsis", "甲乙丙丁戊己庚，辛壬癸子丑寅卯", 9, "甲乙丙丁戊己庚…"],
    ["no surrogate pair is split", "😀😀😀😀😀😀😀😀😀😀", 5, "😀😀😀😀…"],
    ["an emoji's variation selector is not cut off", "完成✔️完成✔️完成✔️完成", 4, "完成…"],
    ["a ZWJ sequence is not split", "家庭👨‍👩‍👧很好", 5, "家庭…"],
    ["empty", "", 10, ""],
  ])("%s", (_name, text, max, expected) => {
    const summary = summarize(text, max);
    expect(summary).toBe(expected);
    expect(length(summary)).toBeLessThanOrEqual(max);
  });

  it("defaults to about 120 characters", () => {
    expect(SUMMARY_MAX_CHARS).toBe(120);
    const text = "这是一句用来测试的中文句子。".repeat(30);
    const summary = summarize(text);
    expect(length(summary)).toBeLessThanOrEqual(SUMMARY_MAX_CHARS);
    expect(length(summary)).toBeGreaterThan(SUMMARY_MAX_CHARS * 0.6);
    expect(summary.endsWith("。…")).toBe(true);
  });
});
