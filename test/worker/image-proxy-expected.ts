/** What the tests expect on every response of the image proxy, written out rather than imported. */
import { ETAG, LAST_MODIFIED } from "./fake-upstream.ts";

export const SECURITY_HEADERS = {
  "access-control-allow-origin": "*",
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  "cross-origin-resource-policy": "cross-origin",
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
};

export const ERROR_HEADERS = {
  ...SECURITY_HEADERS,
  "cache-control": "public, max-age=60",
  "content-type": "text/plain; charset=utf-8",
};

/** The headers of a served image of `type` and `length`, validators as the fake sends them. */
export const imageHeaders = (type: string, length: number | null) => ({
  ...SECURITY_HEADERS,
  "cache-control": "public, max-age=31536000, immutable",
  "content-type": type,
  ...(length === null ? {} : { "content-length": String(length) }),
  etag: ETAG,
  "last-modified": LAST_MODIFIED,
});

export const NOT_MODIFIED_HEADERS = {
  ...SECURITY_HEADERS,
  "cache-control": "public, max-age=31536000, immutable",
  etag: ETAG,
  "last-modified": LAST_MODIFIED,
};
