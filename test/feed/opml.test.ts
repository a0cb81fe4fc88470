import { parseOpml } from "feedsmith";
import { describe, expect, it } from "vitest";
import { type FeedScope, type OpmlDocument, type OpmlFormat, renderOpml } from "../../src/feed/opml.ts";
import { isAbsoluteUrl } from "./feed-cases.ts";
import { parseWithListparser } from "./python-parsers.ts";
import { allElements, childrenNamed, onlyChild, parseXml, type XmlElement } from "./xml-tree.ts";

const SITE = "https://news.example.com";

function scope(label: string, path: string, children: FeedScope[] = []): FeedScope {
  return {
    label,
    homeUrl: `${SITE}${path}`,
    feedUrls: {
      rss: `${SITE}${path}/rss.xml`,
      atom: `${SITE}${path}/atom.xml`,
      json: `${SITE}${path}/feed.json`,
    },
    children,
  };
}

const TREE = scope("Edgefeed", "", [
  scope("金融", "/c/jr", [
    scope("新浪财经", "/c/jr/sina", [
      scope("新浪财经－国內", "/c/jr/sina/gn"),
      scope("新浪财经－国际", "/c/jr/sina/gj?x=1&y=2"),
    ]),
  ]),
  scope("番剧", "/c/fanju"),
  scope('R&D <实验> "一"\u0001', "/c/rd"),
]);

function listDocument(overrides: Partial<OpmlDocument> = {}): OpmlDocument {
  return {
    title: "Edgefeed & 朋友",
    ownerName: "Edgefeed",
    dateModified: "2021-08-20T06:36:14Z",
    root: TREE,
    ...overrides,
  };
}

/** Each subscription a reader should import: its title, feed URL and folder path. */
function expectedFeeds(format: OpmlFormat): { title: string; url: string; folders: string[] }[] {
  const feed = (path: string) =>
    `${SITE}${path}/${{ rss: "rss.xml", atom: "atom.xml", json: "feed.json" }[format]}`;
  return [
    { title: "Edgefeed", url: feed(""), folders: [] },
    { title: "金融", url: feed("/c/jr"), folders: ["金融"] },
    { title: "新浪财经", url: feed("/c/jr/sina"), folders: ["金融", "新浪财经"] },
    { title: "新浪财经－国內", url: feed("/c/jr/sina/gn"), folders: ["金融", "新浪财经"] },
    { title: "新浪财经－国际", url: feed("/c/jr/sina/gj?x=1&y=2"), folders: ["金融", "新浪财经"] },
    { title: "番剧", url: feed("/c/fanju"), folders: [] },
    { title: 'R&D <实验> "一"', url: feed("/c/rd"), folders: [] },
  ];
}

function outlines(element: XmlElement): XmlElement[] {
  return childrenNamed(element, "outline");
}

describe("renderOpml", () => {
  it("has an OPML 2.0 head", () => {
    const opml = parseXml(renderOpml(listDocument()));
    expect([opml.name, opml.attributes.version]).toEqual(["opml", "2.0"]);
    const head = onlyChild(opml, "head");
    expect(onlyChild(head, "title").text).toBe("Edgefeed & 朋友");
    expect(onlyChild(head, "dateModified").text).toBe("Fri, 20 Aug 2021 06:36:14 GMT");
    expect(onlyChild(head, "ownerName").text).toBe("Edgefeed");
    expect(onlyChild(head, "docs").text).toBe("http://opml.org/spec2.opml");
  });

  it("leaves out an empty owner and date", () => {
    const head = onlyChild(parseXml(renderOpml(listDocument({ ownerName: "", dateModified: "" }))), "head");
    expect(head.children.map((child) => child.name)).toEqual(["title", "docs"]);
  });

  it("nests categories with sub-categories as folders holding their own feed first", () => {
    const body = onlyChild(parseXml(renderOpml(listDocument())), "body");
    const shape = (element: XmlElement): unknown =>
      element.attributes.xmlUrl === undefined
        ? { folder: element.attributes.text, children: outlines(element).map(shape) }
        : element.attributes.text;
    expect(outlines(body).map(shape)).toEqual([
      "Edgefeed",
      {
        folder: "金融",
        children: [
          "金融",
          { folder: "新浪财经", children: ["新浪财经", "新浪财经－国內", "新浪财经－国际"] },
        ],
      },
      "番剧",
      'R&D <实验> "一"',
    ]);
  });

  it.each(["rss", "atom", "json"] as const)(
    "subscribes to the %s feeds, as OPML 2.0 subscription lists say",
    (format) => {
      const body = onlyChild(parseXml(renderOpml(listDocument(), format)), "body");
      const all = allElements(body).filter((element) => element.name === "outline");
      const subscriptions = all.filter((element) => element.attributes.xmlUrl !== undefined);
      expect(subscriptions.map((s) => s.attributes.xmlUrl)).toEqual(
        expectedFeeds(format).map((feed) => feed.url),
      );
      for (const outline of all) {
        expect(outline.attributes.text).not.toBe("");
        if (outline.attributes.xmlUrl === undefined) {
          // A folder: text, no xmlUrl, and something inside.
          expect(outlines(outline).length).toBeGreaterThan(0);
          continue;
        }
        expect(outline.attributes.type).toBe("rss");
        expect(outline.attributes.title).toBe(outline.attributes.text);
        expect(outlines(outline)).toEqual([]);
        expect(isAbsoluteUrl(outline.attributes.xmlUrl)).toBe(true);
        expect(isAbsoluteUrl(outline.attributes.htmlUrl ?? "")).toBe(true);
      }
    },
  );

  it("lists a site without categories as one subscription", () => {
    const body = onlyChild(parseXml(renderOpml(listDocument({ root: scope("Edgefeed", "") }))), "body");
    expect(outlines(body).map((outline) => outline.attributes.xmlUrl)).toEqual([`${SITE}/rss.xml`]);
  });
});

const READERS: [string, (xml: string) => { title: string; feeds: ReturnType<typeof expectedFeeds> }][] = [
  [
    "feedsmith",
    (xml) => {
      const opml = parseOpml(xml);
      type Outline = NonNullable<NonNullable<typeof opml.body>["outlines"]>[number];
      const feeds: ReturnType<typeof expectedFeeds> = [];
      const walk = (list: Outline[], folders: string[]) => {
        for (const outline of list) {
          if (outline.xmlUrl !== undefined)
            feeds.push({ title: outline.text ?? "", url: outline.xmlUrl, folders });
          walk(
            outline.outlines ?? [],
            outline.xmlUrl === undefined ? [...folders, outline.text ?? ""] : folders,
          );
        }
      };
      walk(opml.body?.outlines ?? [], []);
      return { title: opml.head?.title ?? "", feeds };
    },
  ],
  [
    "python3-listparser",
    (xml) => {
      const list = parseWithListparser(xml);
      expect(list.bozoException).toBe("");
      expect([list.bozo, list.version]).toEqual([false, "opml2"]);
      return {
        title: list.title ?? "",
        feeds: list.feeds.map((feed) => ({
          title: feed.title,
          url: feed.url,
          folders: feed.categories[0] ?? [],
        })),
      };
    },
  ],
];

describe.each(READERS)("renderOpml, read by %s", (_, read) => {
  it.each(["rss", "atom", "json"] as const)("imports every %s feed into its folder", (format) => {
    expect(read(renderOpml(listDocument(), format))).toEqual({
      title: "Edgefeed & 朋友",
      feeds: expectedFeeds(format),
    });
  });
});
