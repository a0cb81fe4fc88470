import { readCategories } from "./categories.ts";
import { withoutMarkdownLinks } from "./category-label.ts";
import { type DateContext, findSteadySpan, type NowSpan, readPostDate } from "./dates.ts";
import { toPlainText } from "./plain-text.ts";
import type { FieldProblem } from "./problems.ts";

/** Everything the build knows about a post before its body. */
export interface PostMeta {
  /** Plain text, never empty: the file name's stem when the front matter has none. */
  title: string;
  /** Plain text; may be "". */
  author: string;
  /** Category hierarchy, top level first, labels as written (trimmed); [] when none. */
  categories: string[];
  /** ISO 8601 in UTC with seconds: `2021-08-20T06:36:14Z`. */
  date: string;
  /** False when `date` is the stable fallback `1970-01-01T00:00:00Z`. */
  dated: boolean;
  /** `headimg` then `thumbnail`, as written, non-empty, without repeats; not yet judged. */
  images: string[];
}

/** Where a post comes from and what its dates are read against. */
export type PostContext = DateContext;

const IMAGE_KEYS = ["headimg", "thumbnail"];

/**
 * Reads a post's metadata from its front matter (`readFrontMatter().data`), checking each field's
 * type: a title that is a list or a mapping is a problem, never `String(x)`. Every problem leaves a
 * usable value, so the post is always published.
 *
 * @example
 * readPostMeta({ title: "<b>Hi</b>", date: "2021-08-20 14:36:14" }, { source: "a/x.md", timeZone: "Asia/Shanghai", now: new Date() })
 * // { meta: { title: "Hi", author: "", categories: [], date: "2021-08-20T06:36:14Z", dated: true, images: [] }, problems: [] }
 */
export function readPostMeta(
  data: Readonly<Record<string, unknown>>,
  context: PostContext,
): { meta: PostMeta; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const title = readTitle(own(data, "title"), context.source, problems);
  const author = readAuthor(own(data, "author"), problems);
  const categories = readCategories(own(data, "categories"));
  const date = readPostDate(own(data, "date"), context);
  problems.push(...categories.problems, ...date.problems);
  const images = readImages(data, problems);
  return {
    meta: { title, author, categories: categories.categories, date: date.date, dated: date.dated, images },
    problems,
  };
}

/**
 * The build times over which `readPostMeta(data, context)` gives what it gives at `context.now`:
 * of all the fields, only the date is judged against the clock (see `findSteadySpan`).
 */
export function findMetaSteadySpan(data: Readonly<Record<string, unknown>>, context: PostContext): NowSpan {
  return findSteadySpan(own(data, "date"), context);
}

function readTitle(value: unknown, source: string, problems: FieldProblem[]): string {
  const title = typeof value === "string" ? toPlainText(value) : "";
  if (title !== "") return title;
  const fallback = toPlainText(fileStem(source)) || toPlainText(source) || "untitled";
  const problem = typeof value === "string" ? "is empty" : whatIsWrong(value, "text");
  problems.push({
    field: 'front matter "title"',
    value: typeof value === "string" ? value : "",
    message: `${problem}; the post is titled ${JSON.stringify(fallback)} from its file name`,
  });
  return fallback;
}

function readAuthor(value: unknown, problems: FieldProblem[]): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return toPlainText(withoutMarkdownLinks(value));
  const message = `${whatIsWrong(value, "text")}; the post has no author`;
  problems.push({ field: 'front matter "author"', value: "", message });
  return "";
}

function readImages(data: Readonly<Record<string, unknown>>, problems: FieldProblem[]): string[] {
  const images: string[] = [];
  for (const key of IMAGE_KEYS) {
    const value = own(data, key);
    if (typeof value === "string") {
      const url = value.trim();
      if (url !== "" && !images.includes(url)) images.push(url);
    } else if (value !== undefined && value !== null) {
      const message = `${whatIsWrong(value, "a URL")}; it is ignored`;
      problems.push({ field: `front matter ${JSON.stringify(key)}`, value: "", message });
    }
  }
  return images;
}

/** A key's own value: `data.constructor` or an inherited `title` are not front matter. */
function own(data: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(data, key) ? data[key] : undefined;
}

function whatIsWrong(value: unknown, expected: string): string {
  if (value === undefined || value === null) return "is missing";
  const kind = Array.isArray(value)
    ? "a list"
    : typeof value === "object"
      ? "a mapping"
      : `a ${typeof value}`;
  return `is ${kind}, not ${expected}`;
}

/** `sina/2021-04-18-news.md` → `2021-04-18-news`. */
function fileStem(source: string): string {
  const name = source.slice(source.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}
