import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** One invented post whose pictures live at the given URLs. */
export interface ImagePost {
  /** Path inside the content folder (`demo-photos/post-3f9c2d71ab.md`). */
  file: string;
  title: string;
  /** Top-level category first. */
  categories: string[];
  /** As the aggregator writes it: RFC 822 (`Wed, 15 Jun 2022 08:57:00 GMT`). */
  date: string;
  /** `headimg` and `thumbnail`; "" for none. */
  cover: string;
  /** Body images, in order, each in a paragraph of its own. */
  images: string[];
}

/**
 * Writes posts in the real corpus's current shape (a newline before `---`, single-quoted `headimg`
 * and `thumbnail`, the body inside `<div>   `, closed by `</div>`, a newline and twelve spaces) into
 * a new temporary folder, and returns the folder.
 *
 * @example
 * const contentDir = writeImagePosts([{ file: "demo/post-1.md", title: "测试", categories: ["图片"],
 *   date: "Wed, 15 Jun 2022 08:57:00 GMT", cover: "", images: [`${upstream.url}/a.png`] }]);
 */
export function writeImagePosts(posts: ImagePost[]): string {
  const dir = mkdtempSync(join(tmpdir(), "edgefeed-content-"));
  for (const post of posts) {
    const path = join(dir, post.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, renderPost(post));
  }
  return dir;
}

function renderPost(post: ImagePost): string {
  const categories = post.categories.map((label) => ` - ${label}`).join("\n");
  const cover = post.cover === "" ? "" : `'${post.cover}'`;
  const body = post.images
    .map(
      (src, i) =>
        `<p>第 ${i + 1} 张图之前的一段话，写着这张图拍的是什么。</p>\n` +
        `<p><img src="${src}" alt referrerpolicy="no-referrer"></p>`,
    )
    .join("\n");
  return (
    `\n---\ntitle: '${post.title.replaceAll("'", "''")}'\ncategories: \n${categories}\n` +
    `headimg: ${cover}\nauthor: 演示图库\ncomments: false\ndate: ${post.date}\nthumbnail: ${cover}\n---\n\n` +
    `<div>   \n<p>这是一篇为测试写的文章，文字都是编的。</p>\n${body}\n<p>全文完。</p>\n</div>\n            `
  );
}
