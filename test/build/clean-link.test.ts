import { describe, expect, it } from "vitest";
import { toSafeHref } from "../../src/build/clean-link.ts";

describe("toSafeHref", () => {
  it.each([
    ["https://bangumi.tv/subject/975", "https://bangumi.tv/subject/975"],
    [" http://bgm.tv/subject/1 ", "http://bgm.tv/subject/1"],
    ["//www.iqiyi.com/a.html", "https://www.iqiyi.com/a.html"],
    ["mailto:hr@example.com", "mailto:hr@example.com"],
    ["HTTPS://Example.COM/A", "https://example.com/A"],
    ["https://example.com/a b", "https://example.com/a%20b"],
    ["/relative/path", null],
    ["image.jpg", null],
    ["#note", null],
    ["", null],
    ["javascript:alert(1)", null],
    ["jav\tascript:alert(1)", null],
    ["data:text/html,<script>alert(1)</script>", null],
    ["vbscript:msgbox(1)", null],
    ["ftp://example.com/file", null],
    ["tel:+8610", null],
  ])("%j -> %j", (raw, expected) => {
    expect(toSafeHref(raw)).toBe(expected);
  });
});
