import { describe, expect, it } from "vitest";
import { hashBase32 } from "../../src/build/base32-hash.ts";
import { buildCategoryTree, readCategories } from "../../src/build/categories.ts";

const field = 'front matter "categories"';

describe("readCategories", () => {
  it.each([
    ["nothing", undefined, []],
    ["null (an empty `categories:`)", null, []],
    ["an empty string", " ", []],
    ["an empty list", [], []],
    ["a string, as one level", "金融", ["金融"]],
    [
      "a hierarchy, trimmed",
      [" 金融 ", "新浪财经", "新浪财经－国內 "],
      ["金融", "新浪财经", "新浪财经－国內"],
    ],
    ["labels with decoration, as written", ["二次元", "AcFun", "— 番剧"], ["二次元", "AcFun", "— 番剧"]],
  ])("reads %s", (_, value, categories) => {
    expect(readCategories(value)).toEqual({ categories, problems: [] });
  });

  it.each([
    [
      "a list item",
      ["金融", ["x"], "y"],
      ["金融"],
      "has an item that is a list (item 2); the post is filed under 金融",
    ],
    [
      "an empty item",
      ["金融", "新浪", null],
      ["金融", "新浪"],
      "has an item that is empty (item 3); the post is filed under 金融 > 新浪",
    ],
    ["a blank item", ["  ", "金融"], [], "has an item that is empty (item 1); the post has no category"],
    ["a mapping item", [{ a: "b" }], [], "has an item that is a mapping (item 1); the post has no category"],
    ["a number item", [2021], [], "has an item that is a number (item 1); the post has no category"],
    ["a mapping", { a: "b" }, [], "is a mapping, not a list of labels; the post has no category"],
    ["a boolean", true, [], "is a boolean, not a list of labels; the post has no category"],
  ])("stops at %s, with a problem", (_, value, categories, message) => {
    expect(readCategories(value)).toEqual({ categories, problems: [{ field, value: "", message }] });
  });

  it("cuts a hierarchy deeper than 8 levels", () => {
    const levels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
    expect(readCategories(levels)).toEqual({
      categories: levels.slice(0, 8),
      problems: [
        {
          field,
          value: "9",
          message: "has more than 8 levels; the post is filed under 1 > 2 > 3 > 4 > 5 > 6 > 7 > 8",
        },
      ],
    });
  });
});

