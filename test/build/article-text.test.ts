import { describe, expect, it } from "vitest";
import { extractText } from "../../src/build/article-text.ts";
import { parseHtmlBody } from "../../src/build/html-document.ts";

describe("extractText", () => {
  it.each([
    ["paragraphs", "<p>一。</p><p>二。</p>", "一。\n二。"],
    ["breaks", "<p>一<br>二</p>", "一\n二"],
    ["inline markup joins", "<p>一<strong>二</strong><a href='x'>三</a></p>", "一二三"],
    ["whitespace collapses", "<p>  a \n  b  </p>", "a b"],
    ["code goes line by line", "<pre><code>a = 1;\n  b = 2;\n\n</code></pre>", "a = 1;\nb = 2;"],
    [
      "list items and cells",
      "<ul><li>a</li><li>b</li></ul><table><tr><td>c</td><td>d</td></tr></table>",
      "a\nb\nc\nd",
    ],
    ["images say nothing", '<p><img src="/img/x" alt="图">说明</p>', "说明"],
    ["captions are text", "<figure><img src='x'><figcaption>图注</figcaption></figure>", "图注"],
    ["empty", "", ""],
  ])("%s", (_name, html, expected) => {
    expect(extractText(parseHtmlBody(html).body)).toBe(expected);
  });
});
