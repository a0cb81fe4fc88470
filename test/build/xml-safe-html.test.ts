/**
 * `Article.html` never holds a character XML 1.0 forbids: feeds write it without scanning for them.
 */

import { describe, expect, it } from "vitest";
import { cleanHtml } from "../../src/build/clean-html.ts";
import { corpusBundle } from "../bundles.ts";

// XML 1.0 §2.2 Char: no C0 control but tab, LF and CR, no U+FFFE or U+FFFF, no lone surrogate.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|\p{Surrogate}/u;

const OPTIONS = { allowLoopbackImages: false };

describe("cleanHtml output is XML-safe", () => {
  it.each([
    ["C0 controls in text", "<p>a\u0001b\u0008c\u001Fd</p>", "abcd"],
    ["U+FFFE and U+FFFF in text", "<p>a\uFFFEb\uFFFFc</p>", "abc"],
    ["lone surrogates in text", "<p>a\uD800b\uDC00c</p>", "abc"],
    // (HTML decodes a reference to a surrogate as U+FFFD, which XML allows.)
    ["numeric references to them", "<p>a&#1;b&#xFFFE;c&#xD800;d</p>", "abc\uFFFDd"],
    ["a control in an attribute", '<p><a href="https://example.com/\u0002x">link\u0003</a></p>', "link"],
  ])("%s are dropped", (_, raw, text) => {
    const { html } = cleanHtml(`<div>${raw}</div>`, OPTIONS);
    expect(FORBIDDEN.test(html), JSON.stringify(html)).toBe(false);
    expect(html).toContain(text);
  });

  it("keeps emoji and line breaks", () => {
    const { html } = cleanHtml("<div><p>ok 😀\t🎉</p><pre>a\nb</pre></div>", OPTIONS);
    expect(html).toContain("😀");
    expect(html).toContain("🎉");
    expect(html).toContain("a\nb");
  });

  it("holds for every article of the corpus", () => {
    const bundle = corpusBundle();
    expect(bundle.articles.length).toBeGreaterThan(0);
    for (const article of bundle.articles) {
      expect(FORBIDDEN.test(article.html), article.source).toBe(false);
    }
  });
});
