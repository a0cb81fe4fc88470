import { describe, expect, it } from "vitest";
import {
  nameCategory,
  renderBreadcrumbs,
  renderCategoryLinks,
} from "../../../src/worker/pages/category-trail.ts";
import { BUNDLE, CATEGORY } from "./fixture.ts";
import { select } from "./select.ts";

const FINANCE = `/categories/${encodeURIComponent("金融")}/`;
const SINA = `${FINANCE}${encodeURIComponent("新浪财经")}/`;

describe("renderBreadcrumbs", () => {
  it("links home and every category above, and marks the current one", async () => {
    const nav = renderBreadcrumbs(BUNDLE, CATEGORY.新浪财经, { isCurrent: true }).toString();
    expect((await select(nav, "nav li")).map(({ text }) => text)).toEqual(["首页", "› 金融", "› 新浪财经"]);
    expect((await select(nav, "a")).map(({ attrs }) => attrs.href)).toEqual(["/", FINANCE]);
    expect(await select(nav, '[aria-current="page"]')).toMatchObject([{ text: "新浪财经" }]);
  });

  it("links every category from an article", async () => {
    const nav = renderBreadcrumbs(BUNDLE, CATEGORY.新浪财经, { isCurrent: false }).toString();
    expect((await select(nav, "a")).map(({ attrs }) => attrs.href)).toEqual(["/", FINANCE, SINA]);
    expect(await select(nav, "[aria-current]")).toEqual([]);
  });

  it("is just home for the root", async () => {
    const nav = renderBreadcrumbs(BUNDLE, CATEGORY.root, { isCurrent: false }).toString();
    expect(await select(nav, "li")).toMatchObject([{ text: "首页" }]);
  });
});

describe("renderCategoryLinks", () => {
  it.each([
    [CATEGORY.新浪财经, [FINANCE, SINA]],
    [
      CATEGORY.hackerNews,
      ["/categories/%E7%A7%91%E6%8A%80/", "/categories/%E7%A7%91%E6%8A%80/Hacker%20News/"],
    ],
    [CATEGORY.root, []],
  ])("category %i", async (category, hrefs) => {
    const links = await select(renderCategoryLinks(BUNDLE, category).toString(), "a");
    expect(links.map(({ attrs }) => attrs.href)).toEqual(hrefs);
  });
});

describe("nameCategory", () => {
  it.each([
    [CATEGORY.国内, "金融 › 新浪财经 › 国内"],
    [CATEGORY.金融, "金融"],
    [CATEGORY.root, ""],
  ])("category %i -> %j", (category, expected) => {
    expect(nameCategory(BUNDLE, category)).toBe(expected);
  });
});
