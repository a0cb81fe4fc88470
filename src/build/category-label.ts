import { hashBase32 } from "./base32-hash.ts";
import { toPlainText } from "./plain-text.ts";

// CommonMark §6.3 inline link, `[Naver](https://comic.naver.com)`: its text is what a reader sees.
const MARKDOWN_LINK = /\[([^[\]]*)\]\([^()\s]*\)/g;
// Dashes (Unicode Pd, full-width and wave dashes included), bullets and spaces around a label.
const DECORATION = "[\\p{Pd}\\s*•‣◦⁃∙·・●○▪▫■□►▸▶▹]+";
const LEADING_DECORATION = new RegExp(`^${DECORATION}`, "u");
const TRAILING_DECORATION = new RegExp(`${DECORATION}$`, "u");
const MAX_SEGMENT = 64;

/**
 * A category label as shown: plain text, Markdown links as their text, the dashes and bullets around
 * it removed (`— 番剧` → `番剧`). A label that is nothing but decoration (`—`) stays as written.
 *
 * @example
 * toCategoryLabel("Webtoons - [Naver](https://comic.naver.com)") // "Webtoons - Naver"
 */
export function toCategoryLabel(raw: string): string {
  const plain = withoutMarkdownLinks(toPlainText(raw));
  return plain.replace(LEADING_DECORATION, "").replace(TRAILING_DECORATION, "") || plain;
}

/**
 * Replaces Markdown inline links by their text, as the aggregator copies them from feed titles.
 *
 * @example
 * withoutMarkdownLinks("[Naver](https://comic.naver.com) 웹툰") // "Naver 웹툰"
 */
export function withoutMarkdownLinks(text: string): string {
  return text.replace(MARKDOWN_LINK, "$1");
}

/**
 * The key under which labels count as one category: compatibility forms unified (NFKC: full-width
 * `ＡｃＦｕｎ` is `AcFun`), lower-cased, whitespace runs collapsed. Takes a `toCategoryLabel` label.
 *
 * @example
 * foldCategoryLabel("Hacker  ＮＥＷＳ") // "hacker news"
 */
export function foldCategoryLabel(label: string): string {
  return label.normalize("NFKC").toLowerCase().normalize("NFKC").replace(/\s+/g, " ").trim();
}

/**
 * A readable, URL-safe path segment for a fold key: letters, marks and numbers kept, every other run
 * (punctuation, `/`, `.`, `?`, `#`, `%`, spaces) one `-`, at most 64 characters; a short hash when
 * nothing is left (`...`). Siblings whose segments collide are told apart by `buildCategoryTree`.
 *
 * @example
 * toPathSegment("it 之家 / 热榜") // "it-之家-热榜"
 */
export function toPathSegment(foldKey: string): string {
  const segment = [...foldKey.replace(/[^\p{L}\p{M}\p{N}]+/gu, "-").replace(/^-+/, "")]
    .slice(0, MAX_SEGMENT)
    .join("")
    .replace(/-+$/, "");
  return segment === "" ? hashBase32(foldKey).slice(0, 8) : segment;
}