describe("buildCategoryTree", () => {
  it("gives a site with no posts just the root", () => {
    expect(buildCategoryTree([])).toEqual({
      categories: [{ label: "", path: [], parent: -1, children: [], articles: [] }],
      categoryOf: [],
    });
  });

  it("builds the tree of crawled-post hierarchies, folding decorated labels", () => {
    const paths = [
      ["金融", "新浪财经", "新浪财经－国內"],
      ["二次元", "AcFun", "— 番剧"],
      ["二次元", "AcFun", "番剧"],
      [],
      ["金融", "财联社", "电报"],
    ];
    expect(buildCategoryTree(paths)).toEqual({
      categories: [
        { label: "", path: [], parent: -1, children: [1, 4], articles: [0, 1, 2, 3, 4] },
        { label: "二次元", path: ["二次元"], parent: 0, children: [2], articles: [1, 2] },
        { label: "AcFun", path: ["二次元", "acfun"], parent: 1, children: [3], articles: [1, 2] },
        { label: "番剧", path: ["二次元", "acfun", "番剧"], parent: 2, children: [], articles: [1, 2] },
        { label: "金融", path: ["金融"], parent: 0, children: [5, 7], articles: [0, 4] },
        { label: "新浪财经", path: ["金融", "新浪财经"], parent: 4, children: [6], articles: [0] },
        {
          label: "新浪财经－国內",
          path: ["金融", "新浪财经", "新浪财经-国內"],
          parent: 5,
          children: [],
          articles: [0],
        },
        { label: "财联社", path: ["金融", "财联社"], parent: 4, children: [8], articles: [4] },
        { label: "电报", path: ["金融", "财联社", "电报"], parent: 7, children: [], articles: [4] },
      ],
      categoryOf: [6, 3, 3, 0, 8],
    });
  });

  it("files a post under a parent category when it has no deeper level", () => {
    const { categories, categoryOf } = buildCategoryTree([
      ["二次元", "Bangumi"],
      ["二次元"],
      ["二次元", "Bangumi"],
    ]);
    expect(categoryOf).toEqual([2, 1, 2]);
    expect(categories[1]).toMatchObject({ label: "二次元", articles: [0, 1, 2] });
    expect(categories[2]).toMatchObject({ label: "Bangumi", articles: [0, 2] });
  });

  it.each([
    ["case", ["AcFun", "acfun", "ACFUN", "acfun"], "acfun"],
    ["full width", ["ＡｃＦｕｎ", "AcFun"], "AcFun"],
    ["whitespace", ["Hacker  News", " Hacker News", "Hacker\u3000News"], "Hacker News"],
    ["dashes and bullets", ["— news", "news", "• news"], "news"],
    [
      "a Markdown link",
      ["Webtoons - [Naver](https://comic.naver.com)", "Webtoons - Naver"],
      "Webtoons - Naver",
    ],
  ])("folds labels differing by %s into one, shown as the most written", (_, labels, label) => {
    const forward = buildCategoryTree(labels.map((raw) => [raw]));
    const backward = buildCategoryTree([...labels].reverse().map((raw) => [raw]));
    expect(forward.categories).toHaveLength(2);
    expect(forward.categories[1]?.label).toBe(label);
    expect(backward.categories[1]?.label).toBe(label);
  });

  it("breaks a tie between label variants by code-unit order, not file order", () => {
    expect(buildCategoryTree([["acfun"], ["AcFun"]]).categories[1]?.label).toBe("AcFun");
    expect(buildCategoryTree([["AcFun"], ["acfun"]]).categories[1]?.label).toBe("AcFun");
  });

  it("orders children by label", () => {
    const { categories } = buildCategoryTree([["b"], ["游戏"], ["A"], ["a2"], ["编程"]]);
    expect(categories.map((category) => category.label)).toEqual(["", "A", "a2", "b", "游戏", "编程"]);
    expect(categories[0]?.children).toEqual([1, 2, 3, 4, 5]);
  });

  it("tells apart siblings whose segments collide, by their fold keys", () => {
    const { categories } = buildCategoryTree([
      ["编程", "C++"],
      ["编程", "C#"],
      ["编程", "c"],
      ["游戏", "C#"],
    ]);
    expect(categories.map((category) => [category.label, category.path.join("/")])).toEqual([
      ["", ""],
      ["游戏", "游戏"],
      ["C#", "游戏/c"], // under another parent the segment is free
      ["编程", "编程"],
      ["C#", `编程/c-${hashBase32("c#").slice(0, 8)}`],
      ["C++", `编程/c-${hashBase32("c++").slice(0, 8)}`],
      ["c", "编程/c"], // the smallest fold key keeps the plain segment
    ]);
  });

  it("lengthens the hash when a sibling's own segment has taken the short one", () => {
    const hash = hashBase32("c#");
    const { categories } = buildCategoryTree([["c"], ["C#"], [`c ${hash.slice(0, 8)}`]]);
    expect(categories.map((category) => category.path.join("/"))).toEqual([
      "",
      `c-${hash.slice(0, 12)}`, // C#
      "c",
      `c-${hash.slice(0, 8)}`,
    ]);
  });

  it("gives a label with no letters a stable hash segment", () => {
    const { categories } = buildCategoryTree([["—"], ["?"]]);
    expect(categories.slice(1).map((category) => category.label)).toEqual(["?", "—"]);
    expect(categories[1]?.path).toEqual([hashBase32("?").slice(0, 8)]);
  });

  it("skips empty levels", () => {
    expect(buildCategoryTree([["", "金融", "  "]]).categories.map((category) => category.path)).toEqual([
      [],
      ["金融"],
    ]);
  });

  it("builds a very deep hierarchy without recursion", () => {
    const path = Array.from({ length: 2000 }, (_, level) => `level ${level}`);
    const { categories, categoryOf } = buildCategoryTree([path]);
    expect(categories).toHaveLength(2001);
    expect(categoryOf).toEqual([2000]);
  });
});
