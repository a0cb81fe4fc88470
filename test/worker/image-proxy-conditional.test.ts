import { describe, expect, it } from "vitest";
import { isNotModified } from "../../src/worker/conditional-get.ts";
import { notModified } from "../../src/worker/image-proxy/conditional.ts";
import { NOT_MODIFIED_HEADERS } from "./image-proxy-expected.ts";

const LAST_MODIFIED = "Tue, 01 Jul 2025 00:00:00 GMT";
const image = new Headers({ etag: '"v1"', "last-modified": LAST_MODIFIED });

describe("isNotModified", () => {
  it.each([
    [{}, image, false],
    [{ "if-none-match": '"v1"' }, image, true],
    [{ "if-none-match": 'W/"v1"' }, image, true],
    [{ "if-none-match": '"v1"' }, new Headers({ etag: 'W/"v1"' }), true],
    [{ "if-none-match": '"a", "v1"' }, image, true],
    [{ "if-none-match": '"a,b"' }, new Headers({ etag: '"a,b"' }), true],
    [{ "if-none-match": '"a,b"' }, new Headers({ etag: '"a"' }), false],
    [{ "if-none-match": "*" }, image, true],
    [{ "if-none-match": '"v2"' }, image, false],
    [{ "if-none-match": "v1" }, image, false],
    [{ "if-none-match": '"v1"' }, new Headers({ "last-modified": LAST_MODIFIED }), false],
    [{ "if-modified-since": LAST_MODIFIED }, image, true],
    [{ "if-modified-since": "Wed, 02 Jul 2025 00:00:00 GMT" }, image, true],
    [{ "if-modified-since": "Mon, 30 Jun 2025 23:59:59 GMT" }, image, false],
    [{ "if-modified-since": "yesterday" }, image, false],
    [{ "if-modified-since": LAST_MODIFIED }, new Headers({ etag: '"v1"' }), false],
    // RFC 9110 §13.1.3: If-Modified-Since is ignored when If-None-Match is present.
    [{ "if-none-match": '"v2"', "if-modified-since": LAST_MODIFIED }, image, false],
  ])("%j against %o -> %s", (request, response, expected) => {
    expect(isNotModified(new Headers(request), response)).toBe(expected);
  });
});

describe("notModified", () => {
  it("is a bodiless 304 with the validators, our Cache-Control and the security headers", async () => {
    const response = notModified(new Headers({ ...Object.fromEntries(image), "content-type": "image/png" }));
    expect(response.status).toBe(304);
    expect(Object.fromEntries(response.headers)).toStrictEqual(NOT_MODIFIED_HEADERS);
    expect(response.body).toBeNull();
  });
});
