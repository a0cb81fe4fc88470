import { describe, expect, it } from "vitest";
import {
  foldCategoryLabel,
  toCategoryLabel,
  toPathSegment,
  withoutMarkdownLinks,
} from "../../src/build/category-label.ts";

describe("toCategoryLabel", () => {
  it.each([
    ["新浪财经－国內", "新浪财经－国內"],
    ["— 番剧", "番剧"],
    ["— news", "news"],
    ["-- news --", "news"],
    ["• 要闻 ·", "要闻"],
    ["►  快讯", "快讯"],
    ["AGE 动漫 - 番剧详情", "AGE 动漫 - 番剧详情"],
    ["Webtoons - [Naver](https://comic.naver.com)", "Webtoons - Naver"],
    ["  IT  之家\t", "IT 之家"],
    ["Q&amp;A", "Q&A"],
    ["<b>Bold</b> news", "Bold news"],
    ["C++", "C++"],
    ["—", "—"],
    ["   ", ""],
  ])("shows %j as %j", (raw, label) => {
    expect(toCategoryLabel(raw)).toBe(label);
  });
});

describe("withoutMarkdownLinks", () => {
  it.each([
    ["[Naver](https://comic.naver.com)", "Naver"],
    ["a [b](c) d [e](f)", "a b d e"],
    ["[not a link] (x)", "[not a link] (x)"],
    ["[x](has space)", "[x](has space)"],
  ])("turns %j into %j", (text, plain) => {
    expect(withoutMarkdownLinks(text)).toBe(plain);
  });
});

describe("foldCategoryLabel", () => {
  it.each([
    ["番剧", "番剧"],
    ["AcFun", "acfun"],
    ["ＡｃＦｕｎ", "acfun"],
    ["Hacker  News", "hacker news"],
    ["Hacker\u3000News", "hacker news"],
    ["新浪财经－国內", "新浪财经-国內"],
    ["Straße", "straße"],
    ["Ⅻ", "xii"],
  ])("folds %j to %j", (label, key) => {
    expect(foldCategoryLabel(label)).toBe(key);
  });
});

describe("toPathSegment", () => {
  it.each([
    ["金融", "金融"],
    ["hacker news", "hacker-news"],
    ["it 之家 / 热榜", "it-之家-热榜"],
    ["新浪财经-国內", "新浪财经-国內"],
    ["webtoons - naver", "webtoons-naver"],
    ["1draw 深夜の真剣お絵描き 60 分一本勝負 - 投稿一览", "1draw-深夜の真剣お絵描き-60-分一本勝負-投稿一览"],
    ["a/b?c#d%e.f", "a-b-c-d-e-f"],
    ["..hidden..", "hidden"],
    ["c++", "c"],
    ["हिन्दी समाचार", "हिन्दी-समाचार"],
    ["2화 외로워요", "2화-외로워요"],
    ["x".repeat(100), "x".repeat(64)],
    [`${"x".repeat(63)} y`, "x".repeat(63)],
  ])("makes %j into %j", (key, segment) => {
    expect(toPathSegment(key)).toBe(segment);
  });

  it.each([".", "..", "/", "?#%", "—", "🎉"])("makes %j, which has no letter, into a short hash", (key) => {
    const segment = toPathSegment(key);
    expect(segment).toMatch(/^[a-z2-7]{8}$/);
    expect(toPathSegment(key)).toBe(segment);
  });
});
