/**
 * Image URLs as the build keys and proxies them, and the checks every image URL goes through,
 * whether it comes from the body or the front matter.
 */

import { isProxyableUrl } from "../net/public-host.ts";

/** Options for the image checks. */
export interface ImageUrlOptions {
  /** Accept loopback hosts (tests and local demos, `EDGEFEED_ALLOW_LOOPBACK_IMAGES=1`). */
  allowLoopbackImages: boolean;
}

/** Either the normalized URL of an image the proxy may serve, or why it may not. */
export type ImageUrlVerdict = { url: string; reason?: undefined } | { url?: undefined; reason: string };

// Some posts load images through a public CORS proxy: `https://cors.zfour.workers.dev/?<real URL>`.
const CORS_PROXY = /^https?:\/\/cors\.zfour\.workers\.dev\/?\?/i;

/**
 * Normalizes an image URL as written in a post: trimmed, protocol-relative made `https:`, a CORS-proxy
 * prefix removed, then serialized by the WHATWG URL parser when it is absolute.
 *
 * @example
 * normalizeImageUrl(" //n.sinaimg.cn/a.jpg ") // "https://n.sinaimg.cn/a.jpg"
 * normalizeImageUrl("https://cors.zfour.workers.dev/?http://lain.bgm.tv/a.jpg") // "http://lain.bgm.tv/a.jpg"
 */
export function normalizeImageUrl(raw: string): string {
  let url = withScheme(raw.trim());
  const proxied = CORS_PROXY.exec(url);
  if (proxied !== null) {
    const inner = url.slice(proxied[0].length);
    url = withScheme(/^https?%3A/i.test(inner) ? safeDecode(inner) : inner);
  }
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** The Sina app's QR-code banner, appended to every Sina article and used as its `headimg`. */
export function isSinaQrImage(url: string): boolean {
  return url.endsWith("/cece9e13/20200514/343233024.png");
}

/**
 * Checks a normalized image URL: absolute, not a known-broken placeholder, and proxyable (http(s) to a
 * public host; loopback only when allowed).
 *
 * @example
 * checkImageUrl("https://n.sinaimg.cn/a.jpg", { allowLoopbackImages: false }) // { url: "https://n.sinaimg.cn/a.jpg" }
 * checkImageUrl("images/a.png", { allowLoopbackImages: false }).reason
 * // "is a relative URL and the post has no source URL to resolve it against"
 */
export function checkImageUrl(url: string, options: ImageUrlOptions): ImageUrlVerdict {
  if (url === "") return { reason: "is empty" };
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    return { reason: "is a relative URL and the post has no source URL to resolve it against" };
  }
  // The aggregator writes this when a source's lazy-loading attribute was missing.
  if (/\/undefined$/.test(url)) return { reason: "is a known-broken URL" };
  if (!isProxyableUrl(url, { allowLoopback: options.allowLoopbackImages })) {
    return { reason: "is not a public http(s) URL" };
  }
  return { url };
}

function withScheme(url: string): string {
  return url.startsWith("//") ? `https:${url}` : url;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
