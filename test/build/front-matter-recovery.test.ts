import { describe, expect, it } from "vitest";
import { recoverFrontMatter } from "../../src/build/front-matter-recovery.ts";

describe("recoverFrontMatter", () => {
  it.each([
    ["an unquoted value", "title: 2014 总结 & 榜单", { title: "2014 总结 & 榜单" }],
    ["a single-quoted value with '' inside", "title: 'it''s here'", { title: "it's here" }],
    ["a double-quoted value with escapes", 'title: "say \\"hi\\" \\u00e9"', { title: 'say "hi" é' }],
    ["quotes doubled by the aggregator", `title: """""""'SP'"""""""`, { title: "SP" }],
    ["quotes inside, not around", `title: "Do Not Split"_ a film`, { title: '"Do Not Split"_ a film' }],
    ["a lone quote", `title: "`, { title: '"' }],
    ["a colon in the value", "title: a: b", { title: "a: b" }],
    ["an empty value", "thumbnail:", { thumbnail: "" }],
    ["an empty quoted value", "thumbnail: ''", { thumbnail: "" }],
    [
      "a multi-line title, with blank and indented lines",
      "title: 第一行\n      \n\n第二行\n        第三行 Vol.1\nauthor: A",
      { title: "第一行 第二行 第三行 Vol.1", author: "A" },
    ],
    [
      "categories indented by one space",
      "categories: \n - 金融\n - 新浪财经\n - 新浪财经－国內",
      { categories: ["金融", "新浪财经", "新浪财经－国內"] },
    ],
    [
      "categories indented by four spaces",
      "categories:\n    - 二次元\n    - 'AcFun'",
      { categories: ["二次元", "AcFun"] },
    ],
    ["categories not indented, with an empty item", "categories:\n- a\n-\n- b", { categories: ["a", "b"] }],
    ["categories in flow style", "categories: [金融, '新浪 财经']", { categories: ["金融", "新浪 财经"] }],
    ["one category as a string", "categories: 金融", { categories: ["金融"] }],
    ["unknown keys and their lines", "tags:\n  - x\nsummary: long\n  text\ntitle: T", { title: "T" }],
    ["comment lines", "# made by a script\ntitle: T\n  # note", { title: "T" }],
    ["a duplicate key, keeping the first", "title: First\ntitle: Second", { title: "First" }],
    ["an indented key, as a continuation", "title: A\n  date: 2021", { title: "A date: 2021" }],
    ["a __proto__ key, ignored", "__proto__: x\ntitle: T", { title: "T" }],
  ])("reads %s", (_, block, data) => {
    expect(recoverFrontMatter(block)).toEqual(data);
  });

  it("reads every known key of a legacy post", () => {
    const block = [
      `title: """""""'第3集'"""""""`,
      "categories: ",
      "    - 二次元",
      "    - 示例动漫 - 番剧详情",
      "author: 示例动漫 - 番剧详情",
      "comments: false",
      "date: 2021-03-22 04:50:47",
      "headimg: 'https://img.example.com/a.jpg'",
      "thumbnail: ''",
    ].join("\n");
    expect(recoverFrontMatter(block)).toEqual({
      title: "第3集",
      categories: ["二次元", "示例动漫 - 番剧详情"],
      author: "示例动漫 - 番剧详情",
      comments: "false",
      date: "2021-03-22 04:50:47",
      headimg: "https://img.example.com/a.jpg",
      thumbnail: "",
    });
  });
});
