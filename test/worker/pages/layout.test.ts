import { describe, expect, it } from "vitest";
import { html } from "../../../src/worker/pages/html.ts";
import { renderLayout } from "../../../src/worker/pages/layout.ts";
import { ORIGIN, SETTINGS } from "./fixture.ts";
import { expectSafeDocument } from "./page-checks.ts";
import { select, selectTexts } from "./select.ts";

const main = html`<p>正文</p>`;

describe("renderLayout", () => {
  it("frames a page with only a title", async () => {
    const page = renderLayout(SETTINGS, { title: '标题 "<甲>"', main });
    await expectSafeDocument(page);
    expect(await selectTexts(page, "title")).toEqual(['标题 "<甲>"']);
    expect(await selectTexts(page, "main")).toEqual(["正文"]);
    expect(
      await select(page, 'meta[name="robots"], meta[name="description"], link[rel="canonical"]'),
    ).toEqual([]);
  });

  it("links the site's name home, except on the home page, where it is the heading", async () => {
    const other = renderLayout(SETTINGS, { title: "t", main });
    expect(await select(other, ".site-name a")).toMatchObject([
      { attrs: { href: "/" }, text: "今日 & 明日" },
    ]);
    expect(await select(other, "h1")).toEqual([]);
    const home = renderLayout(SETTINGS, { title: "t", main, isHome: true });
    expect(await selectTexts(home, "h1.site-name")).toEqual(["今日 & 明日"]);
    expect(await selectTexts(home, ".site-description")).toEqual(["新闻、问答与动漫游戏资讯"]);
  });

  it("writes the optional head parts, escaped", async () => {
    const page = renderLayout(SETTINGS, {
      title: "t",
      description: '摘要 "<乙>"',
      canonical: `${ORIGIN}/articles/a1`,
      isIndexable: false,
      main,
    });
    expect(await select(page, 'meta[name="description"]')).toMatchObject([
      { attrs: { content: '摘要 "<乙>"' } },
    ]);
    expect(page).toContain('content="摘要 &quot;&lt;乙&gt;&quot;"');
    expect(await select(page, 'link[rel="canonical"]')).toMatchObject([
      { attrs: { href: `${ORIGIN}/articles/a1` } },
    ]);
    expect(await select(page, 'meta[name="robots"]')).toMatchObject([{ attrs: { content: "noindex" } }]);
  });

  it("links the site's feeds and the OPML in the footer", async () => {
    const page = renderLayout(SETTINGS, { title: "t", main });
    expect((await select(page, "footer a")).map(({ attrs }) => attrs.href)).toEqual([
      "/rss.xml",
      "/atom.xml",
      "/feed.json",
      "/opml.xml",
    ]);
  });
});
