import { describe, expect, it } from "vitest";
import { cdata, cleanCdata, escapeXml, withoutForbiddenChars } from "../../src/feed/xml.ts";
import { parseXml } from "./xml-tree.ts";

describe("withoutForbiddenChars", () => {
  it.each([
    ["plain text", "新浪财经 AT&T", "新浪财经 AT&T"],
    ["tab, LF and CR stay (XML 1.0 §2.2)", "a\tb\nc\rd", "a\tb\nc\rd"],
    ["other C0 controls go", "a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg", "abcdefg"],
    ["DEL and C1 controls stay: XML 1.0 allows them", "a\u007Fb\u0085c", "a\u007Fb\u0085c"],
    ["U+FFFE and U+FFFF go", "a\uFFFEb\uFFFFc", "abc"],
    ["U+FFFD stays", "a\uFFFDb", "a\uFFFDb"],
    ["emoji stay", "😀👍🏽 𠮷", "😀👍🏽 𠮷"],
    ["a lone high surrogate goes", "a\uD83Db", "ab"],
    ["a lone low surrogate goes", "a\uDE00b", "ab"],
    ["a high surrogate at the end goes", "a\uD83D", "a"],
    ["a low surrogate at the start goes", "\uDE00a", "a"],
    ["two highs then a low keep only the pair", "\uD83D\uD83D\uDE00", "😀"],
    ["a pair then a lone low keeps the pair", "\uD83D\uDE00\uDE00", "😀"],
  ])("%s", (_, input, expected) => {
    expect(withoutForbiddenChars(input)).toBe(expected);
  });

  it("returns text that needs nothing unchanged", () => {
    const text = "不需要改动的文字".repeat(1000);
    expect(withoutForbiddenChars(text)).toBe(text);
  });
});

describe("escapeXml", () => {
  it.each([
    ["nothing to escape", "新浪财经", "新浪财经"],
    ["markup characters", `AT&T <script> "x" > 'y'`, "AT&amp;T &lt;script&gt; &quot;x&quot; &gt; 'y'"],
    ["an entity stays text", "&amp;", "&amp;amp;"],
    ["a CDATA end", "]]>", "]]&gt;"],
    ["forbidden characters go, emoji stay", "a\u0001&\uFFFE😀\uDC00", "a&amp;😀"],
  ])("%s", (_, input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });

  it.each(['AT&T <script>alert("x")</script> ]]> 😀', "&amp; &lt; &#x26; &#38;", "'single' \"double\" <<>>"])(
    "round-trips %s through an XML parser, in text and in an attribute",
    (text) => {
      const root = parseXml(`<r a="${escapeXml(text)}">${escapeXml(text)}</r>`);
      expect([root.text, root.attributes.a]).toEqual([text, text]);
    },
  );
});

describe("cdata", () => {
  it.each([
    ["markup", "<p>a &amp; b</p>"],
    ["a CDATA end", "<p>a]]>b</p>"],
    ["CDATA ends back to back", "]]>]]>"],
    ["a CDATA end split over brackets", "]]]]>>"],
    ["a CDATA section inside", "<![CDATA[x]]>"],
    ["empty", ""],
  ])("keeps %s intact through an XML parser", (_, markup) => {
    expect(parseXml(`<r>${cdata(markup)}</r>`).text).toBe(markup);
    expect(cleanCdata(markup)).toBe(cdata(markup));
  });

  it("drops forbidden characters", () => {
    expect(parseXml(`<r>${cdata("<p>a\u0001b\uFFFF😀</p>")}</r>`).text).toBe("<p>ab😀</p>");
  });
});
