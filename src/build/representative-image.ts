/**
 * The one image that stands for a post in feeds and listings.
 */

import type { ImageRef } from "../model.ts";
import { toImageRef } from "./image-ref.ts";
import { checkImageUrl, type ImageUrlOptions, isSinaQrImage, normalizeImageUrl } from "./image-url.ts";

/** An accepted image: its normalized URL and its proxy reference. */
export interface ImageChoice {
  url: string;
  ref: ImageRef;
}

/** Hosts that serve random stand-in pictures: the aggregator's default `headimg`. */
const PLACEHOLDER_HOSTS = ["picsum.photos"];

/**
 * The first usable front-matter image (`headimg`, then `thumbnail`, as raw strings), else the first
 * content image, else null. Unusable: empty, a placeholder (picsum.photos), the Sina QR code, a
 * known-broken URL, or one the proxy may not fetch. A front-matter image that is also in the body
 * reuses the body's reference, which may know its size.
 *
 * @example
 * pickRepresentativeImage(["https://picsum.photos/400/300?random=1", ""], images, { allowLoopbackImages: false })
 * // images[0] ?? null
 */
export function pickRepresentativeImage(
  frontMatterImages: string[],
  contentImages: ImageChoice[],
  options: ImageUrlOptions,
): ImageChoice | null {
  for (const raw of frontMatterImages) {
    const url = normalizeImageUrl(raw);
    if (isSinaQrImage(url) || isPlaceholderImage(url)) continue;
    if (checkImageUrl(url, options).url === undefined) continue;
    const inBody = contentImages.find((image) => image.url === url);
    return inBody ?? { url, ref: toImageRef(url) };
  }
  return contentImages[0] ?? null;
}

/** True for stand-in pictures that say nothing about the post. */
export function isPlaceholderImage(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return PLACEHOLDER_HOSTS.some((placeholder) => host === placeholder || host.endsWith(`.${placeholder}`));
}
