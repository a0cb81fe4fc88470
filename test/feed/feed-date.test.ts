import { describe, expect, it } from "vitest";
import { toRfc822Date, toRfc3339Date } from "../../src/feed/feed-date.ts";

describe("toRfc822Date", () => {
  it.each([
    ["2021-08-20T06:36:14Z", "Fri, 20 Aug 2021 06:36:14 GMT"],
    ["2000-02-29T00:00:00Z", "Tue, 29 Feb 2000 00:00:00 GMT"],
    ["2024-12-31T23:59:59.999Z", "Tue, 31 Dec 2024 23:59:59 GMT"],
    ["1970-01-01T00:00:00Z", "Thu, 01 Jan 1970 00:00:00 GMT"],
    ["0099-03-01T12:00:00Z", "Sun, 01 Mar 0099 12:00:00 GMT"],
  ])("%s -> %s", (iso, expected) => {
    expect(toRfc822Date(iso)).toBe(expected);
  });

  it.each(["2021-08-20T06:36:14Z", "1999-12-31T23:59:59Z", "2038-01-19T03:14:08Z"])(
    "agrees with Date#toUTCString on %s",
    (iso) => {
      expect(toRfc822Date(iso)).toBe(new Date(iso).toUTCString());
    },
  );
});

describe.each([
  ["toRfc822Date", toRfc822Date],
  ["toRfc3339Date", toRfc3339Date],
])("%s refuses what is not an ISO 8601 UTC time", (_, format) => {
  it.each([
    "2021-02-29T00:00:00Z",
    "2021-13-01T00:00:00Z",
    "2021-08-20T24:00:00Z",
    "2021-08-20T06:36:14+08:00",
    "2021-08-20 06:36:14",
    "2021-08-20",
    "",
  ])("%j", (input) => {
    expect(() => format(input)).toThrow(`feed: ${JSON.stringify(input)} is not an ISO 8601 UTC time`);
  });
});

describe("toRfc3339Date", () => {
  it.each(["2021-08-20T06:36:14Z", "2021-08-20T06:36:14.5Z"])("passes %s through", (iso) => {
    expect(toRfc3339Date(iso)).toBe(iso);
  });
});
