/**
 * The plain-text excerpt of a post. Lengths are in code points, so a CJK character or an emoji counts
 * as one and no cut falls inside a surrogate pair.
 */

/** Default summary length in characters (code points), the ellipsis included. */
export const SUMMARY_MAX_CHARS = 120;

/** A cut this close to the limit (as a fraction of it) or closer is "near" it. */
const NEAR_LIMIT = 0.6;
const SENTENCE_END = /[。！？!?；;…]/u;
const CLOSERS = /[”’」』）)\]】》"']/u;
const LATIN_WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}]/u;
/** Marks that belong to the character before them: combining marks, variation selectors, ZWJ. */
const CONTINUATION = /^(?:\p{M}|\u200d|\ufe0e|\ufe0f|[\u{1f3fb}-\u{1f3ff}])$/u;

/**
 * An excerpt of `text` of at most `maxChars` characters, whitespace collapsed. When the text is longer
 * it ends on the last sentence boundary near the limit, else on a word boundary (Latin text; CJK text
 * may be cut between any two characters), and gets a `…`.
 *
 * @example
 * summarize("第一句。第二句很长很长。", 8)    // "第一句。…"
 * summarize("The quick brown fox jumps", 16) // "The quick brown…"
 */
export function summarize(text: string, maxChars: number = SUMMARY_MAX_CHARS): string {
  const chars = leadingChars(text, maxChars + 1);
  if (chars.length <= maxChars) return chars.join("");
  const limit = Math.max(1, maxChars - 1); // room for the ellipsis
  const cut = sentenceCut(chars, limit) ?? wordCut(chars, limit) ?? graphemeSafe(chars, limit);
  const head = chars
    .slice(0, cut)
    .join("")
    .replace(/[\s,，、:：]+$/u, "");
  return `${head}…`;
}

/**
 * The first `count` characters (code points) of the text, whitespace collapsed, reading only as much
 * of a long text as that takes.
 */
function leadingChars(text: string, count: number): string[] {
  for (let window = count * 4; window < text.length; window *= 2) {
    const chars = Array.from(text.slice(0, window).replace(/\s+/g, " ").trimStart());
    // One character more than needed: the window's edge may have cut a surrogate pair or a blank run.
    if (chars.length > count + 1) return chars.slice(0, count);
  }
  return Array.from(text.replace(/\s+/g, " ").trim()).slice(0, count);
}

/** The index after the last sentence end (and its closing quotes) within the limit, if near it. */
function sentenceCut(chars: string[], limit: number): number | null {
  for (let i = limit - 1; i >= Math.floor(limit * NEAR_LIMIT); i--) {
    const char = chars[i] ?? "";
    const isEnd = SENTENCE_END.test(char) || (char === "." && isPeriodEnd(chars, i));
    if (!isEnd) continue;
    let end = i + 1;
    while (end < limit && CLOSERS.test(chars[end] ?? "")) end++;
    return end;
  }
  return null;
}

/** A period ends a sentence when a space or the end follows it (not `3.14`, not `a.b.c`). */
function isPeriodEnd(chars: string[], i: number): boolean {
  const next = chars[i + 1];
  return next === undefined || next === " " || CLOSERS.test(next);
}

/** In Latin text cut at the last space within the limit, if near it; null elsewhere. */
function wordCut(chars: string[], limit: number): number | null {
  const before = chars[limit - 1] ?? "";
  const after = chars[limit] ?? "";
  if (!LATIN_WORD.test(before) || !LATIN_WORD.test(after)) return null;
  for (let i = limit - 1; i >= Math.floor(limit * NEAR_LIMIT); i--) {
    if (chars[i] === " ") return i;
  }
  return null;
}

/** The limit, moved back so that no combining mark, variation selector or ZWJ is cut from its base. */
function graphemeSafe(chars: string[], limit: number): number {
  let cut = limit;
  while (cut > 1 && (CONTINUATION.test(chars[cut] ?? "") || chars[cut - 1] === "\u200d")) cut--;
  return cut;
}
