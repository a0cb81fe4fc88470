import type { FeedImage } from "./feed-document.ts";
import { escapeXml } from "./xml.ts";

/** The Media RSS namespace, which RSS and Atom both use for an item's image. */
export const MEDIA_RSS_NAMESPACE = "http://search.yahoo.com/mrss/";

/**
 * An item's representative image as `media:thumbnail` (Media RSS 1.5.1, "media:thumbnail"), with
 * its size when known. The caller declares the `media` prefix.
 *
 * @example
 * renderMediaThumbnail({ url: "https://x.example/img/a.jpg", type: "", width: 640, height: 480 })
 * // '<media:thumbnail url="https://x.example/img/a.jpg" width="640" height="480"/>'
 */
export function renderMediaThumbnail(image: FeedImage): string {
  const size = image.width > 0 && image.height > 0 ? ` width="${image.width}" height="${image.height}"` : "";
  return `<media:thumbnail url="${escapeXml(image.url)}"${size}/>`;
}
