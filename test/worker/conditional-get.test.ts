import { describe, expect, it } from "vitest";
import { isNotModified } from "../../src/worker/conditional-get.ts";

const ETAG = '"abc123"';
const LAST_MODIFIED = "Fri, 20 Aug 2021 06:36:14 GMT";
const response = new Headers({ etag: ETAG, "last-modified": LAST_MODIFIED });

describe("isNotModified (RFC 9110 §13.2.2)", () => {
  it.each<[string, Record<string, string>, boolean]>([
    ["no validators", {}, false],
    ["matching If-None-Match", { "if-none-match": ETAG }, true],
    ["weakly matching If-None-Match", { "if-none-match": 'W/"abc123"' }, true],
    ["If-None-Match list", { "if-none-match": '"x", W/"abc123", "y"' }, true],
    ["If-None-Match *", { "if-none-match": "*" }, true],
    ["other If-None-Match", { "if-none-match": '"other"' }, false],
    ["If-Modified-Since equal", { "if-modified-since": LAST_MODIFIED }, true],
    [
      "If-Modified-Since later (made up by a reader)",
      { "if-modified-since": "Sat, 01 Jan 2050 00:00:00 GMT" },
      true,
    ],
    ["If-Modified-Since earlier", { "if-modified-since": "Fri, 20 Aug 2021 06:36:13 GMT" }, false],
    ["If-Modified-Since in RFC 850 form", { "if-modified-since": "Friday, 20-Aug-21 06:36:14 GMT" }, true],
    ["unreadable If-Modified-Since", { "if-modified-since": "yesterday" }, false],
    // If-None-Match wins: a stale tag means modified, whatever the date says.
    [
      "stale tag with a later date",
      { "if-none-match": '"old"', "if-modified-since": "Sat, 01 Jan 2050 00:00:00 GMT" },
      false,
    ],
    [
      "fresh tag with an earlier date",
      { "if-none-match": ETAG, "if-modified-since": "Mon, 01 Jan 2001 00:00:00 GMT" },
      true,
    ],
  ])("%s", (_, request, expected) => {
    expect(isNotModified(new Headers(request), response)).toBe(expected);
  });

  it("is never satisfied by a tag when the response has none", () => {
    expect(isNotModified(new Headers({ "if-none-match": ETAG }), new Headers())).toBe(false);
  });
});
