/**
 * The pages' one way to write markup: hono's `html` tagged template, which escapes every
 * interpolated string, narrowed to synchronous use and to values that stringify predictably.
 */
import { html as honoHtml, raw as honoRaw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";

/** Markup that is already safe to emit: a template's result, or `trustHtml` output. */
export type Html = HtmlEscapedString;

/**
 * What a template may interpolate. Strings and numbers are escaped; `Html` is kept as is; `false`,
 * `null` and `undefined` render nothing, so `${isShown && html`…`}` works (given a boolean: `0`
 * would print). Plain objects and promises are refused by the type, so nothing can print as
 * `[object Object]` or stay pending.
 */
export type Interpolation = string | number | false | null | undefined | Html | readonly Interpolation[];

/**
 * Writes markup, escaping `&<>"'` in every interpolated string (text and quoted attributes alike).
 *
 * @example
 * html`<a href="${"/articles/a&b"}">${"<标题>"}</a>`.toString()
 * // '<a href="/articles/a&amp;b">&lt;标题&gt;</a>'
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  const out = honoHtml(strings, ...values);
  // Only a Promise among the values makes hono return one, and the type above admits none.
  if (out instanceof Promise) throw new TypeError("pages: a template was given a Promise");
  return out;
}

/**
 * Marks HTML as safe without escaping. Only for `Article.html`, which the build has sanitized.
 *
 * @example
 * html`<div>${trustHtml(article.html)}</div>`
 */
export function trustHtml(sanitized: string): Html {
  return honoRaw(sanitized);
}
