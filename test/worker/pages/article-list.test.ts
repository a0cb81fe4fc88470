import { describe, expect, it } from "vitest";
import { renderArticleList } from "../../../src/worker/pages/article-list.ts";
import { BUNDLE } from "./fixture.ts";
import { select } from "./select.ts";

const list = renderArticleList(
  BUNDLE,
  BUNDLE.articles.slice(0, 5),
  "Asia/Shanghai",
  "https://news.example.com",
).toString();

describe("renderArticleList", () => {
  it("links each title to its article", async () => {
    const titles = await select(list, ".entry h2 a");
    expect(titles.map(({ attrs }) => attrs.href)).toEqual([
      "/articles/mt-001",
      "/articles/hn-001",
      "/articles/fan-001",
      "/articles/sina-002",
      "/articles/fin-001",
    ]);
    expect(titles[1]?.text).toBe(`<script>alert("x")</script> 'Show HN'`);
  });

  it("shows the date in the site's zone, or that it is unknown, and the category path", async () => {
    expect((await select(list, ".entry .meta")).slice(0, 3).map(({ text }) => text)).toEqual([
      "2021-08-21 00:30 · 金融 › 新浪财经 › 国内",
      "2021-08-20 18:00 · 科技 › Hacker News",
      "日期不详 · 动漫 › 番剧",
    ]);
  });

  it("shows images through the proxy: the first eagerly, then lazily, sized when known", async () => {
    expect((await select(list, "img")).map(({ attrs }) => attrs)).toEqual([
      {
        src: "https://news.example.com/img/3f9a.jpg",
        alt: "",
        width: "640",
        height: "360",
        decoding: "async",
      },
      { src: "https://news.example.com/img/77aa", alt: "", loading: "lazy", decoding: "async" },
    ]);
  });

  it("shows summaries, escaped", async () => {
    expect(list).toContain("<p>茅台 &amp; 五粮液：&quot;白酒&quot; &lt;涨停&gt;的摘要</p>");
  });

  it("says so when there is nothing to list", () => {
    expect(renderArticleList(BUNDLE, [], "UTC", "https://news.example.com").toString()).toBe(
      "<p>暂无文章。</p>",
    );
  });
});
