import { describe, expect, it } from "vitest";
import { renderFeedAlternates, renderFeedLinks } from "../../../src/worker/pages/feed-links.ts";
import { ORIGIN } from "./fixture.ts";
import { select } from "./select.ts";

const FINANCE = `/categories/${encodeURIComponent("金融")}/`;

describe("renderFeedAlternates", () => {
  it("links the scope's three feeds by absolute URL, with types and titles", async () => {
    const links = await select(renderFeedAlternates(ORIGIN, FINANCE, "站 › 金融").toString(), "link");
    expect(links.map(({ attrs }) => attrs)).toEqual([
      {
        rel: "alternate",
        type: "application/rss+xml",
        title: "站 › 金融 (RSS)",
        href: `${ORIGIN}${FINANCE}rss.xml`,
      },
      {
        rel: "alternate",
        type: "application/atom+xml",
        title: "站 › 金融 (Atom)",
        href: `${ORIGIN}${FINANCE}atom.xml`,
      },
      {
        rel: "alternate",
        type: "application/feed+json",
        title: "站 › 金融 (JSON Feed)",
        href: `${ORIGIN}${FINANCE}feed.json`,
      },
    ]);
  });
});

describe("renderFeedLinks", () => {
  it.each([
    ["/", ["/rss.xml", "/atom.xml", "/feed.json"]],
    [FINANCE, [`${FINANCE}rss.xml`, `${FINANCE}atom.xml`, `${FINANCE}feed.json`]],
  ])("links %s's feeds root-relative", async (scope, hrefs) => {
    const links = await select(renderFeedLinks(scope).toString(), "a");
    expect(links.map(({ attrs }) => attrs.href)).toEqual(hrefs);
    expect(links.map(({ text }) => text)).toEqual(["RSS", "Atom", "JSON Feed"]);
  });
});
