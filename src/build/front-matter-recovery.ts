/** The keys the aggregator writes; everything else in broken front matter is ignored. */
export const KNOWN_KEYS = ["title", "categories", "author", "comments", "date", "headimg", "thumbnail"];

// A key at the start of a line: `title: x`, `categories:`. Anything else continues the key above.
const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const LIST_ITEM = /^[ \t]*-(?:[ \t]+(.*))?$/;

/**
 * Reads the known keys of front matter that is not valid YAML, line by line: `key: value` lines,
 * `- item` lines under `categories`, and continuation lines of a multi-line value, joined by a space.
 * Values are text (categories a list of text), unquoted; a value quoted more than once
 * (`"""""""'SP'"""""""`, the aggregator's broken escaping) loses every matching pair of outer quotes.
 *
 * @example
 * recoverFrontMatter(`title: """'SP'"""\ncategories:\n    - 二次元\n`)
 * // { title: "SP", categories: ["二次元"] }
 */
export function recoverFrontMatter(block: string): Record<string, unknown> {
  const scalars = new Map<string, string[]>();
  const lists = new Map<string, string[]>();
  let current: string | null = null;
  for (const line of block.split("\n")) {
    const key = KEY_LINE.exec(line);
    if (key !== null) {
      const name = key[1] as string;
      const value = (key[2] ?? "").trim();
      // The first of duplicate keys wins; unknown keys swallow their own continuation lines.
      current = KNOWN_KEYS.includes(name) && !scalars.has(name) && !lists.has(name) ? name : null;
      if (current === "categories" && value !== "") lists.set(current, readInlineList(value));
      else if (current === "categories") lists.set(current, []);
      else if (current !== null) scalars.set(current, [value]);
      continue;
    }
    if (current === null || /^\s*(#|$)/.test(line)) continue;
    const item = LIST_ITEM.exec(line);
    if (current === "categories") {
      if (item !== null) lists.get(current)?.push(unquote(item[1] ?? ""));
      continue;
    }
    scalars.get(current)?.push(line.trim());
  }
  const data: Record<string, unknown> = {};
  for (const [name, parts] of scalars) data[name] = unquote(parts.join(" "));
  for (const [name, items] of lists) data[name] = items.filter((item) => item !== "");
  return data;
}

/** `[a, 'b']` as a list, anything else as a one-item list. */
function readInlineList(value: string): string[] {
  if (!value.startsWith("[") || !value.endsWith("]")) return [unquote(value)];
  return value.slice(1, -1).split(",").map(unquote);
}

function unquote(raw: string): string {
  let text = raw.trim();
  // YAML 1.2 §7.3.2: in single quotes, '' is a quote.
  if (/^'(?:[^']|'')*'$/.test(text)) return text.slice(1, -1).replaceAll("''", "'");
  // YAML 1.2 §7.3.1: double-quoted escapes are a superset of JSON's.
  if (/^"(?:[^"\\]|\\.)*"$/.test(text)) {
    try {
      return JSON.parse(text) as string;
    } catch {
      return text.slice(1, -1);
    }
  }
  while (text.length >= 2 && (text[0] === '"' || text[0] === "'") && text.endsWith(text[0])) {
    text = text.slice(1, -1);
  }
  return text;
}
