import { describe, expect, it } from "vitest";
import { formatPageDate, renderArticleDate } from "../../../src/worker/pages/article-date.ts";
import { BUNDLE } from "./fixture.ts";

describe("formatPageDate", () => {
  it.each([
    ["2021-08-20T16:30:00Z", "Asia/Shanghai", "2021-08-21 00:30"],
    ["2021-08-20T16:30:00Z", "UTC", "2021-08-20 16:30"],
    ["2021-08-20T16:30:00Z", "America/New_York", "2021-08-20 12:30"],
    ["2021-12-31T16:05:59Z", "Asia/Shanghai", "2022-01-01 00:05"],
    ["2021-03-01T00:00:00Z", "Asia/Tokyo", "2021-03-01 09:00"],
  ])("%s in %s -> %s", (iso, zone, expected) => {
    expect(formatPageDate(iso, zone)).toBe(expected);
  });
});

describe("renderArticleDate", () => {
  const [dated, , undated] = BUNDLE.articles;

  it("writes a <time> with the instant and the local reading", () => {
    expect(dated && renderArticleDate(dated, "Asia/Shanghai").toString()).toBe(
      '<time datetime="2021-08-20T16:30:00Z">2021-08-21 00:30</time>',
    );
  });

  it("says the date is unknown instead of showing the build's stand-in", () => {
    expect(undated && renderArticleDate(undated, "Asia/Shanghai").toString()).toBe(
      '<span class="undated">日期不详</span>',
    );
  });
});
