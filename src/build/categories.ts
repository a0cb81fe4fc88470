import type { Category } from "../model.ts";
import { hashBase32 } from "./base32-hash.ts";
import { foldCategoryLabel, toCategoryLabel, toPathSegment } from "./category-label.ts";
import type { FieldProblem } from "./problems.ts";

/** Deeper hierarchies are cut: every level is a URL segment and a line of navigation. */
export const MAX_CATEGORY_DEPTH = 8;

/**
 * Reads front matter `categories` as one hierarchy, top level first (Hexo: a list is parent > child).
 * A plain string is one level. The first item that is not non-empty text ends the hierarchy with a
 * problem, so the post is filed under the levels before it. Labels are trimmed, otherwise as written.
 *
 * @example
 * readCategories(["金融", " 新浪财经 "]) // { categories: ["金融", "新浪财经"], problems: [] }
 */
export function readCategories(value: unknown): { categories: string[]; problems: FieldProblem[] } {
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) {
    return { categories: [], problems: [] };
  }
  if (typeof value !== "string" && !Array.isArray(value)) {
    return cut([], `is ${describe(value)}, not a list of labels`, "");
  }
  const categories: string[] = [];
  for (const [index, item] of (typeof value === "string" ? [value] : value).entries()) {
    if (typeof item !== "string" || item.trim() === "") {
      const what = typeof item === "string" || item === null ? "empty" : describe(item);
      return cut(categories, `has an item that is ${what} (item ${index + 1})`, "");
    }
    if (categories.length === MAX_CATEGORY_DEPTH) {
      return cut(categories, `has more than ${MAX_CATEGORY_DEPTH} levels`, item);
    }
    categories.push(item.trim());
  }
  return { categories, problems: [] };
}

/** A node of the tree while it is built, keyed by fold key under its parent. */
interface Node {
  fold: string;
  parent: Node | null;
  /** Each label variant written for this category, and how many posts wrote it. */
  labels: Map<string, number>;
  children: Map<string, Node>;
  label: string;
  segment: string;
  index: number;
}

/**
 * Builds the category tree of `Bundle.categories` from each article's label path, articles in final
 * order (newest first). Labels that differ only by decoration, case, whitespace or width are one
 * category, shown with the label most posts wrote (ties: the smallest in code-unit order).
 *
 * Categories are numbered depth first, children ordered by label, so parents come before children.
 * Sibling path segments that collide (`C#` and `C++` are both `c`) are told apart deterministically:
 * the smallest fold key keeps the plain segment, the others get `-<8 base32 characters of the hash of
 * their fold key>` (longer if that is taken).
 *
 * @example
 * buildCategoryTree([["金融", "新浪财经"], [], ["— 金融"]]).categoryOf // [2, 0, 1]
 */
export function buildCategoryTree(paths: string[][]): { categories: Category[]; categoryOf: number[] } {
  const root = createNode("", null);
  // Posts share a few category paths: each label as written is read once, not once a post.
  const read = new Map<string, { label: string; fold: string }>();
  const deepest = paths.map((path) => {
    let node = root;
    for (const raw of path) {
      let known = read.get(raw);
      if (known === undefined) {
        const label = toCategoryLabel(raw);
        known = { label, fold: label === "" ? "" : foldCategoryLabel(label) };
        read.set(raw, known);
      }
      const { label, fold } = known;
      if (label === "") continue;
      let child = node.children.get(fold);
      if (child === undefined) {
        child = createNode(fold, node);
        node.children.set(fold, child);
      }
      child.labels.set(label, (child.labels.get(label) ?? 0) + 1);
      node = child;
    }
    return node;
  });
  const categories = numberNodes(root);
  for (const [article, node] of deepest.entries()) {
    for (let at: Node | null = node; at !== null; at = at.parent)
      categories[at.index]?.articles.push(article);
  }
  return { categories, categoryOf: deepest.map((node) => node.index) };
}

function createNode(fold: string, parent: Node | null): Node {
  return { fold, parent, labels: new Map(), children: new Map(), label: "", segment: "", index: 0 };
}

/** Depth-first, without recursion, so a deep tree cannot overflow the stack. */
function numberNodes(root: Node): Category[] {
  const categories: Category[] = [];
  const stack: { node: Node; path: string[]; parent: number }[] = [{ node: root, path: [], parent: -1 }];
  while (stack.length > 0) {
    const { node, path, parent } = stack.pop() as (typeof stack)[number];
    node.index = categories.length;
    categories.push({ label: node.label, path, parent, children: [], articles: [] });
    if (parent >= 0) categories[parent]?.children.push(node.index);
    const children = [...node.children.values()];
    for (const child of children) child.label = pickLabel(child.labels);
    assignSegments(children);
    children.sort((a, b) => compare(a.label, b.label));
    for (const child of children.reverse()) {
      stack.push({ node: child, path: [...path, child.segment], parent: node.index });
    }
  }
  return categories;
}

function pickLabel(labels: Map<string, number>): string {
  let best = "";
  let bestCount = 0;
  for (const [label, count] of labels) {
    if (count > bestCount || (count === bestCount && compare(label, best) < 0)) {
      best = label;
      bestCount = count;
    }
  }
  return best;
}

function assignSegments(siblings: Node[]): void {
  const byFold = [...siblings].sort((a, b) => compare(a.fold, b.fold));
  const taken = new Set<string>();
  const losers: Node[] = [];
  for (const node of byFold) {
    const segment = toPathSegment(node.fold);
    if (taken.has(segment)) losers.push(node);
    else taken.add(segment);
    node.segment = segment;
  }
  for (const node of losers) {
    const hash = hashBase32(node.fold);
    let length = 8;
    while (taken.has(`${node.segment}-${hash.slice(0, length)}`) && length < hash.length) length += 4;
    node.segment = `${node.segment}-${hash.slice(0, length)}`;
    taken.add(node.segment);
  }
}

function cut(kept: string[], problem: string, value: string) {
  const where = kept.length === 0 ? "has no category" : `is filed under ${kept.join(" > ")}`;
  const message = `${problem}; the post ${where}`;
  return { categories: kept, problems: [{ field: 'front matter "categories"', value, message }] };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "a mapping" : `a ${typeof value}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
