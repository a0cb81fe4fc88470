import { describe, expect, it } from "vitest";
import { pageHref, renderPager } from "../../../src/worker/pages/pager.ts";
import { select } from "./select.ts";

describe("pageHref", () => {
  it.each([
    ["/", 1, "/"],
    ["/", 2, "/?page=2"],
    ["/categories/%E9%87%91%E8%9E%8D/", 3, "/categories/%E9%87%91%E8%9E%8D/?page=3"],
  ])("%s page %i -> %s", (path, page, expected) => {
    expect(pageHref(path, page)).toBe(expected);
  });
});

describe("renderPager", () => {
  it.each<[number, number, [string, string, string][]]>([
    [1, 3, [["next", "/?page=2", "较早"]]],
    [
      2,
      3,
      [
        ["prev", "/", "较新"],
        ["next", "/?page=3", "较早"],
      ],
    ],
    [3, 3, [["prev", "/?page=2", "较新"]]],
  ])("page %i of %i", async (page, pages, links) => {
    const nav = renderPager("/", page, pages)?.toString() ?? "";
    const found = await select(nav, "a");
    expect(found.map(({ attrs, text }) => [attrs.rel, attrs.href, text])).toEqual(links);
    expect(await select(nav, ".pager-position")).toMatchObject([{ text: `第 ${page} / ${pages} 页` }]);
  });

  it("is null when there is one page", () => {
    expect(renderPager("/", 1, 1)).toBeNull();
  });
});
