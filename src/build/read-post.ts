import { hashSource } from "./article-id.ts";
import { type ArticleText, writeArticleText } from "./article-text.ts";
import { cleanHtml } from "./clean-html.ts";
import type { NowSpan } from "./dates.ts";
import { decodeText } from "./decode-text.ts";
import { readFrontMatter } from "./front-matter.ts";
import { findMetaSteadySpan, readPostMeta } from "./post-meta.ts";
import type { FieldProblem } from "./problems.ts";
import { pickRepresentativeImage } from "./representative-image.ts";
import { summarize } from "./summary.ts";

/** What reading a post depends on besides its bytes and its content path. */
export interface PostOptions {
  /** IANA zone for dates written without one. */
  timeZone: string;
  /** Accept loopback image hosts (tests and local demos only). */
  allowLoopbackImages: boolean;
  /** The build time: dates after it are not believed. */
  now: Date;
}

/**
 * Everything the build keeps of one post file: what the bundle and the report need of it. It
 * depends on the file's bytes, its content path and the options, and on `now` only while `now`
 * stays in `steady`.
 */
export type PostRecord = { skip: FieldProblem } | PublishedPost;

/** A post that is published. */
export interface PublishedPost {
  /** Warnings, in the order they were found. */
  problems: FieldProblem[];
  /** As in the article: the sort key. */
  date: string;
  /** What the article's id is cut from (see `hashSource`). */
  pathHash: string;
  /** The category hierarchy as written, top level first. */
  categories: string[];
  /** `[key, url]` of each image the article shows, for the bundle's image table. */
  images: Array<[string, string]>;
  text: ArticleText;
  /** The build times this record holds for (see `findSteadySpan`). */
  steady: NowSpan;
}

/**
 * Reads one post: decodes it, parses its front matter, cleans its body and writes its article's
 * text. Never throws for bad content: a file with nothing publishable is a `skip`.
 */
export function readPost(source: string, bytes: Uint8Array, options: PostOptions): PostRecord {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { skip: decoded.problem };
  const front = readFrontMatter(decoded.text);
  const clean = cleanHtml(front.body, { allowLoopbackImages: options.allowLoopbackImages });
  const context = { source, timeZone: options.timeZone, now: options.now };
  const { meta, problems } = readPostMeta(front.data, context);
  const image = pickRepresentativeImage(meta.images, clean.images, options);
  const images = new Map<string, [string, string]>();
  for (const { url, ref } of image ? [...clean.images, image] : clean.images) {
    // Two URLs under one key stay two entries, for the build to refuse.
    images.set(`${ref.key}\n${url}`, [ref.key, url]);
  }
  return {
    problems: [...decoded.problems, ...front.problems, ...clean.problems, ...problems],
    date: meta.date,
    pathHash: hashSource(source),
    categories: meta.categories,
    images: [...images.values()],
    text: writeArticleText({
      title: meta.title,
      author: meta.author,
      date: meta.date,
      dated: meta.dated,
      summary: summarize(clean.text),
      image: image?.ref ?? null,
      html: clean.html,
      source,
    }),
    steady: findMetaSteadySpan(front.data, context),
  };
}
