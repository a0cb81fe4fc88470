import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../src/build/front-matter.ts";
import { type PostContext, readPostMeta } from "../../src/build/post-meta.ts";

const now = new Date("2024-06-01T00:00:00Z");
const context = (source = "sina/post-1.md", timeZone = "UTC"): PostContext => ({ source, timeZone, now });
const fixture = (name: string) =>
  readFrontMatter(readFileSync(new URL(`fixtures/front-matter/${name}`, import.meta.url), "utf8")).data;
const dated = { date: "2021-08-20T06:36:14Z", dated: true };

describe("readPostMeta on each template generation", () => {
  it.each([
    [
      "current.md",
      "UTC",
      {
        title: '"示例"城市推行电子证照 4项措施9月起分批实施',
        author: "示例财经",
        categories: ["金融", "示例财经", "示例财经－国內"],
        date: "2021-08-20T06:36:14Z",
        dated: true,
        images: ["https://img.example.com/finance/2021/0820/cover.jpg"],
      },
    ],
    [
      "current-double-quoted.md",
      "Asia/Shanghai",
      {
        title: "An example's guide to tiny URLs_ why not_",
        author: "Hacker News",
        categories: ["编程", "Hacker News", "分类"],
        date: "2021-05-15T20:16:04Z",
        dated: true,
        images: ["https://picsum.photos/400/300?random=1234"],
      },
    ],
    [
      "intermediate.md",
      "UTC",
      {
        title: "第3话 - 示例的宴会",
        author: "AcFun",
        categories: ["二次元", "AcFun", "— 番剧"],
        date: "2018-10-01T11:50:50Z",
        dated: true,
        images: ["https://img.example.com/acfun/content/2018_09_30/0001.png"],
      },
    ],
    [
      "legacy.md",
      "UTC",
      {
        title: "7화 예시",
        author: "Webtoons - Naver",
        categories: ["二次元", "Webtoons - [Naver](https://comic.example.com)"],
        date: "2015-04-03T00:00:00Z",
        dated: true,
        images: ["https://img.example.com/webtoon/guide.png"],
      },
    ],
    [
      "legacy-empty-thumbnail.md",
      "UTC",
      {
        title: "2019 回顾 & 清单",
        author: "示例站 - 用户日志",
        categories: ["二次元", "示例站 - 用户日志"],
        date: "2021-03-22T05:05:07Z",
        dated: true,
        images: [],
      },
    ],
    [
      "invalid-quotes.md",
      "UTC",
      {
        title: "第3集",
        author: "示例动漫 - 番剧详情",
        categories: ["二次元", "示例动漫 - 番剧详情"],
        date: "2021-03-22T04:50:47Z",
        dated: true,
        images: [],
      },
    ],
  ])("reads %s (site zone %s)", (name, timeZone, meta) => {
    expect(readPostMeta(fixture(name), context(`x/${name}`, timeZone))).toEqual({ meta, problems: [] });
  });

  it("dates the multi-line legacy post from its file name, as its year is 0900", () => {
    const read = readPostMeta(fixture("invalid-multiline.md"), context("legacy-x/2021-04-18-x-vol2.md"));
    expect(read.meta).toMatchObject({ title: "2021年04月18日 割引終了 示例専売 示例・『茶』パックVol.2" });
    expect(read.meta).toMatchObject({ date: "2021-04-18T00:00:00Z", dated: true });
    expect(read.problems).toEqual([
      {
        field: 'front matter "date"',
        value: "Fri, 01 Jan 0900 00:00:00 GMT",
        message: "is before 1990; the post is dated 2021-04-18 from its file name",
      },
    ]);
  });

  it("keeps a post without front matter, titled from its file name and undated", () => {
    const read = readPostMeta(fixture("no-front-matter.md"), context("notes/no-front-matter.md"));
    expect(read.meta).toEqual({
      title: "no-front-matter",
      author: "",
      categories: [],
      date: "1970-01-01T00:00:00Z",
      dated: false,
      images: [],
    });
    expect(read.problems.map((problem) => problem.field)).toEqual([
      'front matter "title"',
      'front matter "date"',
    ]);
  });
});

