import { describe, expect, it } from "vitest";
import {
  type DateContext,
  findSteadySpan,
  isInSpan,
  parseDate,
  readPostDate,
  toIsoSeconds,
} from "../../src/build/dates.ts";

const iso = (text: string, zone = "UTC") => {
  const instant = parseDate(text, zone);
  return instant === null ? null : toIsoSeconds(instant);
};

describe("parseDate", () => {
  it.each([
    // RFC 822 / RFC 1123, as 57 crawled posts write it
    ["Fri, 20 Aug 2021 06:36:14 GMT", "UTC", "2021-08-20T06:36:14Z"],
    ["Fri, 20 Aug 2021 06:36:14 GMT", "Asia/Shanghai", "2021-08-20T06:36:14Z"],
    ["Fri, 20 Aug 2021 14:36:14 +0800", "UTC", "2021-08-20T06:36:14Z"],
    ["Fri, 20 Aug 2021 02:36:14 -0400", "UTC", "2021-08-20T06:36:14Z"],
    ["Fri, 20 Aug 2021 12:06:14 +05:30", "UTC", "2021-08-20T06:36:14Z"],
    ["20 Aug 2021 06:36:14 UT", "UTC", "2021-08-20T06:36:14Z"],
    ["Fri,20 Aug 2021 06:36 Z", "UTC", "2021-08-20T06:36:00Z"],
    ["fri, 20 aug 2021 06:36:14 gmt", "UTC", "2021-08-20T06:36:14Z"],
    ["Fri, 20 Aug 2021 01:36:14 CDT", "UTC", "2021-08-20T06:36:14Z"],
    ["Thu, 19 Aug 2021 22:36:14 PST", "UTC", "2021-08-20T06:36:14Z"],
    ["Fri, 20 Aug 21 06:36:14 GMT", "UTC", "2021-08-20T06:36:14Z"],
    ["Fri, 20 Aug 99 06:36:14 GMT", "UTC", "1999-08-20T06:36:14Z"],
    ["Sat, 1 Jan 2022 0:00:00 GMT", "UTC", "2022-01-01T00:00:00Z"],
    ["Mon, 20 Aug 2021 06:36:14 GMT", "UTC", "2021-08-20T06:36:14Z"], // wrong weekday: the date wins
    ["Fri, 20 Aug 2021 14:36:14", "Asia/Shanghai", "2021-08-20T06:36:14Z"], // no zone: the site's
    // ISO 8601 / RFC 3339
    ["2021-08-20T06:36:14Z", "Asia/Shanghai", "2021-08-20T06:36:14Z"],
    ["2021-08-20T14:36:14+08:00", "UTC", "2021-08-20T06:36:14Z"],
    ["2021-08-20T14:36:14+0800", "UTC", "2021-08-20T06:36:14Z"],
    ["2021-08-20T14:36:14+08", "UTC", "2021-08-20T06:36:14Z"],
    ["2021-08-20t06:36:14.789z", "UTC", "2021-08-20T06:36:14Z"],
    ["2021-08-20T06:36Z", "UTC", "2021-08-20T06:36:00Z"],
    // `YYYY-MM-DD HH:MM:SS` with no zone, as 33 crawled posts write it: wall time in the site's zone
    ["2021-05-16 04:16:04", "UTC", "2021-05-16T04:16:04Z"],
    ["2021-05-16 04:16:04", "Asia/Shanghai", "2021-05-15T20:16:04Z"],
    ["2021-05-16T04:16:04", "America/New_York", "2021-05-16T08:16:04Z"],
    ["  2021-05-16 04:16:04\n", "UTC", "2021-05-16T04:16:04Z"],
    ["2021-04-18", "Asia/Shanghai", "2021-04-17T16:00:00Z"],
    ["2021-03-14 02:30:00", "America/New_York", "2021-03-14T07:30:00Z"], // in the DST gap
    // kept as parsed, judged by readPostDate
    ["Fri, 01 Jan 0900 00:00:00 GMT", "UTC", "0900-01-01T00:00:00Z"],
  ])("reads %j in %s", (text, zone, expected) => {
    expect(iso(text, zone)).toBe(expected);
  });

  it.each([
    "Invalid Date",
    "",
    "yesterday",
    "2021-02-29 10:00:00",
    "2021-13-01",
    "2021-08-20 24:00:00",
    "2021-08-20T06:36:14+25:00",
    "Fri, 32 Aug 2021 06:36:14 GMT",
    "Fri, 20 Foo 2021 06:36:14 GMT",
    "Fri, 20 Aug 2021 06:36:14 XYZ",
    "Fri, 20 Aug 2021 06:36:14 +08000",
    "2021/08/20 06:36:14",
    "1629441374",
    "20 Aug 2021",
  ])("rejects %j", (text) => {
    expect(parseDate(text, "UTC")).toBeNull();
  });
});

