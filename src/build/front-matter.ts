import matter from "gray-matter";
import yaml from "js-yaml";
import { KNOWN_KEYS, recoverFrontMatter } from "./front-matter-recovery.ts";
import type { FieldProblem } from "./problems.ts";

/** A post split into its front matter and its body. */
export interface FrontMatter {
  /** The front matter's keys. Values are text, lists and mappings, never numbers, booleans or dates. */
  data: Record<string, unknown>;
  /** Everything after the closing `---` line (the whole file when there is no front matter). */
  body: string;
  problems: FieldProblem[];
}

/**
 * Real front matter is a few hundred characters. Past this, YAML is not parsed at all: gray-matter's
 * comment stripping (`/^\s*#[^\n]+/gm`) is quadratic in runs of blank lines, 9 s for 64 KiB.
 */
export const MAX_FRONT_MATTER_CHARS = 8 * 1024;

// Leading blank lines are allowed (every crawled post has one); gray-matter wants `---` at 0.
const OPENING = /^\s*---[ \t]*\n/;
const CLOSING = /^---[ \t]*$/m;

const OPTIONS = {
  engines: { yaml: parseYaml },
  // gray-matter otherwise reads `excerpt_separator` from the data and stringifies it: an alias bomb.
  excerpt: () => "",
};

/**
 * Splits a post into YAML front matter and body. Takes text as `decodeText` returns it, and also
 * copes with a BOM, CRLF and blank lines before the opening `---`.
 *
 * YAML is read with the failsafe schema (YAML 1.2 §10.1): every scalar stays the text it was written
 * as, so `date: 2021-05-16 04:16:04` is not turned into a UTC Date (it is wall time in the site's
 * zone), `title: 1984` is not a number, and no tag (`!!js/function`, `!!binary`) is constructed.
 * Aliases are kept as shared references, so an alias bomb parses in linear time; callers read only
 * the keys they know and never walk or stringify other values.
 *
 * Front matter that is not valid YAML, or is larger than 8 KiB, is read line by line for the known
 * keys (`recoverFrontMatter`), with a warning. A file without front matter is all body, with a warning.
 *
 * @example
 * readFrontMatter("\n---\ntitle: 'Hi'\ndate: 2021-05-16 04:16:04\n---\n\n<div>x</div>")
 * // { data: { title: "Hi", date: "2021-05-16 04:16:04" }, body: "\n<div>x</div>", problems: [] }
 */
export function readFrontMatter(text: string): FrontMatter {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const normalized = unmarked.includes("\r") ? unmarked.replace(/\r\n?/g, "\n") : unmarked;
  const opening = OPENING.exec(normalized);
  if (opening === null) {
    return asBody(normalized, 'is missing (no "---" line at the start); the whole file is the body');
  }
  const rest = normalized.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (closing === null) {
    return asBody(normalized, 'has no closing "---" line; the whole file is the body');
  }
  const block = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length + 1);
  const firstLine = countLines(normalized.slice(0, opening[0].length)) + 1;
  if (block.length > MAX_FRONT_MATTER_CHARS) {
    const data = recoverFrontMatter(block.slice(0, MAX_FRONT_MATTER_CHARS));
    const message = `is larger than 8 KiB (${block.length} characters); the known keys in its first 8 KiB were read line by line`;
    return { data, body, problems: [{ field: "front matter", value: "", message }] };
  }
  try {
    const data: unknown = matter(`---\n${block}---\n`, OPTIONS).data;
    if (typeof data === "object" && data !== null && !Array.isArray(data)) {
      return { data: data as Record<string, unknown>, body, problems: [] };
    }
    return recover(block, body, "is not a mapping of keys", "");
  } catch (error) {
    const { where, reason, line } = describeError(error, block, firstLine);
    return recover(block, body, `is not valid YAML${where} (${reason})`, line);
  }
}

function parseYaml(source: string): object {
  return yaml.safeLoad(source, { schema: yaml.FAILSAFE_SCHEMA }) as object;
}

function recover(block: string, body: string, problem: string, value: string): FrontMatter {
  const message = `${problem}; its known keys (${KNOWN_KEYS.join(", ")}) were read line by line`;
  return { data: recoverFrontMatter(block), body, problems: [{ field: "front matter", value, message }] };
}

function asBody(text: string, message: string): FrontMatter {
  return { data: {}, body: text, problems: [{ field: "front matter", value: "", message }] };
}

/** Where in the file and why, from js-yaml's error; a stack overflow means nesting too deep. */
function describeError(
  error: unknown,
  block: string,
  firstLine: number,
): { where: string; reason: string; line: string } {
  if (error instanceof yaml.YAMLException) {
    const exception = error as yaml.YAMLException & { reason?: string; mark?: { line?: number } };
    // js-yaml counts from 0 and sees a blank line before the block (gray-matter keeps the newline).
    const blockLine = (exception.mark?.line ?? 0) - 1;
    const line = block.split("\n")[blockLine] ?? "";
    const where = blockLine >= 0 ? ` at line ${firstLine + blockLine}` : "";
    return { where, reason: exception.reason ?? "unreadable", line };
  }
  if (error instanceof RangeError) return { where: "", reason: "nested too deeply", line: "" };
  return { where: "", reason: error instanceof Error ? error.message : "unreadable", line: "" };
}

function countLines(text: string): number {
  let lines = 0;
  for (const char of text) if (char === "\n") lines += 1;
  return lines;
}