describe("readPostMeta field by field", () => {
  const base = { title: "T", date: "2021-08-20T06:36:14Z" };

  it.each([
    ["<b>Bold</b> &amp; more", "Bold & more"],
    ["<script>alert(1)</script>", "alert(1)"],
    ["  spaced \n out  ", "spaced out"],
    ["1 < 2", "1 < 2"],
    ["魔卡少⼥樱", "魔卡少女樱"],
    ["20 years after 9_11_ Will we_", "20 years after 9_11_ Will we_"],
  ])("reads the title %j as %j", (raw, title) => {
    expect(readPostMeta({ ...base, title: raw }, context())).toEqual({
      meta: { title, author: "", categories: [], ...dated, images: [] },
      problems: [],
    });
  });

  it.each([
    ["is missing", undefined, "", "sina/post-1.md", "post-1"],
    ["is missing", null, "", "legacy/2021-04-18-dlsite-vol1.md", "2021-04-18-dlsite-vol1"],
    ["is empty", "", "", "a/b.c.md", "b.c"],
    ["is empty", "<b> </b>\u0000", "<b> </b>\u0000", "a/&amp;.md", "&"],
    ["is a list, not text", ["a", "b"], "", "a/x.markdown", "x"],
    ["is a mapping, not text", { text: "a" }, "", "a/x", "x"],
    ["is a number, not text", 1984, "", "a/.md", ".md"],
  ])("titles a post whose title %s from its file name", (problem, value, written, source, title) => {
    expect(readPostMeta({ ...base, title: value }, context(source))).toEqual({
      meta: { title, author: "", categories: [], ...dated, images: [] },
      problems: [
        {
          field: 'front matter "title"',
          value: written,
          message: `${problem}; the post is titled ${JSON.stringify(title)} from its file name`,
        },
      ],
    });
  });

  it.each([
    ["新浪财经", "新浪财经"],
    ["Webtoons - [Naver](https://comic.naver.com)", "Webtoons - Naver"],
    ["A &amp; B", "A & B"],
    [null, ""],
    ["", ""],
  ])("reads the author %j as %j", (raw, author) => {
    expect(readPostMeta({ ...base, author: raw }, context()).meta.author).toBe(author);
  });

  it("reports an author that is a list", () => {
    expect(readPostMeta({ ...base, author: ["a"] }, context())).toMatchObject({
      meta: { author: "" },
      problems: [
        { field: 'front matter "author"', value: "", message: "is a list, not text; the post has no author" },
      ],
    });
  });

  it.each([
    ["both, the same", { headimg: "https://a/1.jpg", thumbnail: "https://a/1.jpg" }, ["https://a/1.jpg"]],
    [
      "both, different",
      { headimg: "https://a/1.jpg", thumbnail: "https://a/2.jpg" },
      ["https://a/1.jpg", "https://a/2.jpg"],
    ],
    ["thumbnail only", { thumbnail: " https://a/2.jpg " }, ["https://a/2.jpg"]],
    ["empty and null", { headimg: "", thumbnail: null }, []],
    [
      "placeholders, raw",
      { headimg: "https://www.jianshu.com/p/undefined" },
      ["https://www.jianshu.com/p/undefined"],
    ],
  ])("lists images: %s", (_, fields, images) => {
    expect(readPostMeta({ ...base, ...fields }, context())).toMatchObject({ meta: { images }, problems: [] });
  });

  it("reports an image that is not text", () => {
    expect(
      readPostMeta({ ...base, headimg: { url: "x" }, thumbnail: "https://a/2.jpg" }, context()),
    ).toMatchObject({
      meta: { images: ["https://a/2.jpg"] },
      problems: [
        { field: 'front matter "headimg"', value: "", message: "is a mapping, not a URL; it is ignored" },
      ],
    });
  });

  it("reports problems in field order", () => {
    const read = readPostMeta({ title: [], author: [], categories: {}, date: "x", thumbnail: [] }, context());
    expect(read.problems.map((problem) => problem.field)).toEqual([
      'front matter "title"',
      'front matter "author"',
      'front matter "categories"',
      'front matter "date"',
      'front matter "thumbnail"',
    ]);
  });
});
