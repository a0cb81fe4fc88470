import type { ImageRef } from "../../model.ts";
import { absoluteUrl } from "./absolute-url.ts";
import { type Html, html } from "./html.ts";

/**
 * An `<img>` through our image proxy, by absolute URL on `origin`. Its size, when the build knew it, lets the browser reserve
 * the space before the image arrives (the stylesheet keeps `height: auto`, so it still scales).
 * Images are lazy unless `eager` (the first one on a page, likely on screen at once).
 *
 * @example
 * renderImage("https://news.example.com", { key: "ab12.jpg", type: "image/jpeg", width: 640, height: 360 }, "")
 * // <img src="https://news.example.com/img/ab12.jpg" alt="" width="640" height="360" loading="lazy" decoding="async">
 */
export function renderImage(
  origin: string,
  image: ImageRef,
  alt: string,
  options: { eager?: boolean } = {},
): Html {
  const sized = image.width > 0 && image.height > 0;
  const src = absoluteUrl(origin, `/img/${encodeURIComponent(image.key)}`);
  return html`<img src="${src}" alt="${alt}"${
    sized && html` width="${image.width}" height="${image.height}"`
  }${!options.eager && html` loading="lazy"`} decoding="async">`;
}
