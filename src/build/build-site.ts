import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article, Bundle } from "../model.ts";
import { assignArticleIds } from "./article-id.ts";
import { buildBundle } from "./build-bundle.ts";
import { buildCategoryTree } from "./categories.ts";
import { cleanHtml } from "./clean-html.ts";
import { decodeText } from "./decode-text.ts";
import { findPosts } from "./find-posts.ts";
import { readFrontMatter } from "./front-matter.ts";
import type { PostCache } from "./post-cache.ts";
import { readPostMeta } from "./post-meta.ts";
import type { FieldProblem, Problem } from "./problems.ts";
import { pickRepresentativeImage } from "./representative-image.ts";
import { summarize } from "./summary.ts";

/** What a build depends on besides the content itself. */
export interface BuildOptions {
  /** The content folder, as the user named it (problems are reported with this prefix). */
  contentDir: string;
  /** IANA zone for dates written without one. */
  timeZone: string;
  /** Accept loopback image hosts (tests and local demos only). */
  allowLoopbackImages: boolean;
  /** The build time: dates after it are not believed. */
  now: Date;
  /** Results of earlier builds, so unchanged posts are not cleaned again. */
  cache?: PostCache<ParsedPost>;
  /** Called after each file, for a progress display. */
  onProgress?: (done: number, total: number) => void;
}

/** The outcome of a build: the bundle, and every problem found on the way. */
export interface BuildResult {
  bundle: Bundle;
  problems: Problem[];
  /** Post files read. */
  files: number;
  /** Files not published (each has a "skip" problem). */
  skipped: number;
  /** Posts whose cached results were reused. */
  reused: number;
}

/** The expensive, cacheable part of reading one post: it depends only on the file's bytes. */
export type ParsedPost =
  | { skip: FieldProblem }
  | {
      data: Record<string, unknown>;
      html: string;
      summary: string;
      images: ReturnType<typeof cleanHtml>["images"];
      problems: FieldProblem[];
    };

/**
 * Reads every post under `options.contentDir` and returns the bundle the worker serves.
 * Never throws for bad content: each problem is reported, and only files with nothing publishable
 * are skipped.
 */
export function buildSite(options: BuildOptions): BuildResult {
  const sources = findPosts(options.contentDir);
  const problems: Problem[] = [];
  const posts: Array<Omit<Article, "id" | "category"> & { categories: string[] }> = [];
  const images = new Map<string, string>();
  sources.forEach((source, index) => {
    const file = join(options.contentDir, source);
    const report = (severity: Problem["severity"]) => (p: FieldProblem) =>
      problems.push({ ...p, file, severity });
    const bytes = readFileSync(file);
    const parsed = options.cache
      ? options.cache.get(bytes, () => parsePost(bytes, options))
      : parsePost(bytes, options);
    options.onProgress?.(index + 1, sources.length);
    if ("skip" in parsed) {
      report("skip")(parsed.skip);
      return;
    }
    parsed.problems.forEach(report("warning"));
    const { meta, problems: metaProblems } = readPostMeta(parsed.data, {
      source,
      timeZone: options.timeZone,
      now: options.now,
    });
    metaProblems.forEach(report("warning"));
    const image = pickRepresentativeImage(meta.images, parsed.images, options);
    for (const { url, ref } of image ? [...parsed.images, image] : parsed.images) {
      if ((images.get(ref.key) ?? url) !== url) throw new Error(`build: image key ${ref.key} names two URLs`);
      images.set(ref.key, url);
    }
    posts.push({
      title: meta.title,
      author: meta.author,
      date: meta.date,
      dated: meta.dated,
      summary: parsed.summary,
      image: image?.ref ?? null,
      html: parsed.html,
      source,
      categories: meta.categories,
    });
  });

  const ids = assignArticleIds(posts.map((post) => post.source));
  const sorted = posts.map((post, i) => ({ ...post, id: ids[i] as string })).sort(compareNewestFirst);
  const { categories, categoryOf } = buildCategoryTree(sorted.map((post) => post.categories));
  const articles: Article[] = sorted.map(({ categories: _, ...post }, i) => ({
    ...post,
    category: categoryOf[i] ?? 0,
  }));
  const bundle = buildBundle({
    articles,
    categories,
    images,
    allowLoopbackImages: options.allowLoopbackImages,
  });
  const skipped = problems.filter((p) => p.severity === "skip").length;
  return { bundle, problems, files: sources.length, skipped, reused: options.cache?.hits ?? 0 };
}

function parsePost(bytes: Uint8Array, options: BuildOptions): ParsedPost {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { skip: decoded.problem };
  const front = readFrontMatter(decoded.text);
  const clean = cleanHtml(front.body, { allowLoopbackImages: options.allowLoopbackImages });
  return {
    data: front.data,
    html: clean.html,
    summary: summarize(clean.text),
    images: clean.images,
    problems: [...decoded.problems, ...front.problems, ...clean.problems],
  };
}

/** Newest first; posts of the same second in id order, so the order never depends on the file system. */
function compareNewestFirst(a: { date: string; id: string }, b: { date: string; id: string }): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
