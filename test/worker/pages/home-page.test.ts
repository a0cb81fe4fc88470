import { describe, expect, it } from "vitest";
import { renderHomePage } from "../../../src/worker/pages/home-page.ts";
import { EMPTY_SITE, ORIGIN, SETTINGS, SITE, TREE_LABELS } from "./fixture.ts";
import { alternatesOf, expectSafeDocument, readAlternates } from "./page-checks.ts";
import { select, selectTexts } from "./select.ts";

// 12 articles, 5 to a page: pages 1 and 2 are full, page 3 has 2.
const render = (page: number) => renderHomePage(SITE, SETTINGS, ORIGIN, page) ?? "";

describe("renderHomePage", () => {
  it.each([1, 2, 3])("page %i is a safe, complete document", async (page) => {
    await expectSafeDocument(render(page));
  });

  it("names the site and describes it", async () => {
    const page = render(1);
    expect(await selectTexts(page, "title")).toEqual(["今日 & 明日"]);
    expect(await selectTexts(page, "h1")).toEqual(["今日 & 明日"]);
    expect(await selectTexts(page, ".site-description")).toEqual(["新闻、问答与动漫游戏资讯"]);
  });

  it("announces the site's feeds by absolute URL", async () => {
    expect(await readAlternates(render(2))).toEqual(alternatesOf("/"));
  });

  it("is its own canonical, page by page", async () => {
    expect(await select(render(1), 'link[rel="canonical"]')).toMatchObject([
      { attrs: { href: `${ORIGIN}/` } },
    ]);
    expect(await select(render(2), 'link[rel="canonical"]')).toMatchObject([
      { attrs: { href: `${ORIGIN}/?page=2` } },
    ]);
  });

  it.each<[number, string[], number]>([
    [1, ["mt-001", "hn-001", "fan-001", "sina-002", "fin-001"], 5],
    [2, ["hn-002", "fan-002", "sina-003", "tech-001", "sina-004"], 5],
    [3, ["sina-005", "misc-001"], 2],
  ])("page %i lists the next articles, newest first", async (page, ids, count) => {
    const links = await select(render(page), ".entry h2 a");
    expect(links.map(({ attrs }) => attrs.href)).toEqual(ids.map((id) => `/articles/${id}`));
    expect(links).toHaveLength(count);
  });

  it.each<[number, Record<string, string>]>([
    [1, { next: "/?page=2" }],
    [2, { prev: "/", next: "/?page=3" }],
    [3, { prev: "/?page=2" }],
  ])("page %i links only to the pages that exist", async (page, expected) => {
    const links = await select(render(page), "a[rel]");
    expect(Object.fromEntries(links.map(({ attrs }) => [attrs.rel, attrs.href]))).toEqual(expected);
  });

  it("shows the category tree with each category's feeds, and the OPML", async () => {
    const page = render(1);
    expect(await selectTexts(page, ".category-tree li > a:first-child")).toEqual(TREE_LABELS);
    expect(await select(page, ".category-tree .feeds a")).toHaveLength(21);
    expect(await select(page, 'a[href="/opml.xml"]')).toHaveLength(1);
    expect((await select(page, ".site-footer .feeds a")).map(({ attrs }) => attrs.href)).toEqual([
      "/rss.xml",
      "/atom.xml",
      "/feed.json",
    ]);
  });

  it("escapes hostile titles", async () => {
    const page = render(1);
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;Show HN&#39;");
    expect(page).toContain("茅台 &amp; 五粮液：&quot;白酒&quot; &lt;涨停&gt;");
  });

  it.each([0, 4, 1000])("has no page %i", (page) => {
    expect(renderHomePage(SITE, SETTINGS, ORIGIN, page)).toBeNull();
  });

  it("still has a first page when there is nothing at all", async () => {
    const page = renderHomePage(EMPTY_SITE, SETTINGS, ORIGIN, 1) ?? "";
    await expectSafeDocument(page);
    expect(await selectTexts(page, "main p")).toEqual(["暂无文章。"]);
    expect(await select(page, ".pager")).toEqual([]);
    expect(await select(page, ".category-tree")).toEqual([]);
  });

  it("takes its language from the settings", async () => {
    await expectSafeDocument(
      renderHomePage(SITE, { ...SETTINGS, language: "zh-TW" }, ORIGIN, 1) ?? "",
      "zh-TW",
    );
  });
});
