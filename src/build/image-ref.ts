/**
 * The proxy's view of an image: its key under `/img/`, its MIME type and, when the build can tell
 * offline, its size.
 */

import type { ImageRef } from "../model.ts";
import { sha256 } from "./sha256.ts";

/** Known image extensions and the MIME type the proxy announces for each. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  svg: "image/svg+xml",
  bmp: "image/bmp",
  ico: "image/x-icon",
};

/** Pixel size; 0 when unknown. */
export interface ImageSize {
  width: number;
  height: number;
}

/**
 * The image's `ImageRef`: key = first 16 hex digits of the SHA-256 of the normalized URL, plus the
 * path's extension when it is a known image one.
 *
 * @example
 * toImageRef("https://n.sinaimg.cn/finance/w550h485/a.jpg")
 * // { key: "<16 hex>.jpg", type: "image/jpeg", width: 550, height: 485 }
 */
export function toImageRef(url: string, size: ImageSize | null = null): ImageRef {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  const extension = parsed === null ? "" : imageExtensionOf(parsed);
  const hash = sha256(url, "hex").slice(0, 16);
  const known = size ?? (parsed === null ? null : imageSizeFromUrl(parsed)) ?? { width: 0, height: 0 };
  return {
    key: extension === "" ? hash : `${hash}.${extension}`,
    type: MIME_TYPES[extension] ?? "",
    width: known.width,
    height: known.height,
  };
}

/**
 * The lower-case extension of the URL path's last segment when it is a known image extension, else "".
 * A trailing image-service suffix (`a.jpg!custom`, `a.jpg@1x`) does not hide it.
 *
 * @example
 * imageExtensionOf("http://img.jandan.net/news/a.JPG!custom") // "jpg"
 * imageExtensionOf("https://img.36krcdn.com/v2_abc_img_000")  // ""
 */
export function imageExtensionOf(url: string | URL): string {
  const parsed = toUrl(url);
  if (parsed === null) return "";
  const match = /\.([a-z0-9]+)(?:[!@][^/.]*)?$/i.exec(parsed.pathname);
  const extension = match?.[1]?.toLowerCase() ?? "";
  return extension in MIME_TYPES ? extension : "";
}

/**
 * The size Sina writes into its image paths (`/w550h485/`), or null.
 *
 * @example
 * imageSizeFromUrl("https://n.sinaimg.cn/finance/crawl/235/w550h485/a.jpg") // { width: 550, height: 485 }
 */
export function imageSizeFromUrl(url: string | URL): ImageSize | null {
  const parsed = toUrl(url);
  if (parsed === null) return null;
  if (!/(^|\.)sinaimg\.cn$/.test(parsed.hostname)) return null;
  const match = /\/w(\d{1,5})h(\d{1,5})\//.exec(parsed.pathname);
  return match === null ? null : toSize(match[1], match[2]);
}

/** A size from two attribute values when both are positive whole numbers, else null. */
export function toSize(
  width: string | null | undefined,
  height: string | null | undefined,
): ImageSize | null {
  const w = toPixels(width);
  const h = toPixels(height);
  return w > 0 && h > 0 ? { width: w, height: h } : null;
}

function toPixels(value: string | null | undefined): number {
  const match = /^\s*(\d{1,5})\s*$/.exec(value ?? "");
  return match === null ? 0 : Number(match[1]);
}

function toUrl(url: string | URL): URL | null {
  if (typeof url !== "string") return url;
  return URL.canParse(url) ? new URL(url) : null;
}
