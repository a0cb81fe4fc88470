import { describe, expect, it } from "vitest";
import { toPlainText } from "../../src/build/plain-text.ts";

describe("toPlainText", () => {
  it.each([
    ["plain text", "为什么很少会坏？", "为什么很少会坏？"],
    ["markup, keeping its text", "<b>Bold</b> and <i class='x'>italic</i>", "Bold and italic"],
    ["a script, keeping its text", "<script>alert(1)</script>", "alert(1)"],
    ["a quoted attribute holding >", '<a title="a>b" href="/x">link</a>', "link"],
    ["a line break, as a space", "one<br>two<br/>three", "one two three"],
    ["a comment, entirely", "a<!-- hidden -->b", "ab"],
    ["an unclosed comment, to the end as in a browser", "a <!-- b", "a"],
    ["a declaration", "<!DOCTYPE html><?xml version='1.0'?>text", "text"],
    ["named entities", "Q&amp;A &lt;tag&gt; &quot;x&quot; &hellip;", 'Q&A <tag> "x" …'],
    ["numeric entities", "&#123;&#x7D; &#39;", "{} '"],
    ["an entity without its semicolon, as browsers do", "&copy 2021 &amp", "© 2021 &"],
    ["escaped markup, as text", "&lt;b&gt;bold&lt;/b&gt;", "<b>bold</b>"],
    ["a double-escaped entity, once", "&amp;amp;", "&amp;"],
    ["a lone <", "1 < 2 and a<b", "1 < 2 and a<b"],
    ["a < before a digit", "1<2>3", "1<2>3"],
    ["an unclosed tag", "a <b c", "a <b c"],
    ["a lone &", "AT&T & co", "AT&T & co"],
    ["C0 controls", "a\u0000b\u0008c\u000Bd\u001Fe", "abcde"],
    ["a control character written as an entity", "a&#1;b", "ab"],
    ["DEL and C1 controls", "a\u007Fb\u0085c\u009Fd", "abcd"],
    ["U+FFFE and U+FFFF", "a\uFFFEb\uFFFFc", "abc"],
    ["lone surrogates", "a\uD800b\uDC00c", "abc"],
    ["a surrogate pair, kept", "ok 🎉", "ok 🎉"],
    ["a variation selector, kept", "✔️ done", "✔️ done"],
    ["whitespace runs, tabs and newlines", "  A shot  to\tprevent\n\nit  ", "A shot to prevent it"],
    ["no-break and ideographic spaces", "a&nbsp;b\u3000\u3000c", "a b c"],
    ["a Kangxi radical, as its ideograph", "魔卡少⼥樱", "魔卡少女樱"],
    ["full-width forms, kept", "ＯＮＥ｜ＰＩＥＣＥ ①™", "ＯＮＥ｜ＰＩＥＣＥ ①™"],
    ["decomposed text, composed (NFC)", "Cafe\u0301", "Café"],
    [
      "the aggregator's _ for : / ? kept",
      "AWS S3_ Cloudflare R2_ what_s next_",
      "AWS S3_ Cloudflare R2_ what_s next_",
    ],
    ["nothing but markup", "<b></b> <br>", ""],
  ])("handles %s", (_, raw, text) => {
    expect(toPlainText(raw)).toBe(text);
  });

  it.each([
    ["unclosed tags", "<a".repeat(16_000), "<a".repeat(16_000)],
    ["unclosed declarations", "<!".repeat(16_000), "<!".repeat(16_000)],
    ["unclosed comments", "x<!--".repeat(6400), "x"],
  ])("stays fast on 32,000 characters of %s", (_, raw, text) => {
    const started = performance.now();
    expect(toPlainText(raw)).toBe(text);
    expect(performance.now() - started).toBeLessThan(250);
  });
});
