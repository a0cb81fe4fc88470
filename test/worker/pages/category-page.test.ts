import { describe, expect, it } from "vitest";
import { renderCategoryPage } from "../../../src/worker/pages/category-page.ts";
import { renderHomePage } from "../../../src/worker/pages/home-page.ts";
import { CATEGORY, ORIGIN, SETTINGS, SITE } from "./fixture.ts";
import { alternatesOf, expectSafeDocument, readAlternates } from "./page-checks.ts";
import { select, selectTexts } from "./select.ts";

const FINANCE = `/categories/${encodeURIComponent("金融")}/`;
const SINA = `${FINANCE}${encodeURIComponent("新浪财经")}/`;
const DOMESTIC = `${SINA}${encodeURIComponent("国内")}/`;

// 金融 holds 6 articles (its own and its descendants'): two pages of 5.
const render = (category: number, page = 1) =>
  renderCategoryPage(SITE, SETTINGS, ORIGIN, category, page) ?? "";

describe("renderCategoryPage", () => {
  it.each([
    ["金融", CATEGORY.金融],
    ["新浪财经", CATEGORY.新浪财经],
    ["国内", CATEGORY.国内],
    ["Hacker News", CATEGORY.hackerNews],
  ])("%s is a safe, complete document", async (_, category) => {
    await expectSafeDocument(render(category));
  });

  it("names the category, in the title and heading", async () => {
    const page = render(CATEGORY.新浪财经);
    expect(await selectTexts(page, "title")).toEqual(["金融 › 新浪财经 - 今日 & 明日"]);
    expect(await selectTexts(page, "h1")).toEqual(["新浪财经"]);
    expect(await select(page, ".site-name a")).toMatchObject([{ attrs: { href: "/" }, text: "今日 & 明日" }]);
  });

  it("has breadcrumbs from home", async () => {
    const page = render(CATEGORY.国内);
    expect(await selectTexts(page, ".breadcrumbs li")).toEqual(["首页", "› 金融", "› 新浪财经", "› 国内"]);
    expect((await select(page, ".breadcrumbs a")).map(({ attrs }) => attrs.href)).toEqual([
      "/",
      FINANCE,
      SINA,
    ]);
  });

  it("announces the category's feeds by absolute URL and links them", async () => {
    const page = render(CATEGORY.新浪财经);
    expect(await readAlternates(page)).toEqual(alternatesOf(SINA));
    expect(await select(page, 'link[rel="alternate"]')).toMatchObject([
      { attrs: { title: "今日 & 明日 › 金融 › 新浪财经 (RSS)" } },
      { attrs: { title: "今日 & 明日 › 金融 › 新浪财经 (Atom)" } },
      { attrs: { title: "今日 & 明日 › 金融 › 新浪财经 (JSON Feed)" } },
    ]);
    expect((await select(page, "main > .meta .feeds a")).map(({ attrs }) => attrs.href)).toEqual([
      `${SINA}rss.xml`,
      `${SINA}atom.xml`,
      `${SINA}feed.json`,
    ]);
  });

  it("lists its and its descendants' articles, newest first, and pages them", async () => {
    const first = render(CATEGORY.金融, 1);
    expect((await select(first, ".entry h2 a")).map(({ attrs }) => attrs.href)).toEqual(
      ["mt-001", "sina-002", "fin-001", "sina-003", "sina-004"].map((id) => `/articles/${id}`),
    );
    expect((await select(first, "a[rel]")).map(({ attrs }) => [attrs.rel, attrs.href])).toEqual([
      ["next", `${FINANCE}?page=2`],
    ]);
    const second = render(CATEGORY.金融, 2);
    expect(await selectTexts(second, ".entry h2 a")).toEqual(["美股前瞻"]);
    expect((await select(second, "a[rel]")).map(({ attrs }) => [attrs.rel, attrs.href])).toEqual([
      ["prev", FINANCE],
    ]);
    expect(await select(second, 'link[rel="canonical"]')).toMatchObject([
      { attrs: { href: `${ORIGIN}${FINANCE}?page=2` } },
    ]);
  });

  it("has no paging when one page holds everything", async () => {
    expect(await select(render(CATEGORY.国内), ".pager")).toEqual([]);
  });

  it("lists its subcategories, and none for a leaf", async () => {
    const page = render(CATEGORY.金融);
    expect(await selectTexts(page, "#subcategories")).toEqual(["子分类"]);
    expect((await select(page, ".category-tree li > a:first-child")).map(({ attrs }) => attrs.href)).toEqual([
      SINA,
      DOMESTIC,
    ]);
    expect(await select(render(CATEGORY.国内), ".category-tree")).toEqual([]);
  });

  it("has no page past the last", () => {
    expect(renderCategoryPage(SITE, SETTINGS, ORIGIN, CATEGORY.金融, 3)).toBeNull();
    expect(renderCategoryPage(SITE, SETTINGS, ORIGIN, CATEGORY.国内, 2)).toBeNull();
  });

  it("is the home page for the root", () => {
    expect(renderCategoryPage(SITE, SETTINGS, ORIGIN, CATEGORY.root, 2)).toBe(
      renderHomePage(SITE, SETTINGS, ORIGIN, 2),
    );
  });

  it("refuses a category that does not exist", () => {
    expect(() => renderCategoryPage(SITE, SETTINGS, ORIGIN, 99, 1)).toThrow(
      new RangeError("pages: there is no category 99"),
    );
  });
});
