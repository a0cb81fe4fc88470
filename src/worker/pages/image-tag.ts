import type { ImageRef } from "../../model.ts";
import { type Html, html } from "./html.ts";

/**
 * An `<img>` through our image proxy. Its size, when the build knew it, lets the browser reserve
 * the space before the image arrives (the stylesheet keeps `height: auto`, so it still scales).
 * Images are lazy unless `eager` (the first one on a page, likely on screen at once).
 *
 * @example
 * renderImage({ key: "ab12.jpg", type: "image/jpeg", width: 640, height: 360 }, "")
 * // <img src="/img/ab12.jpg" alt="" width="640" height="360" loading="lazy" decoding="async">
 */
export function renderImage(image: ImageRef, alt: string, options: { eager?: boolean } = {}): Html {
  const sized = image.width > 0 && image.height > 0;
  return html`<img src="/img/${encodeURIComponent(image.key)}" alt="${alt}"${
    sized && html` width="${image.width}" height="${image.height}"`
  }${!options.eager && html` loading="lazy"`} decoding="async">`;
}
