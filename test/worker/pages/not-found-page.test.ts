import { describe, expect, it } from "vitest";
import { renderNotFoundPage } from "../../../src/worker/pages/not-found-page.ts";
import { EMPTY_SITE, SETTINGS, SITE } from "./fixture.ts";
import { expectSafeDocument } from "./page-checks.ts";
import { select, selectTexts } from "./select.ts";

const page = renderNotFoundPage(SITE, SETTINGS, "没有 ID 为 <abc> 的文章。");

describe("renderNotFoundPage", () => {
  it("is a safe, complete document, kept out of search engines", async () => {
    await expectSafeDocument(page);
    expect(await select(page, 'meta[name="robots"]')).toMatchObject([{ attrs: { content: "noindex" } }]);
    expect(await select(page, 'link[rel="canonical"], link[rel="alternate"]')).toEqual([]);
  });

  it("says what was not found, escaped", async () => {
    expect(await selectTexts(page, "h1")).toEqual(["找不到这个页面"]);
    expect(await selectTexts(page, "main > p")).toContain("没有 ID 为 <abc> 的文章。");
    expect(page).toContain("没有 ID 为 &lt;abc&gt; 的文章。");
  });

  it("offers a way back: home, and every category", async () => {
    expect(await select(page, "main > p > a")).toMatchObject([{ attrs: { href: "/" }, text: "返回首页" }]);
    expect(await select(page, ".category-tree li > a:first-child")).toHaveLength(7);
  });

  it("still offers home when there are no categories", async () => {
    const bare = renderNotFoundPage(EMPTY_SITE, SETTINGS, "");
    await expectSafeDocument(bare);
    expect(await select(bare, "main a")).toMatchObject([{ attrs: { href: "/" } }]);
  });
});
