import type { Article } from "../../model.ts";
import { type Html, html } from "./html.ts";
import { UI_TEXT } from "./ui-text.ts";

// Building a DateTimeFormat is slow next to using one; an isolate sees one or two zones.
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * An ISO 8601 instant as the site's readers see it: `YYYY-MM-DD HH:mm` in `timeZone`.
 *
 * @example
 * formatPageDate("2021-08-20T16:30:00Z", "Asia/Shanghai") // "2021-08-21 00:30"
 */
export function formatPageDate(iso: string, timeZone: string): string {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      // h23, not hour12: false, which some engines render as "24:05" just after midnight.
      hourCycle: "h23",
    });
    formats.set(timeZone, format);
  }
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of format.formatToParts(new Date(iso))) part[type] = value;
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/**
 * An article's date as a `<time>` element, or "日期不详" for an undated article (its `date` is the
 * build's stand-in, not a publication time).
 *
 * @example
 * renderArticleDate(article, "Asia/Shanghai") // <time datetime="2021-08-20T16:30:00Z">2021-08-21 00:30</time>
 */
export function renderArticleDate(article: Article, timeZone: string): Html {
  if (!article.dated) return html`<span class="undated">${UI_TEXT.undated}</span>`;
  return html`<time datetime="${article.date}">${formatPageDate(article.date, timeZone)}</time>`;
}