describe("readPostDate", () => {
  const now = new Date("2024-06-01T00:00:00Z");
  const context = (source = "sina/post-1.md", timeZone = "UTC"): DateContext => ({ source, timeZone, now });
  const field = 'front matter "date"';

  it.each([
    ["RFC 822 text", "Fri, 20 Aug 2021 06:36:14 GMT", "2021-08-20T06:36:14Z"],
    ["zone-less text", "2021-08-20 06:36:14", "2021-08-20T06:36:14Z"],
    ["a Date from a YAML parser", new Date("2021-08-20T06:36:14.500Z"), "2021-08-20T06:36:14Z"],
    ["the earliest date", "1990-01-01 00:00:00", "1990-01-01T00:00:00Z"],
    ["the build's own time", "2024-06-01T00:00:00Z", "2024-06-01T00:00:00Z"],
  ])("accepts %s", (_, value, date) => {
    expect(readPostDate(value, context())).toEqual({ date, dated: true, problems: [] });
  });

  it("reads zone-less text in the site's zone", () => {
    expect(readPostDate("2021-08-20 14:36:14", context("a.md", "Asia/Shanghai")).date).toBe(
      "2021-08-20T06:36:14Z",
    );
  });

  it.each([
    ["Invalid Date", "Invalid Date", "is not a date", "Invalid Date"],
    ["an invalid Date", new Date(Number.NaN), "is not a date", "Invalid Date"],
    ["the year 0900", "Fri, 01 Jan 0900 00:00:00 GMT", "is before 1990", "Fri, 01 Jan 0900 00:00:00 GMT"],
    ["1989", "1989-12-31 23:59:59", "is before 1990", "1989-12-31 23:59:59"],
    ["the future", "2024-06-01T00:00:01Z", "is in the future", "2024-06-01T00:00:01Z"],
    ["nothing", undefined, "is missing", ""],
    ["null (an empty `date:`)", null, "is missing", ""],
    ["an empty string", "", "is missing", ""],
    ["a list", ["2021-08-20"], "is a list, not a date", ""],
    ["a mapping", { on: "2021-08-20" }, "is a mapping, not a date", ""],
    ["a number", 1629441374, "is a number, not a date", ""],
  ])("falls back to 1970-01-01, undated, for %s", (_, input, problem, value) => {
    expect(readPostDate(input, context())).toEqual({
      date: "1970-01-01T00:00:00Z",
      dated: false,
      problems: [{ field, value, message: `${problem}; the post is dated 1970-01-01 (no usable date)` }],
    });
  });

  it.each([
    [
      "legacy-dlsite/2021-04-18-dlsite-vol1.md",
      "UTC",
      "2021-04-18T00:00:00Z",
      "2021-04-18 from its file name",
    ],
    [
      "legacy-dlsite/2021-04-18-dlsite-vol1.md",
      "Asia/Shanghai",
      "2021-04-17T16:00:00Z",
      "2021-04-18 from its file name",
    ],
    ["news/2021-04-18/post.md", "UTC", "2021-04-18T00:00:00Z", "2021-04-18 from its folder name"],
    // not a real day, before 1990, in the future, part of a longer number: the next one counts
    [
      "2021-02-30/1989-01-01/2030-01-01/12021-01-01/2020-05-05-x.md",
      "UTC",
      "2020-05-05T00:00:00Z",
      "2020-05-05 from its file name",
    ],
  ])("falls back to the date in the path %s (%s)", (source, zone, date, where) => {
    expect(readPostDate("Invalid Date", context(source, zone))).toEqual({
      date,
      dated: true,
      problems: [{ field, value: "Invalid Date", message: `is not a date; the post is dated ${where}` }],
    });
  });

  it("gives the same fallback on every build", () => {
    const first = readPostDate("Invalid Date", context("jianshu/post.md"));
    const later = readPostDate("Invalid Date", {
      ...context("jianshu/post.md"),
      now: new Date("2030-01-01"),
    });
    expect(later).toEqual(first);
  });
});

describe("toIsoSeconds", () => {
  it.each([
    [Date.UTC(2021, 7, 20, 6, 36, 14, 999), "2021-08-20T06:36:14Z"],
    [0, "1970-01-01T00:00:00Z"],
  ])("formats %d", (instant, text) => {
    expect(toIsoSeconds(instant)).toBe(text);
  });
});

describe("findSteadySpan", () => {
  const at = (text: string) => Date.parse(text);
  const context = (source: string, now: string): DateContext => ({
    source,
    timeZone: "UTC",
    now: new Date(now),
  });
  it.each([
    ["a past date", "2021-01-01", "a.md", { from: at("2021-01-01"), until: null }],
    ["a future date", "2030-01-01", "a.md", { from: null, until: at("2030-01-01") }],
    ["no date", undefined, "a.md", { from: null, until: null }],
    [
      "a past path date and a future date",
      "2030-01-01",
      "2020-05-01-a.md",
      { from: at("2020-05-01"), until: at("2030-01-01") },
    ],
    [
      "a future path date",
      "2021-01-01",
      "2029-05-01/a.md",
      { from: at("2021-01-01"), until: at("2029-05-01") },
    ],
  ])("bounds the build times by %s", (_, value, source, span) => {
    expect(findSteadySpan(value, context(source, "2024-06-01"))).toEqual(span);
  });

  it("gives the same date at every time in the span, and another outside it", () => {
    const value = "2030-01-01";
    const span = findSteadySpan(value, context("2020-05-01-a.md", "2024-06-01"));
    const date = (now: string) => readPostDate(value, context("2020-05-01-a.md", now));
    for (const now of ["2020-05-01", "2024-06-01", "2029-12-31T23:59:59Z"]) {
      expect(isInSpan(new Date(now), span)).toBe(true);
      expect(date(now)).toEqual(date("2024-06-01"));
    }
    for (const now of ["2020-04-30", "2030-01-01"]) {
      expect(isInSpan(new Date(now), span)).toBe(false);
      expect(date(now)).not.toEqual(date("2024-06-01"));
    }
  });
});
