import { describe, expect, it } from "vitest";
import { renderArticlePage } from "../../../src/worker/pages/article-page.ts";
import { ORIGIN, RICH_HTML, SETTINGS, SITE } from "./fixture.ts";
import { alternatesOf, expectSafeDocument, readAlternates } from "./page-checks.ts";
import { select, selectTexts } from "./select.ts";

const FINANCE = `/categories/${encodeURIComponent("金融")}/`;
const SINA = `${FINANCE}${encodeURIComponent("新浪财经")}/`;
const DOMESTIC = `${SINA}${encodeURIComponent("国内")}/`;

const render = (id: string) => renderArticlePage(SITE, SETTINGS, ORIGIN, SITE.articleById.get(id) ?? -1);

describe("renderArticlePage", () => {
  it.each(SITE.bundle.articles.map((article) => article.id))(
    "%s is a safe, complete document",
    async (id) => {
      await expectSafeDocument(render(id));
    },
  );

  it("shows the title, date in the site's zone and author, escaped", async () => {
    const page = render("mt-001");
    expect(await selectTexts(page, "title")).toEqual(['茅台 & 五粮液："白酒" <涨停> - 今日 & 明日']);
    expect(await selectTexts(page, "article h1")).toEqual(['茅台 & 五粮液："白酒" <涨停>']);
    expect(page).toContain("<h1>茅台 &amp; 五粮液：&quot;白酒&quot; &lt;涨停&gt;</h1>");
    expect(await select(page, "article time")).toEqual([
      { attrs: { datetime: "2021-08-20T16:30:00Z" }, text: "2021-08-21 00:30" },
    ]);
    expect(await selectTexts(page, "article > .meta")).toEqual(["2021-08-21 00:30 · 作者：新浪财经 & 记者"]);
  });

  it("says the date is unknown for an undated article, and leaves out an empty author", async () => {
    expect(await selectTexts(render("fan-001"), "article > .meta")).toEqual(["日期不详"]);
  });

  it("never lets a title out of its element", async () => {
    const page = render("hn-001");
    expect(await selectTexts(page, "article h1")).toEqual([`<script>alert("x")</script> 'Show HN'`]);
    expect(page).not.toContain("<script>");
  });

  it("includes the cleaned content, its images by absolute URL through the proxy", () => {
    const content = RICH_HTML.replaceAll('src="/img/', `src="${ORIGIN}/img/`);
    expect(content).not.toBe(RICH_HTML);
    expect(render("mt-001")).toContain(`<div class="content">\n${content}\n</div>`);
  });

  it("has breadcrumbs linking every category up to its own", async () => {
    const page = render("mt-001");
    expect(await selectTexts(page, ".breadcrumbs li")).toEqual(["首页", "› 金融", "› 新浪财经", "› 国内"]);
    expect((await select(page, ".breadcrumbs a")).map(({ attrs }) => attrs.href)).toEqual([
      "/",
      FINANCE,
      SINA,
      DOMESTIC,
    ]);
  });

  it("has an absolute canonical URL", async () => {
    expect(await select(render("mt-001"), 'link[rel="canonical"]')).toMatchObject([
      { attrs: { href: `${ORIGIN}/articles/mt-001` } },
    ]);
  });

  it("announces and links its category's feeds", async () => {
    const page = render("mt-001");
    expect(await readAlternates(page)).toEqual(alternatesOf(DOMESTIC));
    expect(await selectTexts(page, "main > .meta")).toEqual([
      "订阅「金融 › 新浪财经 › 国内」：RSS · Atom · JSON Feed",
    ]);
    expect((await select(page, "main > .meta a")).map(({ attrs }) => attrs.href)).toEqual([
      `${DOMESTIC}rss.xml`,
      `${DOMESTIC}atom.xml`,
      `${DOMESTIC}feed.json`,
    ]);
  });

  it("falls back to the site's feeds for an article outside every category", async () => {
    const page = render("misc-001");
    expect(await readAlternates(page)).toEqual(alternatesOf("/"));
    expect(await selectTexts(page, ".breadcrumbs li")).toEqual(["首页"]);
    expect(await selectTexts(page, "main > .meta")).toEqual(["订阅全站：RSS · Atom · JSON Feed"]);
  });

  it("describes itself with its summary", async () => {
    expect(await select(render("sina-002"), 'meta[name="description"]')).toMatchObject([
      { attrs: { content: "央行：保持流动性合理充裕的摘要" } },
    ]);
  });

  it("refuses an article that does not exist", () => {
    expect(() => renderArticlePage(SITE, SETTINGS, ORIGIN, 99)).toThrow(
      new RangeError("pages: there is no article 99"),
    );
  });
});
