import { describe, expect, it } from "vitest";
import { html, type Interpolation, trustHtml } from "../../../src/worker/pages/html.ts";

describe("html", () => {
  it.each<[string, Interpolation, string]>([
    ["escapes text", `<b>"甲" & '乙'</b>`, "<p>&lt;b&gt;&quot;甲&quot; &amp; &#39;乙&#39;&lt;/b&gt;</p>"],
    ["prints numbers", 42, "<p>42</p>"],
    ["drops false, null and undefined", [false, null, undefined], "<p></p>"],
    ["flattens arrays", ["a", ["<", 1]], "<p>a&lt;1</p>"],
    ["keeps nested markup", html`<i>${"&"}</i>`, "<p><i>&amp;</i></p>"],
    [
      "keeps trusted markup",
      trustHtml('<img src="/img/a.png" alt="">'),
      '<p><img src="/img/a.png" alt=""></p>',
    ],
  ])("%s", (_, value, expected) => {
    expect(html`<p>${value}</p>`.toString()).toBe(expected);
  });

  it("escapes quotes inside attributes", () => {
    expect(html`<a title="${`" onclick="x`}">`.toString()).toBe('<a title="&quot; onclick=&quot;x">');
  });
});
