import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Posts and content folders for the tests that run a build over files: posts in the crawler's
 * Hexo template (leading newline, `comments: false`, the body in a `<div>` with its trailing
 * indent), written under a folder as the crawler would leave them.
 */

/** What a post in the crawler's template may vary. */
export interface PostFields {
  title: string;
  /** The article's HTML, inside the template's `<div>`. */
  body?: string;
  /** The front matter's date, as written. */
  date?: string;
  categories?: string[];
}

/** A post as the crawler writes it. */
export function crawledPost({
  title,
  body = "<p>正文。</p>",
  date = "2021-05-16 04:16:04",
  categories = ["金融"],
}: PostFields): string {
  const categoryLines = categories.map((category) => `\n - ${category}`).join("");
  return `\n---\ntitle: '${title}'\ncategories: ${categoryLines}\nauthor: 某社\ncomments: false\ndate: ${date}\n---\n\n<div>   \n${body}\n</div>\n            `;
}

/** Writes `files` under `dir`, each at its relative path, making the folders they need. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}
