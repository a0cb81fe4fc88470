import { readFileSync } from "node:fs";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../src/build/front-matter.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`fixtures/front-matter/${name}`, import.meta.url), "utf8");
const BODY_END = `</div>\n${" ".repeat(12)}`;

describe("readFrontMatter on each template generation", () => {
  it.each([
    [
      "current.md",
      {
        title: '"示例"城市推行电子证照 4项措施9月起分批实施',
        categories: ["金融", "示例财经", "示例财经－国內"],
        headimg: "https://img.example.com/finance/2021/0820/cover.jpg",
        author: "示例财经",
        comments: "false",
        date: "Fri, 20 Aug 2021 06:36:14 GMT",
        thumbnail: "https://img.example.com/finance/2021/0820/cover.jpg",
      },
    ],
    [
      "current-double-quoted.md",
      {
        title: "An example's guide to tiny URLs_ why not_",
        categories: ["编程", "Hacker News", "分类"],
        headimg: "https://picsum.photos/400/300?random=1234",
        author: "Hacker News",
        comments: "false",
        date: "2021-05-16 04:16:04", // text, not a Date read as UTC
        thumbnail: "https://picsum.photos/400/300?random=1234",
      },
    ],
    [
      "intermediate.md",
      {
        title: "第3话 - 示例的宴会",
        categories: ["二次元", "AcFun", "— 番剧"],
        author: "AcFun",
        comments: "false",
        date: "Mon, 01 Oct 2018 11:50:50 GMT",
        thumbnail: "https://img.example.com/acfun/content/2018_09_30/0001.png",
      },
    ],
    [
      "legacy.md",
      {
        title: "7화 예시",
        categories: ["二次元", "Webtoons - [Naver](https://comic.example.com)"],
        author: "Webtoons - [Naver](https://comic.example.com)",
        comments: "false",
        date: "Fri, 03 Apr 2015 00:00:00 GMT",
        thumbnail: "https://img.example.com/webtoon/guide.png",
      },
    ],
    [
      "legacy-empty-thumbnail.md",
      {
        title: "2019 回顾 & 清单",
        categories: ["二次元", "示例站 - 用户日志"],
        author: "示例站 - 用户日志",
        comments: "false",
        date: "2021-03-22 05:05:07",
        thumbnail: null,
      },
    ],
  ])("reads %s", (name, data) => {
    const read = readFrontMatter(fixture(name));
    expect(read.data).toEqual(data);
    expect(read.problems).toEqual([]);
    expect(read.body).toMatch(/^\n<div> {3}\n/);
    expect(read.body.endsWith(BODY_END)).toBe(true);
  });
});

describe("readFrontMatter on front matter that is not YAML", () => {
  it.each([
    [
      "invalid-quotes.md",
      {
        title: "第3集",
        categories: ["二次元", "示例动漫 - 番剧详情"],
        author: "示例动漫 - 番剧详情",
        comments: "false",
        date: "2021-03-22 04:50:47",
        thumbnail: "",
      },
      { line: 3, value: `title: """""""'第3集'"""""""` },
    ],
    [
      "invalid-multiline.md",
      {
        title: "2021年04月18日 割引終了 示例専売 示例・『茶』パックVol.2",
        categories: ["二次元", "示例商店 - 当前日期发售的新产品"],
        author: "示例商店 - 当前日期发售的新产品",
        comments: "false",
        date: "Fri, 01 Jan 0900 00:00:00 GMT",
        thumbnail: "https://img.example.com/work/RJ000001_img_main_240x240.jpg",
      },
      { line: 14, value: "categories: " },
    ],
  ])("recovers %s line by line, with a warning", (name, data, { line, value }) => {
    const read = readFrontMatter(fixture(name));
    expect(read.data).toEqual(data);
    expect(read.body.endsWith(BODY_END)).toBe(true);
    expect(read.problems).toEqual([
      {
        field: "front matter",
        value,
        message: expect.stringMatching(
          new RegExp(
            `^is not valid YAML at line ${line} \\(.+\\); its known keys \\(title, .*\\) were read line by line$`,
          ),
        ),
      },
    ]);
  });
});

describe("readFrontMatter on the text around the front matter", () => {
  const post = "---\ntitle: 'T'\n---\n<p>body</p>\n";

  it.each([
    ["no newline before ---", post],
    ["one newline before ---", `\n${post}`],
    ["several newlines and spaces before ---", `\n\n  \t\n${post}`],
    ["a BOM", `\uFEFF\n${post}`],
    ["CRLF line ends", `\n${post}`.replaceAll("\n", "\r\n")],
    ["lone CR line ends", `\n${post}`.replaceAll("\n", "\r")],
    ["spaces after the delimiters", "---  \ntitle: 'T'\n--- \n<p>body</p>\n"],
  ])("reads a post with %s", (_, text) => {
    expect(readFrontMatter(text)).toEqual({ data: { title: "T" }, body: "<p>body</p>\n", problems: [] });
  });

  it.each([
    ["empty front matter", "\n---\n---\nbody", {}, "body"],
    ["only a comment", "\n---\n# nothing here\n---\nbody", {}, "body"],
    ["a --- in the body", "---\ntitle: T\n---\na\n---\nb", { title: "T" }, "a\n---\nb"],
    ["no body", "---\ntitle: T\n---", { title: "T" }, ""],
    [
      "a key that is not YAML 1.1 boolean-typed",
      "---\ntitle: yes\ncomments: false\n---\n",
      { title: "yes", comments: "false" },
      "",
    ],
    ["a number-like title", "---\ntitle: 1984\n---\n", { title: "1984" }, ""],
  ])("reads %s", (_, text, data, body) => {
    expect(readFrontMatter(text)).toEqual({ data, body, problems: [] });
  });

  it.each([
    [
      "no front matter",
      fixture("no-front-matter.md"),
      'is missing (no "---" line at the start); the whole file is the body',
    ],
    [
      "a front matter language line",
      "---js\n{ title: 'x' }\n---\nbody",
      'is missing (no "---" line at the start); the whole file is the body',
    ],
    [
      "no closing ---",
      "\n---\ntitle: T\n\n<div>body</div>",
      'has no closing "---" line; the whole file is the body',
    ],
  ])("keeps a file with %s as all body, with a warning", (_, text, message) => {
    expect(readFrontMatter(text)).toEqual({
      data: {},
      body: text,
      problems: [{ field: "front matter", value: "", message }],
    });
  });

  it.each([
    ["a list", "---\n- a\n- b\n---\n"],
    ["a string", "---\njust words\n---\n"],
  ])("recovers front matter that is %s, not a mapping", (_, text) => {
    expect(readFrontMatter(text).problems).toEqual([
      { field: "front matter", value: "", message: expect.stringMatching(/^is not a mapping of keys; /) },
    ]);
  });

  it("recovers duplicate keys, keeping the first", () => {
    const read = readFrontMatter("---\ntitle: First\ntitle: Second\n---\n");
    expect(read.data).toEqual({ title: "First" });
    expect(read.problems[0]?.message).toMatch(/^is not valid YAML at line 3 \(duplicated mapping key\)/);
  });

  it("leaves gray-matter's per-input cache empty, which would hold every post of a build", () => {
    readFrontMatter(fixture("current.md"));
    readFrontMatter(fixture("legacy.md"));
    expect(Object.keys((matter as unknown as { cache: Record<string, unknown> }).cache)).toEqual([]);
  });
});
