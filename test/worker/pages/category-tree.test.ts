import { describe, expect, it } from "vitest";
import { renderCategoryTree } from "../../../src/worker/pages/category-tree.ts";
import { BUNDLE, CATEGORY, EMPTY_SITE, TREE_LABELS } from "./fixture.ts";
import { select } from "./select.ts";

const SINA = `/categories/${encodeURIComponent("金融")}/${encodeURIComponent("新浪财经")}/`;

describe("renderCategoryTree", () => {
  it("nests every category under its parent, in the bundle's order", async () => {
    const tree = renderCategoryTree(BUNDLE, CATEGORY.root)?.toString() ?? "";
    expect(await select(tree, "ul")).toHaveLength(5);
    const names = await select(tree, "li > a:first-child");
    expect(names.map(({ text }) => text)).toEqual(TREE_LABELS);
    expect(await select(tree, "ul ul ul li > a:first-child")).toMatchObject([{ text: "国内" }]);
  });

  it("gives each category its count and its three feeds", async () => {
    const tree = renderCategoryTree(BUNDLE, CATEGORY.金融)?.toString() ?? "";
    expect((await select(tree, ".count")).map(({ text }) => text)).toEqual(["（5 篇）", "（3 篇）"]);
    const feeds = await select(tree, ".feeds a");
    expect(feeds.slice(0, 3).map(({ attrs }) => attrs.href)).toEqual([
      `${SINA}rss.xml`,
      `${SINA}atom.xml`,
      `${SINA}feed.json`,
    ]);
  });

  it.each([
    ["a leaf", BUNDLE, CATEGORY.国内],
    ["a bundle without categories", EMPTY_SITE.bundle, CATEGORY.root],
  ])("is null for %s", (_, bundle, category) => {
    expect(renderCategoryTree(bundle, category)).toBeNull();
  });
});
