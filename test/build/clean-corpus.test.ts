/**
 * Every real post of the shared corpus through cleanHtml: no boilerplate survives, every sentence of
 * the article does, and so does every content image. The expected text and images are extracted here
 * from the raw HTML with regular expressions, independently of the cleaner's DOM walk.
 */

import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CleanedHtml, cleanHtml } from "../../src/build/clean-html.ts";
import { checkImageUrl, isSinaQrImage, normalizeImageUrl } from "../../src/build/image-url.ts";
import { corpusDir } from "../corpus-dir.ts";
import { ATTRIBUTE_MARKERS, BOILERPLATE_MARKERS, TAG_MARKERS } from "./boilerplate-markers.ts";
import { expectSafeHtml } from "./safe-html.ts";

const CORPUS = corpusDir();
const OPTIONS = { allowLoopbackImages: false };

/** Whole boilerplate blocks as the corpus writes them, removed before the expected text is taken. */
const BOILERPLATE_BLOCKS = [
  /<style\b[\s\S]*?<\/style>/gi,
  /<div class="clearfix appendQr_wrap">[\s\S]*?<\/div>\s*<\/div>/g,
  /<div class="app-kaihu-qr">[\s\S]*?<\/div>/g,
  /<p class="article-editor">[\s\S]*?<\/p>/g,
  /<blockquote><p>\u3000*炒股就看[\s\S]*?<\/blockquote>/g,
  /<div class="view-more">[\s\S]*?<\/div>/g,
  /<a [^>]*\bhidden\b[^>]*>[\s\S]*?<\/a>/g,
  /<span class="copy-code-btn">[\s\S]*?<\/span>/g,
  /<a [^>]*>(?:カートに追加|お気に入りに追加|無料サンプル)<\/a>/g,
  /<input\b[^>]*>/g,
  /<div class="image-caption">image<\/div>/g, // jianshu's caption for images it knows nothing about
];
const CODE_REGION = /<pre\b[^>]*>[\s\S]*?<\/pre>|<code\b[^>]*>[\s\S]*?<\/code>/gi;
const BLOCK_TAG =
  /<\/?(?:p|div|br|li|ul|ol|h\d|tr|td|th|table|blockquote|pre|figure|figcaption|dl|dt|dd|hr)\b[^>]*>/gi;

interface Post {
  name: string;
  body: string;
}

function readPosts(): Post[] {
  const posts: Post[] = [];
  for (const source of readdirSync(CORPUS, { withFileTypes: true })) {
    if (!source.isDirectory()) continue;
    for (const file of readdirSync(join(CORPUS, source.name)).sort()) {
      if (!file.endsWith(".md")) continue;
      posts.push({
        name: `${source.name}/${file}`,
        body: bodyOf(readFileSync(join(CORPUS, source.name, file), "utf8")),
      });
    }
  }
  return posts;
}

/** Everything after the front matter's closing `---` line. */
function bodyOf(post: string): string {
  const lines = post.split("\n");
  const fences = lines.flatMap((line, i) => (line === "---" ? [i] : []));
  return lines.slice((fences[1] ?? -1) + 1).join("\n");
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code.startsWith("#x") || code.startsWith("#X"))
      return String.fromCodePoint(Number.parseInt(code.slice(2), 16));
    if (code.startsWith("#")) return String.fromCodePoint(Number(code.slice(1)));
    return named[code.toLowerCase()] ?? entity;
  });
}

function withoutBoilerplate(body: string): string {
  return BOILERPLATE_BLOCKS.reduce((html, block) => html.replace(block, ""), body);
}

/** The article's sentences, whitespace removed: code keeps all but its highlighting tags. */
function expectedSentences(body: string): string[] {
  const codes: string[] = [];
  const outside = withoutBoilerplate(body).replace(CODE_REGION, (code) => {
    codes.push(code.replace(/<\/?(?:pre|code|span|br)\b[^>]*>/gi, "\n"));
    return `\uE000${codes.length - 1}\uE000`;
  });
  const text = outside
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(BLOCK_TAG, "\n")
    .replace(/<[^>\uE000]*>/g, "")
    .replace(/\uE000(\d+)\uE000/g, (_placeholder, i: string) => codes[Number(i)] ?? "");
  return decodeEntities(text)
    .split(/[。！？!?\n]|(?<=\.)\s/)
    .map((sentence) => sentence.replace(/\s+/g, ""))
    .filter((sentence) => sentence !== "");
}

/** The content images: lazy-loading attributes first, the QR code and unproxyable URLs left out. */
function expectedImages(body: string): string[] {
  const html = withoutBoilerplate(body).replace(/<!--[\s\S]*?-->/g, "");
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<img\b[^>]*>/gi)) {
    const attributes = new Map<string, string>();
    for (const [, name = "", double, single, bare] of tag.matchAll(
      /([^\s=<>]+)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g,
    )) {
      attributes.set(name.toLowerCase(), decodeEntities(double ?? single ?? bare ?? ""));
    }
    if ((attributes.get("class") ?? "").split(" ").includes("avatar")) continue;
    const sources = ["data-original-src", "data-actualsrc", "data-src", "data-original", "src"]
      .map((name) => normalizeImageUrl(attributes.get(name) ?? ""))
      .filter((url) => url !== "");
    if (sources.some(isSinaQrImage)) continue;
    const url = sources.find((candidate) => checkImageUrl(candidate, OPTIONS).url !== undefined);
    if (url !== undefined && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

const posts = readPosts();
const cleaned = new Map<string, CleanedHtml>();
const clean = (post: Post) => {
  const known = cleaned.get(post.name);
  if (known !== undefined) return known;
  const result = cleanHtml(post.body, OPTIONS);
  cleaned.set(post.name, result);
  return result;
};

describe("the corpus", () => {
  it("is there", () => {
    expect(posts.length).toBeGreaterThan(0);
  });
});

describe.each(posts)("$name", (post) => {
  it("keeps no boilerplate and nothing unsafe", () => {
    const { html, text } = clean(post);
    for (const marker of BOILERPLATE_MARKERS) {
      expect(html, `html contains ${marker}`).not.toContain(marker);
      expect(text, `text contains ${marker}`).not.toContain(marker);
    }
    for (const marker of TAG_MARKERS) expect(html, `html contains ${marker}`).not.toContain(marker);
    const tags = (html.match(/<[^>]*>/g)?.join("") ?? "").replace(/="[^"]*"/g, '=""');
    for (const marker of ATTRIBUTE_MARKERS) expect(tags, `a tag has ${marker}`).not.toContain(marker);
    expectSafeHtml(html);
  });

  it("keeps every sentence of the article", () => {
    const text = clean(post).text.replace(/\s+/g, "");
    const missing = expectedSentences(post.body).filter((sentence) => !text.includes(sentence));
    expect(missing).toEqual([]);
  });

  it("keeps every content image, pointed at the proxy", () => {
    const { html, images } = clean(post);
    const expected = expectedImages(post.body);
    expect(images.map((image) => image.url)).toEqual(expected);
    for (const url of expected) {
      const key = createHash("sha256").update(url).digest("hex").slice(0, 16);
      expect(html).toMatch(new RegExp(`src="/img/${key}(\\.[a-z]+)?"`));
    }
  });
});
