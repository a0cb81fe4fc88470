import type { Article } from "../model.ts";
import type { BytePiece } from "./byte-pieces.ts";
import { escapeForSingleQuotes } from "./js-string-literal.ts";
import { sha256 } from "./sha256.ts";

/** What of an article one post decides alone: everything but its id and category. */
export type ArticleFields = Omit<Article, "id" | "category">;

/**
 * An article's JSON as `bundle.js` holds it, open at the end: `{"title":…,"source":"…"`, without
 * the `id` and `category` that depend on the other posts (`closeArticleText` adds them), escaped
 * for the module's single-quoted string literal. A rebuild copies an unchanged article's bytes as
 * they are (from the post cache's store: see `BytePiece`) and takes its `hash` from the cache, so it
 * neither stringifies nor hashes the articles again.
 */
export interface ArticleText {
  literal: BytePiece;
  /** SHA-256 of `literal` (base64url, 128 bits): what the bundle's version is made of. */
  hash: string;
}

/**
 * The text of an article. Members come in the bundle's order, the order `JSON.stringify` gives an
 * article built field by field: the post's own fields, then `id` and `category`.
 *
 * @example
 * writeArticleText(fields).literal + closeArticleText(id, 3) // escaped JSON.stringify({ ...fields, id, category: 3 })
 */
export function writeArticleText(fields: ArticleFields): ArticleText {
  const { title, author, date, dated, summary, image, html, source } = fields;
  const json = JSON.stringify({ title, author, date, dated, summary, image, html, source }).slice(0, -1);
  const literal = Buffer.from(escapeForSingleQuotes(json));
  return { literal, hash: sha256(literal, "base64url").slice(0, 22) };
}

/**
 * The end of an article's text: `,"id":"…","category":…}`. The same in JSON and in the literal:
 * ids are URL-safe and categories numbers, so nothing in it is escaped.
 */
export function closeArticleText(id: string, category: number): string {
  return `,"id":${JSON.stringify(id)},"category":${category}}`;
}
