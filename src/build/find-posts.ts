import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Lists the posts under `dir` as content paths relative to it (forward slashes), sorted by code
 * point so every machine builds them in the same order.
 *
 * Only `.md` files are posts. `README.md` files and names starting with `_` or `.` (drafts, editor
 * files, `.git`) are passed over without a word, folders included.
 *
 * @example
 * findPosts("content") // ["36kr/post-1.md", "sina/post-2.md"]
 */
export function findPosts(dir: string): string[] {
  const posts: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(dir, relative), { withFileTypes: true })) {
      if (entry.name.startsWith("_") || entry.name.startsWith(".")) continue;
      const path = relative === "" ? entry.name : `${relative}/${entry.name}`;
      // Follow symbolic links: a content repository may link posts in from elsewhere.
      const stats = entry.isSymbolicLink() ? statSync(join(dir, path), { throwIfNoEntry: false }) : entry;
      if (stats?.isDirectory()) walk(path);
      else if (stats?.isFile() && isPostName(entry.name)) posts.push(path);
    }
  };
  walk("");
  return posts.sort(compareCodePoints);
}

function isPostName(name: string): boolean {
  return name.toLowerCase().endsWith(".md") && name.toLowerCase() !== "readme.md";
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
