/**
 * One `<img>` of a body: its real source found (lazy-loading attributes first), checked, and either
 * pointed at the image proxy or replaced by its alt text.
 */

import type { ImageRef } from "../model.ts";
import type { DomElement } from "./html-document.ts";
import { escapeAttribute, MEDIA, type Piece, textPiece } from "./html-piece.ts";
import { type ImageSize, toImageRef, toSize } from "./image-ref.ts";
import { checkImageUrl, type ImageUrlOptions, isSinaQrImage, normalizeImageUrl } from "./image-url.ts";
import type { FieldProblem } from "./problems.ts";

/** Where image results go while a body is cleaned. */
export interface ImageSink {
  options: ImageUrlOptions;
  problems: FieldProblem[];
  /** Accepted images by normalized URL, in document order. */
  images: Map<string, ImageRef>;
}

/**
 * Attributes where lazy-loading scripts keep the real image while `src` holds a placeholder
 * (jianshu: `data-original-src`; zhihu: `data-actualsrc`; anitama and others: `data-src`).
 */
const LAZY_SOURCES = ["data-original-src", "data-actualsrc", "data-src", "data-original"];

/** Alt texts that say nothing: empty, "image", "图片", a number, an editor's file name. */
const EMPTY_ALT = /^(?:image|img|图片|photo|picture|pic)?[-_ ]?\d*$/i;
const FILE_NAME_ALT = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp)$/i;

/**
 * Writes `img` as `<img src="/img/<key>" alt width height>`, or as its alt text (or nothing) with a
 * problem when no source is proxyable. The Sina QR-code image goes silently.
 */
export function writeImage(img: DomElement, sink: ImageSink): Piece | null {
  const candidates = [...LAZY_SOURCES.map((name) => img.getAttribute(name)), img.getAttribute("src")]
    .filter((value): value is string => value !== null && value.trim() !== "")
    .map((raw) => ({ raw, url: normalizeImageUrl(raw) }));
  const alt = meaningfulAlt(img.getAttribute("alt"));
  if (candidates.some(({ url }) => isSinaQrImage(url))) return null;
  const accepted = candidates.find(({ url }) => checkImageUrl(url, sink.options).url !== undefined);
  if (accepted === undefined) {
    const first = candidates[0] ?? { raw: "", url: "" };
    const { reason } = checkImageUrl(first.url, sink.options);
    sink.problems.push({
      field: "body <img src>",
      value: first.raw,
      message: `${reason}; dropped${alt === "" ? "" : ", its alt text kept"}`,
    });
    return alt === "" ? null : textPiece(alt);
  }
  const size = sizeOf(img);
  let ref = sink.images.get(accepted.url);
  if (ref === undefined) {
    ref = toImageRef(accepted.url, size);
    sink.images.set(accepted.url, ref);
  }
  const shown = size ?? (ref.width > 0 ? ref : null);
  const dimensions = shown === null ? "" : ` width="${shown.width}" height="${shown.height}"`;
  return {
    html: `<img src="/img/${ref.key}" alt="${escapeAttribute(alt)}"${dimensions}>`,
    text: "",
    flags: MEDIA,
  };
}

/**
 * The alt text worth keeping, whitespace collapsed, or "" when it says nothing.
 *
 * @example
 * meaningfulAlt("image-20210528161310890") // ""
 * meaningfulAlt("图2 页面元素审查情况")       // "图2 页面元素审查情况"
 */
export function meaningfulAlt(alt: string | null): string {
  const text = (alt ?? "").replace(/\s+/g, " ").trim();
  return EMPTY_ALT.test(text) || FILE_NAME_ALT.test(text) ? "" : text;
}

/** The size the markup gives: `width`/`height`, else jianshu's `data-original-width`/`-height`. */
function sizeOf(img: DomElement): ImageSize | null {
  return (
    toSize(img.getAttribute("width"), img.getAttribute("height")) ??
    toSize(img.getAttribute("data-original-width"), img.getAttribute("data-original-height"))
  );
}
