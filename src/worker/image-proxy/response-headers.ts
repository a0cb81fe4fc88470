import type { ImageProxyErrorStatus } from "./image-proxy-error.ts";

/**
 * Headers on every image-proxy response, image or error. Reusable for anything else served from our
 * origin that a third party supplied (the bytes are theirs, the origin is ours):
 * - the CSP forbids scripts, plugins, frames and fetches, and `sandbox` gives a document opened
 *   directly (an SVG) an opaque origin; inline style stays allowed so such an SVG still renders;
 * - `nosniff` stops a browser from reading an image as HTML or script (Fetch, "X-Content-Type-Options");
 * - images are public: any site may embed or read them (CORS, CORP), and they send no Referer on.
 */
export const IMAGE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-resource-policy": "cross-origin",
  "access-control-allow-origin": "*",
};

/** `Cache-Control` of a served image: its key is derived from its URL, so the bytes never change. */
export const IMAGE_CACHE_CONTROL = "public, max-age=31536000, immutable";

/** `Cache-Control` of an error: short, so a fixed upstream is seen again within a minute. */
export const ERROR_CACHE_CONTROL = "public, max-age=60";

const STATUS_TEXT: Record<ImageProxyErrorStatus, string> = {
  404: "Not Found",
  405: "Method Not Allowed",
  502: "Bad Gateway",
  504: "Gateway Timeout",
};

/**
 * A short plain-text error response carrying the image security headers.
 *
 * @example
 * errorResponse(404, "no such image") // 404, body "Not Found: no such image\n"
 */
export function errorResponse(
  status: ImageProxyErrorStatus,
  reason: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(`${STATUS_TEXT[status]}: ${reason}\n`, {
    status,
    headers: {
      ...IMAGE_SECURITY_HEADERS,
      "content-type": "text/plain; charset=utf-8",
      "cache-control": ERROR_CACHE_CONTROL,
      ...headers,
    },
  });
}
